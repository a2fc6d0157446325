"""Cost landscape slices, directions, projections and the trajectory record."""

import numpy as np
import pytest

from nnviz.core.lessons.flat_params import flatten_net, unflatten
from nnviz.core.errors import Cancelled
from nnviz.core.lessons.landscape import (costs_at, gradient_slice, path_directions, project,
                                  random_directions, surface)
from nnviz.core.network import Network
from nnviz.core.lessons.trajectory import Trajectory


@pytest.fixture(params=[("sigmoid", "sigmoid", "quadratic"), ("tanh", "softmax", "cross-entropy"),
                        ("relu", "softmax", "cross-entropy")])
def problem(request):
    activation, output, cost = request.param
    rng = np.random.default_rng(1)
    net = Network.create((15, 7, 6, 4), activation, output, cost, init="scaled", seed=2)
    x = rng.random((120, 15)).astype(np.float32)
    labels = rng.integers(0, 4, 120)
    return net, x, labels, np.eye(4)[labels]


def moved(net, theta):
    other = net.copy()
    other.w, other.b = unflatten(theta, net.sizes)
    return other


def test_surface_matches_moving_the_network(problem):
    net, x, _, y = problem
    d1, d2 = random_directions(net, seed=5)
    alphas, betas = np.linspace(-1, 1, 5), np.linspace(-0.5, 0.5, 3)
    C = surface(net, x, y, [d1, d2], alphas, betas)
    assert C.shape == (3, 5)
    assert C[1, 2] == pytest.approx(net.cost_value(x, y), rel=1e-5)   # (0, 0) is θ₀
    theta0 = flatten_net(net)
    for i, beta in enumerate(betas):
        for j, alpha in enumerate(alphas):
            direct = moved(net, theta0 + alpha * d1 + beta * d2).cost_value(x, y)
            assert C[i, j] == pytest.approx(direct, rel=1e-4)


def test_random_directions_are_filter_normalised(problem):
    net = problem[0]
    for d in random_directions(net, seed=0):
        dw, db = unflatten(d, net.sizes)
        for w, b, a, c in zip(net.w, net.b, dw, db):
            np.testing.assert_allclose(np.linalg.norm(a, axis=1), np.linalg.norm(w, axis=1),
                                       rtol=1e-5)
            assert np.linalg.norm(c) == pytest.approx(np.linalg.norm(b), rel=1e-5, abs=1e-9)


def test_path_directions_capture_a_planar_path():
    rng = np.random.default_rng(0)
    theta0 = rng.standard_normal(50)
    e1, e2 = np.eye(50)[3], np.eye(50)[7]
    path = [theta0 + t * e1 + 0.3 * np.sin(t) * e2 for t in np.linspace(3, 0, 12)]
    (d1, d2), share = path_directions(path, theta0)
    assert np.linalg.norm(d1) == pytest.approx(1) and abs(d1 @ d2) < 1e-10
    assert share.sum() == pytest.approx(1.0)          # the path lies in a plane
    coords = project(path, theta0, [d1, d2])
    rebuilt = theta0 + coords @ np.stack([d1, d2])
    np.testing.assert_allclose(rebuilt, path, atol=1e-9)
    np.testing.assert_allclose(coords[-1], 0, atol=1e-9)  # the last point is θ₀


def test_gradient_slice_slope_and_landing_point(problem):
    net, x, labels, y = problem
    if net.activation == "relu":
        pytest.skip("ReLU units sitting exactly at z = 0 make the slope one-sided there")
    lr = 0.5
    sl = gradient_slice(net, x, labels, lr)
    assert sl["C0"] == pytest.approx(net.cost_value(x, y), rel=1e-5)
    # The tangent's slope is the directional derivative: a finite difference along −∇C.
    h = 1e-6
    nw, nb, _ = net.copy().backprop(x.astype(np.float64), y)
    g = np.concatenate([a.ravel() for w, b in zip(nw, nb) for a in (w, b)])
    unit = -g / np.linalg.norm(g)
    C_h = costs_at(net, x, y, [unit], [[h], [-h]])
    assert (C_h[0] - C_h[1]) / (2 * h) == pytest.approx(sl["slope"], rel=1e-3)
    assert sl["step"] == pytest.approx(lr * np.linalg.norm(g), rel=1e-5)
    stepped = moved(net, flatten_net(net) - lr * g)
    assert sl["C_step"] == pytest.approx(stepped.cost_value(x, y), rel=1e-4)


def test_costs_at_can_be_cancelled(problem):
    net, x, _, y = problem
    with pytest.raises(Cancelled):
        costs_at(net, x, y, random_directions(net), np.zeros((50, 2)), cancelled=lambda: True)


def test_trajectory_thins_evenly_and_stays_bounded():
    t = Trajectory(capacity=8)
    for i in range(100):
        t.offer(np.full(3, i, float), step=i)
    assert len(t) < 8
    steps = t.steps()
    assert steps[0] == 0 and np.all(np.diff(steps) == steps[1] - steps[0])   # evenly spaced
    np.testing.assert_array_equal(t.points()[:, 0], steps)
    t.offer(np.zeros(5))                 # another architecture: starts over
    assert len(t) == 1


def test_trajectory_keeps_fewer_points_of_a_larger_network_within_its_bytes():
    t = Trajectory(capacity=200, max_bytes=64 * 2**20)
    assert t.limit(13_002) == 200                      # the lessons' network: all 200 points
    assert t.limit(535_818) == 31                      # big-98: 31 points of 2.1 MB
    for i in range(500):
        t.offer(np.full(535_818, i, np.float32), step=i)
    assert len(t) < 31 and t.points().shape[1] == 535_818
    assert len(t) * 535_818 * 4 <= 64 * 2**20
    steps = t.steps()
    assert steps[0] == 0 and np.all(np.diff(steps) == steps[1] - steps[0])


def test_a_network_too_large_for_the_record_is_not_flattened_at_all():
    t = Trajectory(capacity=200, max_bytes=1000)       # room for 4 points of 62 parameters
    made = []

    def theta():
        made.append(1)
        return np.zeros(100)
    assert t.recording(62) and not t.recording(100)
    assert not any(t.offer(theta, step=i, size=100) for i in range(10))
    assert made == [] and len(t) == 0 and not t.recording()


def test_a_thinned_point_is_never_flattened():
    t = Trajectory(capacity=4)
    made = []

    def theta_at(i):
        def theta():
            made.append(i)
            return np.full(3, i, float)
        return theta
    kept = [i for i in range(40) if t.offer(theta_at(i), step=i, size=3)]
    assert made == kept and len(kept) < 40            # called exactly for the kept points
