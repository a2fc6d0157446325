"""The training hints on the three ways the lessons' network is usually broken, on real MNIST.

η = 1000, ReLU with the quadratic cost and N(0, 1) weights, and 784-2-10 each end at 9–26 %
after a third of an epoch; each must get its own hint, and the lessons' own setup none.
"""

import numpy as np
import pytest

from nnviz.core.data.sources import load_dataset
from nnviz.core.lessons.diagnosis import diagnose, smoothed, round_rate
from nnviz.core.network import Network
from nnviz.core.training import Trainer


@pytest.fixture(scope="module")
def mnist(mnist_dir):
    d = load_dataset("mnist", mnist_dir)
    return d.train_images[:20000], d.train_labels[:20000]


def trained(mnist, sizes=(784, 16, 16, 10), activation="sigmoid", lr=3.0, steps=2000):
    x, y = mnist
    net = Network.create(sizes, activation, "sigmoid", "quadratic", "normal", 0)
    t = Trainer(net, x, y, lr=lr, batch_size=10, snapshot_every=100)
    costs = []
    for snap in t.snapshots(1):
        costs.extend(snap.batch_costs)
        if t.step >= steps:
            break
    return diagnose(t.net, x[:500], y[:500], costs, t.step, lr)


def test_lessons_setup_gets_no_hint(mnist):
    assert trained(mnist) is None


def test_huge_learning_rate_is_a_step_too_large(mnist):
    hint = trained(mnist, lr=1000.0)
    assert hint.kind == "step_too_large"
    assert hint.setting["lr"] < 1000.0
    assert hint.setting["lr"] == round_rate(hint.setting["lr"])      # one significant digit
    assert hint.facts["accuracy"] < 0.3


def test_relu_with_quadratic_cost_has_dead_neurons(mnist):
    hint = trained(mnist, activation="relu")
    assert hint.kind == "dead_relu"
    assert hint.facts["dead"] >= 0.25
    assert hint.setting == {"init": "scaled", "lr": 0.5}


def test_two_hidden_neurons_are_too_few(mnist):
    hint = trained(mnist, sizes=(784, 2, 10))
    assert hint.kind == "too_few_neurons"
    assert hint.facts["narrowest"] == 2


def test_rising_cost_means_overshooting():
    net = Network.create((4, 3, 2), seed=0)
    x = np.random.default_rng(0).random((50, 4)).astype(np.float32)
    labels = np.zeros(50, dtype=int)
    costs = np.concatenate([np.linspace(0.5, 0.1, 300), np.linspace(0.1, 0.4, 300)])
    hint = diagnose(net, x, labels, costs, 600, 30.0)
    assert hint.kind == "step_too_large" and hint.setting["lr"] == pytest.approx(3.0)
    assert diagnose(net, x, labels, costs[:300], 100, 30.0) is None   # too early to tell


def test_smoothed_is_a_moving_average():
    np.testing.assert_allclose(smoothed([1, 2, 3, 4], n=2), [1.5, 2.5, 3.5])
    assert smoothed([1, 2], n=5).size == 0


@pytest.mark.parametrize("lr, suggested", [(0.0997262, 0.01), (3.0, 0.3), (0.0042, 0.001),
                                           (27.5, 3.0), (1000.0, 100.0)])
def test_a_suggested_rate_is_one_a_student_types(lr, suggested):
    assert round_rate(max(lr / 10.0, 0.001)) == suggested
