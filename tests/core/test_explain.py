"""One example's backpropagation, taken apart: every number equals backprop's or a finite difference.

The lesson's quantities (output nudges, the three levers of an output neuron, the wishes summed
over all outputs for each earlier layer, the one-example step) are checked against
`Network.backprop` on the same single row and against central differences in float64, for every
combination of hidden activation, output layer and cost.
"""

import itertools

import numpy as np
import pytest

from nnviz.core import activations, costs
from nnviz.core.lessons.explain import (default_target, explain, hidden_wishes, levers, one_example_step,
                                target_vector)
from nnviz.core.network import Network

SIZES = (9, 6, 5, 4)
H = 1e-6
COMBOS = list(itertools.product(("sigmoid", "relu", "tanh"), ("sigmoid", "softmax"),
                                ("quadratic", "cross-entropy")))


def make(activation="sigmoid", output="sigmoid", cost="quadratic", seed=3):
    net = Network.create(SIZES, activation, output, cost, init="scaled", seed=seed,
                         dtype=np.float64)
    x = np.random.default_rng(seed).uniform(0, 1, SIZES[0])
    return net, x


def tail_cost(net, layer, a_l, y):
    """C as a function of layer `layer`'s activations: feed a_l through the layers after it."""
    sigma, _ = activations.HIDDEN[net.activation]
    a = a_l[None, :]
    for l in range(layer, net.n_layers - 1):
        z = a @ net.w[l].T + net.b[l]
        a = activations.output_forward(net.output, z) if l == net.n_layers - 2 else sigma(z)
    return costs.value(net.cost, net.output, a, y[None, :])


def fd_grad(f, v):
    g = np.zeros_like(v)
    for i in range(v.size):
        e = np.zeros_like(v)
        e[i] = H
        g[i] = (f(v + e) - f(v - e)) / (2 * H)
    return g


@pytest.mark.parametrize("activation,output,cost", COMBOS)
def test_gradients_are_backprops_on_the_single_row(activation, output, cost):
    net, x = make(activation, output, cost)
    ex = explain(net, x, 2)
    nabla_w, nabla_b, C = net.backprop(x[None, :], target_vector(4, 2, np.float64)[None, :])
    for l in range(3):
        np.testing.assert_array_equal(ex.nabla_w[l], nabla_w[l])
        np.testing.assert_array_equal(ex.nabla_b[l], nabla_b[l])
    assert ex.C == C


@pytest.mark.parametrize("activation,output,cost", COMBOS)
def test_dC_da_of_every_layer_matches_finite_differences(activation, output, cost):
    net, x = make(activation, output, cost)
    ex = explain(net, x, 1)
    for layer in range(1, net.n_layers):
        g = fd_grad(lambda a: tail_cost(net, layer, a, ex.y), ex.a[layer])
        np.testing.assert_allclose(ex.dC_da[layer], g, rtol=1e-6, atol=1e-9)
    # and δᴸ from ∂C/∂aᴸ is exactly what backprop started from
    np.testing.assert_allclose(
        activations.output_backward(output, ex.zs[-1], ex.a[-1], ex.dC_da[-1]), ex.nabla_b[-1],
        rtol=1e-9, atol=1e-12)


def test_quadratic_nudges_are_y_minus_a():
    net, x = make()
    ex = explain(net, x, 3)
    np.testing.assert_allclose(ex.nudges, ex.y - ex.a[-1], rtol=0, atol=1e-15)
    assert ex.nudges[3] > 0 and np.all(np.delete(ex.nudges, 3) < 0)


@pytest.mark.parametrize("activation", ("sigmoid", "relu", "tanh"))
def test_levers_of_a_sigmoid_output_neuron_rebuild_backprops_gradient(activation):
    net, x = make(activation)
    ex = explain(net, x, 0)
    for j in range(4):
        lv = levers(net, ex, j)
        np.testing.assert_allclose(ex.nudges[j] * lv.da_dw, -ex.nabla_w[-1][j], rtol=1e-12)
        np.testing.assert_allclose(ex.nudges[j] * lv.da_db, -ex.nabla_b[-1][j], rtol=1e-12)
        np.testing.assert_allclose(lv.da_dw, lv.da_db * ex.a[-2])          # ∝ the activations
        np.testing.assert_allclose(lv.da_dprev, lv.da_db * net.w[-1][j])   # ∝ the weights


@pytest.mark.parametrize("output", ("sigmoid", "softmax"))
def test_levers_match_finite_differences_of_a_j(output):
    net, x = make(output=output)
    ex = explain(net, x, 0)
    j = 2
    lv = levers(net, ex, j)

    def a_j(w=None, b=None):
        w = net.w[-1] if w is None else w
        b = net.b[-1] if b is None else b
        return activations.output_forward(output, (w @ ex.a[-2] + b)[None, :])[0, j]
    e = np.zeros(4)
    e[j] = H
    assert lv.da_db == pytest.approx((a_j(b=net.b[-1] + e) - a_j(b=net.b[-1] - e)) / (2 * H),
                                     rel=1e-6)
    g_w = fd_grad(lambda row: a_j(w=np.vstack([net.w[-1][:j], row, net.w[-1][j + 1:]])),
                  net.w[-1][j])
    np.testing.assert_allclose(lv.da_dw, g_w, rtol=1e-6, atol=1e-10)
    g_prev = fd_grad(lambda a: activations.output_forward(
        output, (net.w[-1] @ a + net.b[-1])[None, :])[0, j], ex.a[-2])
    np.testing.assert_allclose(lv.da_dprev, g_prev, rtol=1e-6, atol=1e-10)


@pytest.mark.parametrize("activation,output,cost", COMBOS)
def test_summed_wishes_are_every_outputs_nudge_times_its_lever(activation, output, cost):
    net, x = make(activation, output, cost)
    ex = explain(net, x, 1)
    total = sum(ex.nudges[j] * levers(net, ex, j).da_dprev for j in range(4))
    np.testing.assert_allclose(total, ex.wishes(2), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(total, -(ex.nabla_b[-1] @ net.w[-1]), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(hidden_wishes(net, ex, 2), ex.wishes(1), rtol=1e-9, atol=1e-12)


def test_one_example_step_applies_exactly_this_gradient_to_a_copy():
    net, x = make()
    before = net.copy()
    ex = explain(net, x, 2)
    result = one_example_step(net, x, 2, lr=0.5)
    for l in range(3):
        np.testing.assert_array_equal(net.w[l], before.w[l])       # the input is untouched
        np.testing.assert_allclose(result.net.w[l], net.w[l] - 0.5 * ex.nabla_w[l])
        np.testing.assert_allclose(result.net.b[l], net.b[l] - 0.5 * ex.nabla_b[l])
    assert result.C_before == ex.C
    y = target_vector(4, 2, np.float64)[None, :]
    assert result.C_after == result.net.cost_value(x[None, :], y)
    assert result.C_after < result.C_before


def test_first_order_prediction_holds_for_a_small_step():
    net, x = make()
    result = one_example_step(net, x, 0, lr=1e-4)
    actual = result.C_after - result.C_before
    assert actual < 0
    assert actual == pytest.approx(result.predicted, rel=1e-2)


def test_one_example_step_on_float32_keeps_the_dtype():
    net = Network.create((784, 16, 16, 10), seed=0)
    x = np.random.default_rng(0).uniform(0, 1, 784).astype(np.float32)
    result = one_example_step(net, x, 7, lr=3.0)
    assert all(w.dtype == np.float32 for w in result.net.w + result.net.b)
    assert result.C_after < result.C_before


def test_default_target_is_the_label_or_the_networks_answer():
    net, x = make()
    assert default_target(net, x, 3) == 3
    assert default_target(net, x, None) == int(np.argmax(net.feedforward(x[None, :])[0]))
