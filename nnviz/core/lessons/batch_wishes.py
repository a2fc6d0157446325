"""The mini-batch step of the backpropagation lesson: every example's wishes, then their average.

The lesson's "what does this 2 want?" (`explain.py`) is for one example. A training step does
not follow any single example: it averages what every example of the mini-batch wants, and that
average is the negative gradient the step takes. For examples xs (m, n_in) with their digits this
module gives each example's output nudges (m, k) and its wishes for the last hidden layer (m, n),
and the averages over the whole mini-batch — the same numbers `Network.backprop` averages, one row
at a time so each can be shown. `step_costs` gives a mini-batch's cost before and after a step.
"""

from dataclasses import dataclass

import numpy as np

from nnviz.core.lessons.explain import explain


@dataclass(frozen=True)
class BatchWishes:
    targets: np.ndarray       # (m,) the digit each example should be
    nudges: np.ndarray        # (m, k) −∂C/∂aᴸ of each example
    hidden: np.ndarray        # (m, n) −∂C/∂aᴸ⁻¹ of each example: the wishes for the last hidden layer
    costs: np.ndarray         # (m,) each example's cost
    layer: int                # the index of that hidden layer (L − 1)

    @property
    def mean_nudges(self):
        return self.nudges.mean(axis=0)

    @property
    def mean_hidden(self):
        return self.hidden.mean(axis=0)


def batch_wishes(net, xs, targets):
    """Each example's wishes and the mini-batch average (the direction of the step)."""
    exs = [explain(net, x, t) for x, t in zip(np.asarray(xs), np.asarray(targets))]
    layer = net.n_layers - 2
    return BatchWishes(np.asarray(targets, dtype=int), np.array([e.nudges for e in exs]),
                       np.array([e.wishes(layer) for e in exs]),
                       np.array([e.C for e in exs]), layer)


def step_costs(before, after, xs, targets):
    """The mini-batch's cost under the parameters before and after a step: (C_before, C_after)."""
    y = np.eye(before.sizes[-1], dtype=before.dtype)[np.asarray(targets, dtype=int)]
    xs = np.asarray(xs, dtype=before.dtype)
    return float(before.cost_value(xs, y)), float(after.cost_value(xs, y))
