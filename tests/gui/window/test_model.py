"""The window's model without a window: which input the diagram shows, and what it announces.

No QApplication is made here; one test checks in a fresh interpreter that importing the model
imports no Qt at all.
"""

import subprocess
import sys

import numpy as np
import pytest

from nnviz.core.data.dataset import Dataset
from nnviz.core.network import Network
from nnviz.gui.window.model import Callbacks, WindowModel


def dataset(n_inputs=784, n=5, name="tiny"):
    rng = np.random.default_rng(0)
    x = rng.random((n, n_inputs), dtype=np.float32)
    y = np.arange(n, dtype=np.uint8) % 3
    return Dataset(name, x, y, x.copy(), y.copy(), ("a", "b", "c"), "made in a test")


@pytest.fixture
def model():
    m = WindowModel()
    m.seen = []
    m.changed.connect(m.seen.append)
    return m


def test_importing_the_model_imports_no_qt():
    code = ("import sys, nnviz.gui.window.model; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_callbacks_call_every_listener_in_order_until_disconnected():
    calls, cb = [], Callbacks()
    first, second = (lambda x: calls.append(("first", x))), (lambda x: calls.append(("second", x)))
    cb.connect(first)
    cb.connect(second)
    cb.emit(1)
    cb.disconnect(first)
    cb.emit(2)
    assert calls == [("first", 1), ("second", 1), ("second", 2)]


def test_set_network_keeps_a_copy_and_announces_it(model):
    net = Network.create((784, 8, 3), seed=1)
    model.set_network(net, ("a", "b", "c"), "made here")
    assert model.network is not net and model.network.w[0] is not net.w[0]
    np.testing.assert_array_equal(model.network.w[0], net.w[0])
    assert model.classes == ("a", "b", "c") and model.caption == "made here"
    assert {"network", "classes"} <= model.seen[-1]
    net.w[0][:] = 0.0                     # the caller's network is not the shown one
    assert np.any(model.network.w[0] != 0.0)


def test_the_diagram_follows_the_drawing_then_a_chosen_input_then_the_example(model):
    data = dataset()
    model.set_network(Network.create((784, 8, 3), seed=1), data.classes, "")
    model.set_data(data)
    assert model.shown[2] == "training example 0" and "shown" in model.seen[-1]
    np.testing.assert_array_equal(model.shown[0], data.train_images[0])
    assert model.next_example() and model.shown[2] == "training example 1"
    x = np.full(784, 0.5, np.float32)
    model.choose_input(x, 2, "test image 3")
    assert model.shown == (x, 2, "test image 3")
    assert not model.next_example() and model.example == 1     # a chosen input holds still
    drawing = np.zeros(784, np.float32)
    model.set_drawing(drawing)
    assert model.shown[0] is drawing and model.shown[2] == "your drawing"
    assert model.seen[-1] >= {"input", "drawing"} and model.drawing_fits()
    model.set_drawing(None)
    assert model.shown[2] == "test image 3"
    model.follow_examples()
    assert model.shown[2] == "training example 1"


def test_an_input_that_does_not_fit_the_network_is_not_shown(model):
    model.set_network(Network.create((4, 3, 2), seed=0), ("x", "y"), "")
    model.set_data(dataset())                 # 784 pixels for a 4-input network
    assert model.showable() is None and model.shown is None
    model.set_drawing(np.zeros(784, np.float32))
    assert not model.drawing_fits() and "shown" not in model.seen[-1]
    model.choose_input(np.ones(4, np.float32), 1, "fits")
    assert model.showable() is None           # the drawing still comes first, and does not fit
    model.set_drawing(None)
    assert model.shown[2] == "fits"


def test_params_are_put_into_the_shown_network_in_one_place(model):
    model.set_network(Network.create((784, 8, 3), seed=1), ("a", "b", "c"), "")
    w = [np.ones_like(a) for a in model.network.w]
    b = [np.zeros_like(a) for a in model.network.b]
    model.set_params(w, b)
    assert model.network.w[0] is w[0] and model.seen[-1] == {"params"}
    assert not model.replaying
    model.set_params(w, b, replaying=True)
    assert model.replaying and model.seen[-1] == {"params", "replay"}
    model.set_params(w, b, replaying=True)
    assert model.seen[-1] == {"params"}      # already replaying: no second "replay"
    model.set_network(Network.create((784, 8, 3), seed=2), ("a", "b", "c"), "")
    assert not model.replaying                # a new network is never a replayed moment


def test_batch_gathers_changes_into_one_notification(model):
    data = dataset()
    before = len(model.seen)
    with model.batch():
        model.set_data(data)
        with model.batch():                   # nested: still one notification
            model.set_network(Network.create((784, 8, 3), seed=1), ("0", "1", "2"), "")
        model.set_classes(data.classes)
        assert len(model.seen) == before
    assert len(model.seen) == before + 1
    assert {"data", "network", "classes", "shown"} <= model.seen[-1]
    assert model.classes == ("a", "b", "c")


def test_unchanged_classes_and_replay_state_announce_nothing(model):
    model.set_classes(model.classes)
    model.set_replaying(False)
    assert model.seen == []


def test_the_shipped_network_is_told_by_its_caption(model):
    net = Network.create((784, 16, 10))
    model.set_network(net, model.classes, "pretrained 784-16-16-10 (3b1b-96 preset)")
    assert model.shows_shipped()
    model.set_network(net, model.classes, "new network, random weights")
    assert not model.shows_shipped()
