"""The mini-batch step is the average of the examples' wishes: checked against Network.backprop."""

import numpy as np
import pytest

from nnviz.core.lessons.batch_wishes import batch_wishes, step_costs
from nnviz.core.network import Network


@pytest.mark.parametrize("cost", ("quadratic", "cross-entropy"))
def test_the_average_of_the_wishes_is_the_mini_batch_gradient(cost):
    net = Network.create((9, 6, 5, 4), "sigmoid", "sigmoid", cost, "scaled", seed=1,
                         dtype=np.float64)
    rng = np.random.default_rng(1)
    xs, targets = rng.uniform(0, 1, (7, 9)), rng.integers(0, 4, 7)
    bw = batch_wishes(net, xs, targets)
    assert bw.nudges.shape == (7, 4) and bw.hidden.shape == (7, 5) and bw.layer == 2
    y = np.eye(4)[targets]
    nabla_w, nabla_b, C = net.backprop(xs, y)
    # backprop averages δ over the mini-batch; the last hidden layer's wish is −δᴸ wᴸ⁻¹
    np.testing.assert_allclose(-bw.mean_hidden, nabla_b[-1] @ net.w[-1], rtol=1e-9, atol=1e-12)
    assert bw.costs.mean() == pytest.approx(C)
    # each row differs: the average is a compromise, not any one example's wish
    assert np.ptp(bw.nudges, axis=0).max() > 0.1


def test_step_costs_measure_the_same_examples_before_and_after():
    net = Network.create((9, 6, 4), seed=2, dtype=np.float64)
    xs, targets = np.random.default_rng(2).uniform(0, 1, (5, 9)), np.array([0, 1, 2, 3, 0])
    y = np.eye(4)[targets]
    nabla_w, nabla_b, C = net.backprop(xs, y)
    after = net.copy()
    for l in range(len(after.w)):
        after.w[l] -= 0.5 * nabla_w[l]
        after.b[l] -= 0.5 * nabla_b[l]
    before_cost, after_cost = step_costs(net, after, xs, targets)
    assert before_cost == pytest.approx(C) and after_cost < before_cost
