"""Sensitivity: how much the cost cares about each weight and bias, read off the gradient.

The lesson's point: the gradient ∇C is not only a direction, its components' sizes say which
parameters matter. |∂C/∂w| large means a small change of w changes the cost a lot. Here ∇C is
the gradient of the cost averaged over a sample of examples (what one mini-batch step uses, or
a larger sample for a steadier picture), computed by `Network.backprop`. `ranked` lists the most
and least influential parameters with the ratio "the cost is N times more sensitive to this one
than to that one". Parameters whose gradient is exactly zero — a first-layer weight from a pixel
that is dark in every example of the sample — are counted apart: no finite ratio describes them.
"""

from dataclasses import dataclass

import numpy as np

from nnviz.core.data.dataset import one_hot
from nnviz.core.errors import check_cancelled


@dataclass(frozen=True)
class Param:
    """One weight (k is its input) or bias (k is None) of layer `layer` (0 = first weights)."""
    layer: int
    j: int
    k: object
    gradient: float

    @property
    def magnitude(self):
        return abs(self.gradient)

    def name(self, side=28):
        """"w¹[3, 407]" style, with the pixel's row and column for first-layer weights."""
        sup = "¹²³⁴⁵⁶⁷⁸⁹"[self.layer] if self.layer < 9 else str(self.layer + 1)
        if self.k is None:
            return f"b{sup}[{self.j}]"
        where = f" (pixel {self.k // side},{self.k % side})" if self.layer == 0 else ""
        return f"w{sup}[{self.j}, {self.k}]{where}"


@dataclass(frozen=True)
class Sensitivity:
    nabla_w: list        # ∂C/∂wˡ averaged over the sample, (sizes[l+1], sizes[l])
    nabla_b: list        # ∂C/∂bˡ, (sizes[l+1],)
    C: float             # the sample's cost
    n: int               # examples in the sample

    def flat(self):
        """All |∂C/∂θ| as one vector, weights then biases per layer (the order `_param` decodes)."""
        return np.concatenate([np.abs(g).ravel() for pair in zip(self.nabla_w, self.nabla_b)
                               for g in pair])

    def ranked(self, count=8):
        """(most, least, n_zero): the `count` largest |∂C/∂θ|, the `count` smallest non-zero
        ones (smallest first), and how many parameters have a gradient of exactly zero."""
        m = self.flat()
        nonzero = np.flatnonzero(m)
        count = min(count, nonzero.size)
        if count == 0:
            return [], [], int(m.size)
        top = nonzero[np.argpartition(-m[nonzero], count - 1)[:count]]
        top = top[np.argsort(-m[top], kind="stable")]
        low = nonzero[np.argpartition(m[nonzero], count - 1)[:count]]
        low = low[np.argsort(m[low], kind="stable")]
        return ([self._param(i) for i in top], [self._param(i) for i in low],
                int(m.size - nonzero.size))

    def median(self):
        """The median |∂C/∂θ| over the parameters the cost depends on (0 if there are none)."""
        m = self.flat()
        m = m[m > 0]
        return float(np.median(m)) if m.size else 0.0

    def _param(self, index):
        for l, (gw, gb) in enumerate(zip(self.nabla_w, self.nabla_b)):
            if index < gw.size:
                j, k = divmod(int(index), gw.shape[1])
                return Param(l, j, k, float(gw[j, k]))
            index -= gw.size
            if index < gb.size:
                return Param(l, int(index), None, float(gb[index]))
            index -= gb.size
        raise IndexError("parameter index out of range")


def ratio(a, b):
    """How many times more sensitive the cost is to parameter a than to b."""
    return a.magnitude / b.magnitude


def sensitivity(net, x, labels, chunk=2000, progress=None, cancelled=None):
    """∇C over examples x (n, n_in) with integer labels (n,), `chunk` rows at a time so memory
    stays flat; the chunks' averages are weighted by their sizes, so the result is the gradient of
    the whole sample's average cost. `progress(done, total)` and `cancelled()` are optional (a
    cancelled run raises errors.Cancelled)."""
    x = np.asarray(x, dtype=net.dtype)
    labels = np.asarray(labels)
    n = len(x)
    if n == 0:
        raise ValueError("the sensitivity needs at least one example.")
    total_w = [np.zeros(w.shape, np.float64) for w in net.w]
    total_b = [np.zeros(b.shape, np.float64) for b in net.b]
    total_C = 0.0
    for start in range(0, n, chunk):
        check_cancelled(cancelled)
        xs, ls = x[start:start + chunk], labels[start:start + chunk]
        nabla_w, nabla_b, C = net.backprop(xs, one_hot(ls, net.sizes[-1]).astype(net.dtype))
        for t, g in zip(total_w + total_b, nabla_w + nabla_b):
            t += g * (len(xs) / n)
        total_C += C * len(xs) / n
        if progress is not None:
            progress(min(start + chunk, n), n)
    return Sensitivity(total_w, total_b, total_C, n)


