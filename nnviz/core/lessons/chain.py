"""The calculus lesson's toy: a chain of networks with one neuron per layer.

The last link of the chain is a(L−1) —w→ z = w·a(L−1) + b → a = σ(z), compared with the desired
output y by the cost of this one example, C₀ = (a − y)². Following the video (not the core's
½‖a − y‖² convention, see costs.py) the factor 2 stays, so that

    ∂C₀/∂w = ∂z/∂w · ∂a/∂z · ∂C₀/∂a = a(L−1) · σ′(z) · 2(a − y),

and likewise ∂C₀/∂b = 1 · σ′(z) · 2(a − y) and ∂C₀/∂a(L−1) = w · σ′(z) · 2(a − y). Every factor is
kept so a panel can show it, and `finite_difference` checks the product numerically. Plain
float64 scalars: this is a blackboard, not a network.
"""

import math
from dataclasses import dataclass

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@dataclass(frozen=True)
class Link:
    w: float
    b: float
    a_prev: float        # a(L−1), the previous neuron's activation (the input of this link)
    y: float             # the desired output
    z: float             # w·a(L−1) + b
    a: float             # σ(z)
    C: float             # (a − y)²
    dz_dw: float         # a(L−1)
    da_dz: float         # σ′(z) = a(1 − a)
    dC_da: float         # 2(a − y)

    @property
    def dC_dw(self):
        return self.dz_dw * self.da_dz * self.dC_da

    @property
    def dC_db(self):
        return self.da_dz * self.dC_da            # ∂z/∂b = 1

    @property
    def dC_da_prev(self):
        return self.w * self.da_dz * self.dC_da   # ∂z/∂a(L−1) = w


def cost(w, b, a_prev, y):
    return (sigmoid(w * a_prev + b) - y) ** 2


def link(w, b, a_prev, y):
    """Every quantity of the last link for these values."""
    w, b, a_prev, y = float(w), float(b), float(a_prev), float(y)
    z = w * a_prev + b
    a = sigmoid(z)
    return Link(w, b, a_prev, y, z, a, (a - y) ** 2, a_prev, a * (1.0 - a), 2.0 * (a - y))


def finite_difference(w, b, a_prev, y, h=1e-6):
    """(C(w + h) − C(w − h)) / 2h: the slope of C in w, measured rather than derived."""
    return (cost(w + h, b, a_prev, y) - cost(w - h, b, a_prev, y)) / (2.0 * h)


def cost_curve(b, a_prev, y, ws):
    """C as a function of w over the array ws, for the other values held fixed."""
    z = np.asarray(ws, dtype=np.float64) * a_prev + b
    a = 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))
    return (a - y) ** 2


@dataclass(frozen=True)
class EarlierLink:
    """The link before: a(L−2) —w(L−1), b(L−1)→ a(L−1), so the chain reaches one layer further.

    The toy sets a(L−1) directly, so a(L−2) and w(L−1) are fixed and b(L−1) is the bias that
    gives that a(L−1): every number is then true for a real three-neuron chain.
    """
    a_prev2: float       # a(L−2)
    w: float             # w(L−1)
    b: float             # b(L−1) = logit(a(L−1)) − w(L−1)·a(L−2)
    z: float             # z(L−1)
    a: float             # a(L−1)
    dC_da_prev2: float   # ∂C₀/∂a(L−2) = w(L−1) · σ′(z(L−1)) · ∂C₀/∂a(L−1)
    dC_dw: float         # ∂C₀/∂w(L−1) = a(L−2) · σ′(z(L−1)) · ∂C₀/∂a(L−1)


EARLIER_A, EARLIER_W = 0.6, 2.0


def earlier_link(last, a_prev2=EARLIER_A, w=EARLIER_W):
    """The link before `last` (a Link), backpropagating its ∂C₀/∂a(L−1) one layer further."""
    a = min(max(last.a_prev, 1e-4), 1.0 - 1e-4)        # σ never reaches 0 or 1
    z = math.log(a / (1.0 - a))
    sigma_prime = a * (1.0 - a)
    back = sigma_prime * last.dC_da_prev
    return EarlierLink(a_prev2, w, z - w * a_prev2, z, a, w * back, a_prev2 * back)
