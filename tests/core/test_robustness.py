"""Robustness curves and "don't know": exact on constructed outputs, consistent with evaluate."""

import numpy as np
import pytest

from nnviz.core.errors import Cancelled
from nnviz.core.lessons.damage import KINDS
from nnviz.core.network import Network
from nnviz.core.lessons.robustness import abstention_curve, accuracy_curve, answered_at, confidence


@pytest.fixture(scope="module")
def trained():
    """A small network trained for a moment on the synthetic digits, and its test set."""
    from nnviz.core.data import load_dataset
    from nnviz.core.training import Trainer
    data = load_dataset("synthetic")
    net = Network.create((784, 16, 10), output="softmax", cost="cross-entropy", init="scaled")
    trainer = Trainer(net, data.train_images, data.train_labels, lr=0.1, batch_size=20,
                      momentum=0.9)
    list(trainer.snapshots(1))
    return net, data.test_images[:600], data.test_labels[:600]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_accuracy_at_level_zero_is_the_plain_test_accuracy(trained, kind):
    net, x, labels = trained
    levels, acc = accuracy_curve(net, x, labels, kind, chunk=250)
    assert list(levels) == [float(v) for v in KINDS[kind][1]]
    assert acc[list(levels).index(0.0)] == net.evaluate(x, labels)[1]
    assert np.all((0 <= acc) & (acc <= 1))


def test_heavy_damage_hurts(trained):
    net, x, labels = trained
    _, acc = accuracy_curve(net, x, labels, "noise", levels=(0, 1.0))
    assert acc[1] < acc[0] - 0.2


def test_curve_is_repeatable_and_reports_progress_and_cancels(trained):
    net, x, labels = trained
    calls = []
    a = accuracy_curve(net, x, labels, "rotation", progress=lambda *args: calls.append(args))
    b = accuracy_curve(net, x, labels, "rotation")
    np.testing.assert_array_equal(a[1], b[1])
    assert [c[:2] for c in calls] == [(i + 1, len(KINDS["rotation"][1]))
                                      for i in range(len(calls))]
    with pytest.raises(Cancelled):
        accuracy_curve(net, x, labels, "rotation", cancelled=lambda: True)


def test_abstention_on_a_constructed_case():
    outputs = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.45, 0.55], [0.3, 0.7]])
    labels = np.array([0, 0, 0, 1, 1])   # right, wrong, right, right, right
    np.testing.assert_array_equal(confidence(outputs), [0.9, 0.8, 0.6, 0.55, 0.7])
    cov, acc = abstention_curve(outputs, labels, [0.0, 0.55, 0.56, 0.7, 0.85, 0.95])
    np.testing.assert_allclose(cov, [1.0, 1.0, 0.8, 0.6, 0.2, 0.0])
    np.testing.assert_allclose(acc[:5], [0.8, 0.8, 3 / 4, 2 / 3, 1.0])
    assert np.isnan(acc[5])
    assert answered_at(outputs, labels, 0.7) == (0.6, 2 / 3, 3)


def test_coverage_is_one_at_threshold_zero_and_the_accuracy_is_plain(trained):
    net, x, labels = trained
    outputs = net.feedforward(x)
    cov, acc = abstention_curve(outputs, labels, np.linspace(0, 1, 21))
    assert cov[0] == 1.0 and acc[0] == net.evaluate(x, labels)[1]
    assert np.all(np.diff(cov) <= 0)   # a higher bar answers fewer


def test_sweep_matches_a_direct_count(trained):
    net, x, labels = trained
    outputs = net.feedforward(x)
    thresholds = np.linspace(0, 1, 37)
    cov, acc = abstention_curve(outputs, labels, thresholds)
    conf, right = outputs.max(1), outputs.argmax(1) == labels
    for t, c, a in zip(thresholds, cov, acc):
        answered = conf >= t
        assert c == answered.mean()
        if answered.any():
            assert a == pytest.approx(right[answered].mean())
