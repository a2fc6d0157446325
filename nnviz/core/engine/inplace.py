"""Activations and output costs again, written into arrays the caller owns, for `fast_step`.

`activations.py` and `costs.py` return new arrays and read like the formulas; these functions
compute the same values into preallocated buffers, one NumPy call per operation, because the
fast training step runs them tens of thousands of times on tiny arrays. Rows are examples.
Nothing here allocates, and nothing here is meant for anything but the training step.
"""

import numpy as np
# Bound once (and np.tanh left as is: the name is this module's): the step makes 30 such calls.
from numpy import (absolute, add, divide, exp, greater, log, maximum, minimum, multiply, negative,
                   subtract, vdot)

from nnviz.core import costs
from nnviz.core.activations import Z_LIMIT

# The quadratic cost is k Σ‖a − y‖²/n; k is read from costs.py so that both paths agree on it.
QUADRATIC_K = costs.value("quadratic", "sigmoid", np.ones((1, 1)), np.zeros((1, 1)))
EPS = costs._EPS


# z is clipped to ±Z_LIMIT as in activations.py: without it a saturated network (a high η, a
# confident trained model) fills σ′ and δ with subnormal numbers and trains at half speed.
# np.clip is a Python wrapper (~1.5 µs a call); the ufunc it ends in takes ~0.4 µs, less than the
# np.maximum and np.minimum it replaces (~0.3 µs each). That ufunc is not public API, so where a
# NumPy lacks it the clip is those two calls (tests/core/test_inplace.py checks both agree).
def clip_pair(z, floor, cap, out):
    """min(max(z, floor), cap) into out, as two ufunc calls."""
    maximum(z, floor, out=out)
    minimum(out, cap, out=out)


try:
    from numpy._core.umath import clip
except ImportError:  # NumPy < 2
    try:
        from numpy.core.umath import clip
    except ImportError:
        clip = clip_pair


class Constants:
    """0, 1, ±Z_LIMIT and the output layer's factor as arrays shaped like one layer's z: NumPy
    takes an array operand faster than a Python number, whose conversion costs about as much as
    a small operation."""

    __slots__ = ("zero", "one", "cap", "floor", "scale", "scale_array")

    def __init__(self, shape, dtype):
        self.zero, self.one = np.zeros(shape, dtype), np.ones(shape, dtype)
        self.cap, self.floor = np.full(shape, Z_LIMIT, dtype), np.full(shape, -Z_LIMIT, dtype)
        self.scale, self.scale_array = None, np.empty(shape, dtype)

    def scaled(self, k):
        """k as an array of this shape (the output layer's factor: η and the cost's constant
        over m), refilled only when k changes, which with a steady η and m is never."""
        if k != self.scale:
            self.scale = k
            self.scale_array.fill(k)
        return self.scale_array


# Hidden layers: a = σ(z) into a, σ′(z) into s; z is scratch.
def sigmoid(z, a, s, c):
    # σ = eᶻ/(1 + eᶻ) and σ′ = eᶻ/(1 + eᶻ)² = σ/(1 + eᶻ), from one exponential.
    clip(z, c.floor, c.cap, out=z)
    exp(z, out=z)
    add(z, c.one, out=s)
    divide(z, s, out=a)
    divide(a, s, out=s)


def relu(z, a, s, c):
    maximum(z, c.zero, out=a)
    greater(z, c.zero, out=s)


def tanh(z, a, s, c):
    np.tanh(z, out=a)
    multiply(a, a, out=s)
    subtract(c.one, s, out=s)


def softmax(z, a, r, c):
    maximum.reduce(z, axis=1, keepdims=True, out=r)
    subtract(z, r, out=z)
    maximum(z, c.floor, out=z)
    exp(z, out=a)
    add.reduce(a, axis=1, keepdims=True, out=r)
    divide(a, r, out=a)


# Output layer and cost: aᴸ into a, ηδᴸ into d, the mean cost C returned; z, s, r are scratch.
def quadratic_sigmoid(z, a, y, d, s, r, c, eta):
    sigmoid(z, a, s, c)
    subtract(a, y, out=d)
    C = QUADRATIC_K * float(vdot(d, d)) / len(d)
    multiply(d, s, out=d)
    multiply(d, c.scaled(2.0 * QUADRATIC_K * eta / len(d)), out=d)
    return C


def quadratic_softmax(z, a, y, d, s, r, c, eta):
    softmax(z, a, r, c)
    subtract(a, y, out=d)
    C = QUADRATIC_K * float(vdot(d, d)) / len(d)
    multiply(d, a, out=s)  # softmax's Jacobian applied to g = a − y: a ⊙ (g − ⟨g, a⟩)
    add.reduce(s, axis=1, keepdims=True, out=r)
    subtract(d, r, out=d)
    multiply(d, a, out=d)
    multiply(d, c.scaled(2.0 * QUADRATIC_K * eta / len(d)), out=d)
    return C


def cross_entropy_sigmoid(z, a, y, d, s, r, c, eta):
    # ln(1 − a + ε) magnifies the last bit of a saturated a, so a is computed here exactly as
    # activations.sigmoid computes it, and both paths report the same cost.
    negative(z, out=z)
    clip(z, c.floor, c.cap, out=z)
    exp(z, out=z)
    add(z, c.one, out=z)
    divide(c.one, z, out=a)
    # With one-hot y the two log terms are one: ln(|1 − y − a| + ε) is ln(a + ε) or ln(1 − a + ε).
    subtract(c.one, y, out=s)
    subtract(s, a, out=s)
    absolute(s, out=s)
    add(s, EPS, out=s)
    log(s, out=s)
    C = -float(add.reduce(s, axis=None)) / len(d)
    subtract(a, y, out=d)
    multiply(d, c.scaled(eta / len(d)), out=d)
    return C


def cross_entropy_softmax(z, a, y, d, s, r, c, eta):
    softmax(z, a, r, c)
    add(a, EPS, out=s)
    log(s, out=s)
    C = -float(vdot(y, s)) / len(d)
    subtract(a, y, out=d)
    multiply(d, c.scaled(eta / len(d)), out=d)
    return C


HIDDEN = {"sigmoid": sigmoid, "relu": relu, "tanh": tanh}
OUTPUT = {("quadratic", "sigmoid"): quadratic_sigmoid,
          ("quadratic", "softmax"): quadratic_softmax,
          ("cross-entropy", "sigmoid"): cross_entropy_sigmoid,
          ("cross-entropy", "softmax"): cross_entropy_softmax}
