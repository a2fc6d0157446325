"""The lesson pace: training slow enough to follow at first, and faster as the cost flattens.

At full speed the lessons' network finishes its first epoch — where accuracy climbs from 10 %
to 90 % and the weights take shape — in a few frames. The lesson pace spends screen time on the
logarithm of the step count instead: step s is reached after

    t(s) = SECONDS_PER_E_FOLD · ln(1 + s / START)   seconds,

so the first mini-batches come about one a second, the 6,000 of epoch 1 take ~28 s, and each
tenfold of steps costs the same ~9 s of screen time; once the asked-for rate passes what the
machine can do, training simply runs at full speed (30 epochs: ~42 s of pace plus whatever the
machine adds). The replay history already keeps moments spaced by step/64, i.e. also evenly in
log-steps, so watching and scrubbing back show the same moments. This module is Qt-free.
"""

import math

SECONDS_PER_E_FOLD = 4.0   # screen seconds per e-fold (×2.72) of the step count
START = 5.0                # steps: sets the first rate, START / SECONDS_PER_E_FOLD ≈ 1.2 a second


class LessonPace:
    """A speed that depends on the step: `rate(step)` mini-batches per second."""

    def __init__(self, seconds_per_e_fold=SECONDS_PER_E_FOLD, start=START):
        self.a, self.s0 = float(seconds_per_e_fold), float(start)

    def rate(self, step):
        """dt/ds = a / (s0 + s), so the rate is (s0 + s) / a."""
        return (self.s0 + max(step, 0)) / self.a

    def seconds_to(self, step):
        """Screen time from step 0 to `step` at this pace (training no slower than asked)."""
        return self.a * math.log1p(max(step, 0) / self.s0)

    def __eq__(self, other):
        return isinstance(other, LessonPace) and (self.a, self.s0) == (other.a, other.s0)

    def __repr__(self):
        return f"LessonPace({self.a:g} s per e-fold, start {self.s0:g})"


def rate_at(speed, step):
    """Mini-batches per second for a speed that is None (full), a number, or a pace."""
    if speed is None or isinstance(speed, (int, float)):
        return speed
    return speed.rate(step)
