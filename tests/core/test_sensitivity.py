"""Sensitivity: ∇C over a sample equals backprop's, and the ranking and ratios are right."""

import numpy as np
import pytest

from nnviz.core.errors import Cancelled
from nnviz.core.network import Network
from nnviz.core.lessons.sensitivity import Param, Sensitivity, ratio, sensitivity


@pytest.fixture
def problem():
    net = Network.create((16, 5, 3), seed=1, dtype=np.float64)
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 1, (12, 16))
    x[:, 0] = 0.0                     # a "border pixel": dark in every example
    labels = rng.integers(0, 3, 12)
    return net, x, labels


def test_gradient_is_backprops_over_the_sample(problem):
    net, x, labels = problem
    s = sensitivity(net, x, labels)
    y = np.eye(3)[labels]
    nabla_w, nabla_b, C = net.backprop(x, y)
    for got, want in zip(s.nabla_w + s.nabla_b, nabla_w + nabla_b):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    assert s.n == 12 and s.C == pytest.approx(C, rel=1e-12)


def test_chunks_give_the_whole_samples_gradient_and_report_progress(problem):
    net, x, labels = problem
    whole = sensitivity(net, x, labels)
    seen = []
    parts = sensitivity(net, x, labels, chunk=5, progress=lambda d, t: seen.append((d, t)))
    for got, want in zip(parts.nabla_w + parts.nabla_b, whole.nabla_w + whole.nabla_b):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    assert parts.C == pytest.approx(whole.C, rel=1e-12)
    assert seen == [(5, 12), (10, 12), (12, 12)]
    with pytest.raises(Cancelled):
        sensitivity(net, x, labels, chunk=5, cancelled=lambda: True)


def test_ranked_lists_are_the_largest_and_smallest_nonzero_magnitudes(problem):
    net, x, labels = problem
    s = sensitivity(net, x, labels)
    most, least, n_zero = s.ranked(6)
    m = s.flat()
    assert n_zero == 5 == np.count_nonzero(m == 0)     # w¹[j, 0] for the 5 hidden neurons
    assert [p.magnitude for p in most] == sorted(m, reverse=True)[:6]
    assert [p.magnitude for p in least] == sorted(m[m > 0])[:6]
    # each Param names the array entry it came from
    for p in most + least:
        g = s.nabla_b[p.layer][p.j] if p.k is None else s.nabla_w[p.layer][p.j, p.k]
        assert p.gradient == g
    assert ratio(most[0], least[0]) == m.max() / m[m > 0].min()
    assert ratio(most[0], least[0]) > 1


def test_median_is_over_the_nonzero_magnitudes(problem):
    net, x, labels = problem
    s = sensitivity(net, x, labels)
    m = s.flat()
    assert s.median() == np.median(m[m > 0])


def test_every_parameter_is_found_once(problem):
    net, x, labels = problem
    s = sensitivity(net, x, labels)
    most, _, n_zero = s.ranked(10_000)
    assert len(most) + n_zero == net.n_parameters()
    assert len({(p.layer, p.j, p.k) for p in most}) == len(most)


def test_names_follow_the_lessons_notation():
    assert Param(0, 3, 407, 0.1).name() == "w¹[3, 407] (pixel 14,15)"
    assert Param(2, 5, None, -0.2).name() == "b³[5]"
    assert Param(1, 0, 7, 0.0).name() == "w²[0, 7]"


def test_all_zero_gradient_has_no_ranking():
    s = Sensitivity([np.zeros((2, 4))], [np.zeros(2)], 0.0, 1)
    assert s.ranked(3) == ([], [], 10)


def test_an_empty_sample_is_refused_with_a_clear_message():
    net = Network.create((4, 2), seed=0, dtype=np.float64)
    with pytest.raises(ValueError, match="at least one example"):
        sensitivity(net, np.zeros((0, 4)), np.zeros(0, dtype=int))
