"""One training configuration: presets are configurations, the vocabularies come from the
modules that implement them, and `make_trainer` is the Trainer the explicit call would build."""

import numpy as np
import pytest

from nnviz.core import activations, costs, network, presets, training
from nnviz.core.augment.jitter import Augment
from nnviz.core.config import CHOICES, TrainingConfig
from nnviz.core.data import sources
from nnviz.core.data.synthetic import make_synthetic
from nnviz.core.data.dataset import from_uint8
from nnviz.core.errors import ConfigError


@pytest.fixture(scope="module")
def data():
    return from_uint8("synthetic", *make_synthetic(200, 50, seed=3), classes=tuple("0123456789"),
                      origin="made in a test", synthetic=True)


def test_the_vocabularies_are_the_implementations_names():
    assert CHOICES["activation"] == tuple(activations.HIDDEN) == ("sigmoid", "relu", "tanh")
    assert CHOICES["output"] == activations.OUTPUT
    assert CHOICES["cost"] == costs.NAMES
    assert CHOICES["init"] == network.INITS
    assert CHOICES["schedule"] == training.SCHEDULES
    assert CHOICES["dataset"] == sources.DATASETS
    for key, options in CHOICES.items():   # every default is one of its own options
        assert getattr(TrainingConfig(), key) in options


def test_presets_are_configurations_and_overrides_win():
    assert presets.PRESETS["lessons"] == presets.DEFAULTS == TrainingConfig()
    c = presets.resolve("3b1b", lr=0.5, epochs=None, cost=None)
    assert isinstance(c, TrainingConfig) and c.lr == 0.5 and c.epochs == 30
    assert c.cost == "cross-entropy" and c.layers == (784, 16, 16, 10)
    assert presets.resolve(None, seed=7) == TrainingConfig(seed=7)
    assert presets.PRESETS["big-98"].as_dict()["layers"] == (784, 512, 256, 10)


def test_sizes_follow_the_dataset(data):
    c = TrainingConfig(layers=(5, 30, 20, 3))
    assert c.sizes_for(data) == (784, 30, 20, 10)
    assert c.make_network(c.sizes_for(data)).sizes == (784, 30, 20, 10)


def test_make_trainer_is_the_explicit_trainer_call(data):
    c = presets.PRESETS["3b1b-96"].overridden(epochs=1, seed=5, dropout=0.2,
                                           augment=Augment(noise=0.1))
    made = c.make_trainer(c.make_network(), data, snapshot_every=7, gather_ahead=False)
    by_hand = training.Trainer(
        network.Network.create((784, 16, 16, 10), "sigmoid", "softmax", "cross-entropy",
                               "scaled", 5),
        data.train_images, data.train_labels, data.test_images, data.test_labels, lr=0.1,
        batch_size=10, momentum=0.9, l2=5.0, schedule="cosine", seed=5, dropout=0.2,
        augment=Augment(noise=0.1), snapshot_every=7, gather_ahead=False)
    a, b = list(made.snapshots(1)), list(by_hand.snapshots(1))
    assert [s.step for s in a] == [s.step for s in b] == [7 * i for i in range(1, 3)] + [20]
    assert a[-1].test_cost == b[-1].test_cost
    for wa, wb in zip(made.net.w, by_hand.net.w):
        np.testing.assert_array_equal(wa, wb)


def test_a_bad_configuration_is_refused_by_the_trainer(data):
    c = TrainingConfig(lr=-1.0)
    with pytest.raises(ConfigError, match="learning rate"):
        c.make_trainer(c.make_network(), data, snapshot_every=10)
