"""Backpropagation against finite differences, and the numerical safety of σ, softmax and C.

Every combination of hidden activation, output layer and cost is checked in float64 on a small
network: the gradient `Network.backprop` returns must match central differences of
`Network.cost_value` for every weight and bias of every layer. This is the one test that says the
calculus in `network.py`, `activations.py` and `costs.py` is right, whatever else changes.
"""

import itertools

import numpy as np
import pytest

from nnviz.core import activations, costs
from nnviz.core.network import Network

SIZES = (6, 5, 4, 3)
BATCH = 7
# Central differences err by O(ε²) truncation plus O(1e-16·C/ε) rounding; with the small
# gradients of sigmoid layers 1e-5 balances the two best (errors ≈ 1e-9; ≈ 1e-7 at ε = 1e-6).
EPS = 1e-5
KINK = 1e-3  # ReLU's derivative jumps at z = 0; keep every hidden z at least this far from it


def relative_error(g, g_fd):
    g, g_fd = np.ravel(g), np.ravel(g_fd)
    return np.linalg.norm(g - g_fd) / max(np.linalg.norm(g) + np.linalg.norm(g_fd), 1e-300)


def one_hot(labels, k):
    y = np.zeros((len(labels), k))
    y[np.arange(len(labels)), labels] = 1.0
    return y


def problem(activation, output, cost):
    """A float64 net and a mini-batch whose hidden z all stay clear of ReLU's kink."""
    for seed in range(100):
        rng = np.random.default_rng(seed)
        net = Network.create(SIZES, activation, output, cost, init="scaled", seed=seed,
                             dtype=np.float64)
        for b in net.b:  # "scaled" starts biases at zero; non-zero ones exercise ∂C/∂b properly
            b[:] = rng.normal(0.0, 0.5, b.shape)
        x = rng.normal(0.0, 1.0, (BATCH, SIZES[0]))
        y = one_hot(rng.integers(0, SIZES[-1], BATCH), SIZES[-1])
        zs, _ = net.forward(x)
        if all(np.abs(z).min() > KINK for z in zs[:-1]):
            return net, x, y
    raise AssertionError("no sample kept every hidden z away from 0")


def numerical_gradient(net, x, y, param):
    """Central differences of C with respect to every entry of `param` (changed in place)."""
    grad = np.zeros_like(param)
    flat, g = param.reshape(-1), grad.reshape(-1)
    assert np.shares_memory(flat, param)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + EPS
        c_plus = net.cost_value(x, y)
        flat[i] = keep - EPS
        c_minus = net.cost_value(x, y)
        flat[i] = keep
        g[i] = (c_plus - c_minus) / (2 * EPS)
    return grad


COMBINATIONS = list(itertools.product(activations.HIDDEN, activations.OUTPUT, costs.NAMES))


@pytest.mark.parametrize("activation, output, cost", COMBINATIONS)
def test_backprop_matches_finite_differences(activation, output, cost):
    net, x, y = problem(activation, output, cost)
    nabla_w, nabla_b, C = net.backprop(x, y)
    assert C == pytest.approx(net.cost_value(x, y), rel=1e-12)
    for l in range(len(net.w)):
        assert nabla_w[l].shape == net.w[l].shape and nabla_b[l].shape == net.b[l].shape
        err_w = relative_error(nabla_w[l], numerical_gradient(net, x, y, net.w[l]))
        err_b = relative_error(nabla_b[l], numerical_gradient(net, x, y, net.b[l]))
        assert err_w < 1e-6, f"layer {l + 1} weights: relative error {err_w:.2e}"
        assert err_b < 1e-6, f"layer {l + 1} biases: relative error {err_b:.2e}"


@pytest.mark.parametrize("activation, output, cost", COMBINATIONS)
def test_gradient_is_not_trivially_zero(activation, output, cost):
    # A check that compares two zero vectors would pass for a broken backprop; make sure not.
    net, x, y = problem(activation, output, cost)
    nabla_w, nabla_b, _ = net.backprop(x, y)
    for g in nabla_w + nabla_b:
        assert np.linalg.norm(g) > 1e-8


def test_softmax_rows_sum_to_one():
    rng = np.random.default_rng(0)
    for scale in (1.0, 30.0, 1000.0):
        z = rng.normal(0.0, scale, (50, 10))
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            a = activations.softmax(z)
        assert np.all(a >= 0) and np.all(np.isfinite(a))
        np.testing.assert_allclose(a.sum(axis=1), 1.0, rtol=0, atol=1e-12)
    net = Network.create((6, 5, 4), output="softmax", seed=1, dtype=np.float64)
    out = net.feedforward(rng.normal(0.0, 1.0, (9, 6)))
    np.testing.assert_allclose(out.sum(axis=1), 1.0, rtol=0, atol=1e-12)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_is_stable_for_huge_inputs(dtype):
    z = np.array([-1000.0, -100.0, -80.0, 0.0, 80.0, 100.0, 1000.0], dtype=dtype)
    with np.errstate(all="raise"):
        a = activations.sigmoid(z)
        prime = activations.sigmoid_prime(z, a)
    assert a.dtype == dtype
    assert np.all(np.isfinite(a)) and np.all(np.isfinite(prime))
    assert a[0] == pytest.approx(0.0, abs=1e-13) and a[-1] == pytest.approx(1.0)
    assert a[3] == 0.5
    # clipped at |z| = 30, so nothing that follows becomes a (slow) subnormal number
    tiny = np.finfo(dtype).tiny
    assert np.all((prime == 0) | (np.abs(prime) >= tiny)) and np.all(a >= tiny)
    assert np.all(np.diff(a) >= 0)


def test_network_output_is_stable_for_huge_weighted_sums():
    net = Network.create((2, 3, 2), seed=0, dtype=np.float64)
    x = np.array([[1000.0, -1000.0], [-1000.0, 1000.0]])
    with np.errstate(all="raise"):
        out = net.feedforward(x)
        C = net.cost_value(x, np.eye(2))
    assert np.all(np.isfinite(out)) and np.isfinite(C)


def test_quadratic_cost_is_half_the_mean_squared_distance():
    rng = np.random.default_rng(3)
    a = rng.random((7, 4))
    y = one_hot(rng.integers(0, 4, 7), 4)
    by_hand = sum(np.sum((a[i] - y[i]) ** 2) for i in range(7)) / (2 * 7)
    assert costs.value("quadratic", "sigmoid", a, y) == pytest.approx(by_hand, rel=1e-14)
    assert costs.value("quadratic", "softmax", a, y) == pytest.approx(by_hand, rel=1e-14)


def test_quadratic_cost_of_a_network_by_hand():
    rng = np.random.default_rng(4)
    net = Network.create((5, 4, 3), seed=2, dtype=np.float64)
    x = rng.random((6, 5))
    y = one_hot(rng.integers(0, 3, 6), 3)
    a = x
    for w, b in zip(net.w, net.b):
        a = 1.0 / (1.0 + np.exp(-(w @ a.T).T - b))
    by_hand = np.sum((a - y) ** 2) / (2 * len(x))
    assert net.cost_value(x, y) == pytest.approx(by_hand, rel=1e-12)


def test_cross_entropy_by_hand():
    rng = np.random.default_rng(5)
    y = one_hot(rng.integers(0, 4, 6), 4)
    a = rng.uniform(0.05, 0.95, (6, 4))
    binary = -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / 6
    assert costs.value("cross-entropy", "sigmoid", a, y) == pytest.approx(binary, rel=1e-9)
    p = a / a.sum(axis=1, keepdims=True)
    categorical = -np.sum(y * np.log(p)) / 6
    assert costs.value("cross-entropy", "softmax", p, y) == pytest.approx(categorical, rel=1e-9)
