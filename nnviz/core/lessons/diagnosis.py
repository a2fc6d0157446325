"""Why training stalls or dies, read off what the network shows, with one setting to try.

Given the network, a few hundred training images and the recent mini-batch costs, `diagnose`
looks at the symptoms a student can also see in the views: the cost curve climbing (each step
overshoots: η too large), outputs pinned at 0 or 1 for every image (the neurons saturated, where
σ′ ≈ 0 and nothing learns), hidden ReLUs that output 0 for every image (dead: no gradient flows
through them), and a hidden layer too narrow to carry ten digits. It returns the first symptom
found as a `Hint` (a kind, the numbers behind it and the setting to try), or None while training
goes well. The words are the GUI's (they are translated there); this module only measures.
It does not watch for NaN: the trainer already stops with a DivergenceError that says so.
"""

from dataclasses import dataclass, field

import numpy as np

MIN_STEPS = 300          # before this, a high cost is just the start
STALL_STEPS = 1000       # after this many mini-batches the lessons' network is past 80 %
STALL_ACCURACY = 0.5     # ... so below half right on the sample it has stalled
RISE = 1.25              # smoothed cost this much above its lowest: the steps overshoot
PINNED = 0.95            # share of output activations within 0.02 of 0 or 1
DEAD = 0.25              # share of a hidden layer's ReLUs that are 0 for every image
NARROW = 8               # a hidden layer narrower than this can't tell ten digits apart
SMOOTH = 50              # mini-batches in the moving average of the cost


@dataclass(frozen=True)
class Hint:
    kind: str            # "step_too_large", "dead_relu", "saturated", "too_few_neurons"
    facts: dict = field(default_factory=dict)   # the measured numbers the sentence quotes
    setting: dict = field(default_factory=dict)  # what to try: control name → value


def smoothed(costs, n=SMOOTH):
    """Moving average of the mini-batch costs over n mini-batches, (len − n + 1,)."""
    c = np.asarray(costs, dtype=np.float64)
    if c.size < n:
        return c[:0]
    s = np.cumsum(np.concatenate(([0.0], c)))
    return (s[n:] - s[:-n]) / n


def diagnose(net, x, labels, costs, steps, lr):
    """The first problem the network shows, or None.

    net: the current Network; x (m, n_in) and labels (m,): a sample of training images;
    costs: the recent mini-batch costs, oldest first; steps: mini-batches trained so far;
    lr: the learning rate η in force.
    """
    if steps < MIN_STEPS:
        return None
    zs, acts = net.forward(np.asarray(x, dtype=net.dtype))
    out = acts[-1]
    accuracy = float(np.mean(np.argmax(out, axis=1) == np.asarray(labels)))
    pinned = float(np.mean((out < 0.02) | (out > 0.98))) if net.output == "sigmoid" else 0.0
    same_answer = float(np.mean(np.argmax(out, axis=1) == np.bincount(
        np.argmax(out, axis=1)).argmax()))
    curve = smoothed(costs)
    rising = curve.size > SMOOTH and curve[-1] > RISE * curve.min()
    stalled = steps >= STALL_STEPS and accuracy < STALL_ACCURACY
    facts = {"accuracy": accuracy, "pinned": pinned, "same_answer": same_answer, "lr": lr}
    if net.activation == "relu" and stalled:
        # ReLUs are unbounded: with N(0, 1) weights their outputs are huge, which pins the
        # outputs, and the neurons pushed below zero for every image are dead (no gradient).
        dead = max(float(np.mean(np.all(a <= 0.0, axis=0))) for a in acts[1:-1])
        if dead >= DEAD or pinned >= PINNED:
            return Hint("dead_relu", dict(facts, dead=dead), {"init": "scaled", "lr": 0.5})
    if rising:
        return Hint("step_too_large", dict(facts, rise=float(curve[-1] / curve.min())),
                    {"lr": round_rate(max(lr / 10.0, 0.001))})
    if not stalled:
        return None
    if pinned >= PINNED:
        biggest = max(float(np.abs(w).max()) for w in net.w)
        if lr > 10.0:
            return Hint("step_too_large", dict(facts, biggest_weight=biggest), {"lr": 3.0})
        return Hint("saturated", dict(facts, biggest_weight=biggest),
                    {"init": "scaled", "cost": "cross-entropy"})
    narrowest = min(net.sizes[1:-1], default=net.sizes[-1])
    if narrowest < NARROW:
        return Hint("too_few_neurons", dict(facts, narrowest=narrowest), {"hidden": 16})
    return None


def round_rate(lr):
    """A learning rate to suggest, rounded to one significant digit: a student types 0.01, not
    the 0.00997262 a cosine schedule left a tenth of."""
    return float(f"{lr:.1g}")
