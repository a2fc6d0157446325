"""Mini-batch gradient noise and the SGD-versus-full-batch race, against plain computations."""

import numpy as np
import pytest

from nnviz.core.errors import ConfigError
from nnviz.core.lessons.flat_params import flatten, flatten_net, n_params, unflatten
from nnviz.core.errors import Cancelled
from nnviz.core.lessons.gradient_noise import gradient, gradient_noise, race
from nnviz.core.network import Network


def problem(n=400, sizes=(12, 6, 5, 3), seed=0):
    rng = np.random.default_rng(seed)
    net = Network.create(sizes, init="scaled", seed=seed, dtype=np.float64)
    x = rng.random((n, sizes[0]))
    labels = rng.integers(0, sizes[-1], n)
    return net, x, labels


def test_flatten_round_trip():
    net, _, _ = problem()
    theta = flatten_net(net)
    assert theta.shape == (n_params(net.sizes),) == (net.n_parameters(),)
    ws, bs = unflatten(theta, net.sizes)
    for a, b in zip(ws + bs, net.w + net.b):
        np.testing.assert_array_equal(a, b)


def test_gradient_is_the_backprop_average_over_all_rows():
    net, x, labels = problem()
    nw, nb, _ = net.backprop(x, np.eye(3)[labels])
    np.testing.assert_allclose(gradient(net, x, labels, chunk=7), flatten(nw, nb), rtol=1e-10)


def test_full_batch_is_exact_and_noise_shrinks_with_batch_size():
    net, x, labels = problem()
    report = gradient_noise(net, x, labels, batch_sizes=(1, 10, 100, 400), repeats=20)
    rows = {r.batch_size: r for r in report.rows}
    # A "batch" of the whole set is the full gradient: same direction, no error.
    assert rows[400].cosine == pytest.approx(1.0, abs=1e-9)
    assert rows[400].relative == pytest.approx(0.0, abs=1e-9)
    assert report.full_norm == pytest.approx(np.linalg.norm(gradient(net, x, labels)))
    assert rows[1].relative > rows[10].relative > rows[100].relative
    assert rows[1].cosine < rows[100].cosine <= 1.0


def test_noise_matches_a_direct_computation():
    net, x, labels = problem()
    report = gradient_noise(net, x, labels, batch_sizes=(10,), repeats=5, seed=3)
    g = gradient(net, x, labels)
    rng = np.random.default_rng(3)
    cos, rel = [], []
    for _ in range(5):
        idx = rng.choice(len(x), size=10, replace=False)
        gb = gradient(net, x[idx], labels[idx])
        cos.append(gb @ g / np.linalg.norm(gb) / np.linalg.norm(g))
        rel.append(np.linalg.norm(gb - g) / np.linalg.norm(g))
    assert report.rows[0].cosine == pytest.approx(np.mean(cos))
    assert report.rows[0].relative == pytest.approx(np.mean(rel))


def test_noise_can_be_cancelled_and_reports_progress():
    net, x, labels = problem()
    seen = []
    gradient_noise(net, x, labels, batch_sizes=(1, 10), repeats=3,
                   progress=lambda d, t, text: seen.append((d, t)))
    assert seen[-1] == (7, 7)
    with pytest.raises(Cancelled):
        gradient_noise(net, x, labels, cancelled=lambda: True)


def test_race_starts_together_and_both_descend():
    net, x, labels = problem(n=300)
    sgd, gd = race(net, x, labels, lr=1.0, batch_size=10, seconds=0.15, sample=200, points=10)
    assert sgd.costs[0] == gd.costs[0]                 # the same start
    assert sgd.costs[-1] < sgd.costs[0] and gd.costs[-1] < gd.costs[0]
    assert sgd.steps > gd.steps >= 1                   # cheap steps: many more of them
    assert np.all(np.diff(sgd.seconds) >= 0) and len(sgd.seconds) == len(sgd.costs)
    assert gd.batch_size == 200 and sgd.batch_size == 10
    net2, _, _ = problem(n=300)                        # the caller's network is untouched
    np.testing.assert_array_equal(flatten_net(net), flatten_net(net2))


def test_race_refuses_an_impossible_batch_size():
    net, x, labels = problem(n=50)
    with pytest.raises(ConfigError):
        race(net, x, labels, lr=1.0, batch_size=500, seconds=0.01)
