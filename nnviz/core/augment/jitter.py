"""Data augmentation while training: every mini-batch is a freshly jittered copy of its images.

A network that only ever sees centred, clean digits learns that they are centred and clean; a
slightly turned, moved or noisy copy each time teaches it what does not matter. `Augment` holds
the three settings a learner can switch on — Gaussian noise σ, a random rotation within ±deg and
a random whole-pixel shift within ±px — and applies them to a whole mini-batch (m, 784) at
once: one geometric warp for all examples (`warp.warp`), then noise. The random draws come from
the generator passed in, so a run is repeatable. Values are clipped back to [0, 1], the range
of the data. It never changes the stored dataset; the trainer calls it on each gathered batch.
"""

import math
from dataclasses import dataclass

import numpy as np

from nnviz.core.errors import ConfigError
from nnviz.core.augment.warp import warp
from nnviz.core.messages import QT_TRANSLATE_NOOP

MAX_NOISE, MAX_ROTATE, MAX_SHIFT = 1.0, 180.0, 14


@dataclass(frozen=True)
class Augment:
    noise: float = 0.0      # σ of Gaussian noise added to every pixel (pixels lie in [0, 1])
    rotate: float = 0.0     # each image turns by a uniform random angle in [−rotate, rotate] °
    shift: int = 0          # and moves by whole pixels, uniform in [−shift, shift] on each axis

    def __post_init__(self):
        for name, value, top in (("noise σ", self.noise, MAX_NOISE),
                                 ("rotation", self.rotate, MAX_ROTATE),
                                 ("shift", self.shift, MAX_SHIFT)):
            if not (isinstance(value, (int, float, np.number)) and math.isfinite(value)
                    and 0 <= value <= top):
                raise ConfigError(
                    QT_TRANSLATE_NOOP("Errors", "augmentation {name} must be a number from 0 to "
                                                "{top}; got {value}."),
                    name=name, top=top, value=value)
        if int(self.shift) != self.shift:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "augmentation shift must be a whole "
                                                          "number of pixels; got {shift}."),
                              shift=self.shift)

    @property
    def active(self):
        return bool(self.noise or self.rotate or self.shift)

    def __call__(self, x, rng, side=None):
        """A jittered copy of the batch x (m, side²) of any square size; x itself is left as it is."""
        m = len(x)
        theta = shift = None
        if self.rotate:
            theta = np.deg2rad(rng.uniform(-self.rotate, self.rotate, m))
        if self.shift:
            shift = rng.integers(-int(self.shift), int(self.shift) + 1, (m, 2))
        out = warp(x, theta, shift, side) if (theta is not None or shift is not None) \
            else np.array(x, copy=True)
        if self.noise:
            out += self.noise * rng.standard_normal(out.shape, dtype=out.dtype)
            np.clip(out, 0.0, 1.0, out=out)
        return out

    def describe(self):
        parts = [f"noise σ {self.noise:g}" if self.noise else "",
                 f"rotation ±{self.rotate:g}°" if self.rotate else "",
                 f"shift ±{int(self.shift)} px" if self.shift else ""]
        return ", ".join(p for p in parts if p) or "off"
