"""The live window end to end: train on real threads, pause/step/resume, change η mid-run,
draw a digit, close mid-training — offscreen, with the same worker the user's buttons drive."""

import os

import numpy as np
import pytest

from nnviz.gui.views.sample_strokes import sample_strokes


def train_until(qtbot, window, steps, timeout=60000):
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.trainer.step >= steps, timeout=timeout)


def test_training_updates_every_view(qtbot, window):
    weights_before = window.model.network.w[0].copy()
    train_until(qtbot, window, 300)
    window.training.session.pause()
    qtbot.waitUntil(lambda: window.training.session.state == "paused", timeout=5000)
    qtbot.wait(100)
    trainer = window.training.session.trainer
    # The cost curve received one cost per mini-batch done (none lost to throttling).
    assert window.cost_view.n_costs() == trainer.step
    # The window's copy of the parameters is the trainer's, as copies.
    for w_gui, w_core in zip(window.model.network.w, trainer.net.w):
        np.testing.assert_array_equal(w_gui, w_core)
        assert w_gui is not w_core
    assert not np.array_equal(window.model.network.w[0], weights_before)
    assert "samples/s" in window.training.status.text()
    # On two cores the GUI thread needs the second one: no background gathering there.
    assert trainer.gather_ahead == ((os.cpu_count() or 1) > 2)


def test_pause_step_resume(qtbot, window):
    train_until(qtbot, window, 50)
    window.training.toggle_training()            # pause
    qtbot.waitUntil(lambda: window.training.session.state == "paused", timeout=5000)
    trainer = window.training.session.trainer
    qtbot.wait(200)
    paused_at = trainer.step
    qtbot.wait(200)
    assert trainer.step == paused_at    # paused means paused
    window.training.step_batch()
    qtbot.waitUntil(lambda: trainer.step == paused_at + 1, timeout=5000)
    qtbot.wait(200)
    assert trainer.step == paused_at + 1   # exactly one mini-batch
    window.training.step_epoch()
    per_epoch = -(-len(window.model.data.train_images) // trainer.batch_size)
    # Runs to the end of the epoch that the single step left unfinished, then pauses there.
    end = -(-(paused_at + 1) // per_epoch) * per_epoch
    if end == paused_at + 1:          # the step itself ended an epoch: the next one runs whole
        end += per_epoch
    qtbot.waitUntil(lambda: trainer.step == end and window.training.session.state == "paused",
                    timeout=30000)
    qtbot.wait(200)
    assert trainer.step == end
    window.training.toggle_training()            # resume
    qtbot.waitUntil(lambda: trainer.step > end + 50, timeout=30000)


def test_learning_rate_change_is_applied_mid_run(qtbot, window):
    train_until(qtbot, window, 20)
    window.controls.lr.setValue(0.123)
    qtbot.waitUntil(lambda: window.training.session.trainer.lr == pytest.approx(0.123), timeout=5000)
    window.controls.batch_size.setValue(25)
    qtbot.waitUntil(lambda: window.training.session.trainer.batch_size == 25, timeout=5000)


def test_drawing_gives_a_prediction(qtbot, window):
    window.pad.draw_strokes(sample_strokes(7))
    qtbot.waitUntil(lambda: window.model.drawing is not None, timeout=2000)
    outputs = window.model.network.feedforward(window.model.drawing[None, :])[0]
    assert window.prediction.winner() == int(np.argmax(outputs))
    window.pad.clear()
    qtbot.waitUntil(lambda: window.model.drawing is None, timeout=2000)


def test_closing_mid_training_stops_the_thread(qtbot, window):
    train_until(qtbot, window, 10)
    thread = window.training.session.thread
    window.close()
    assert not thread.isRunning()


def test_reset_builds_the_network_from_the_controls(qtbot, window):
    window.controls.set_values({"layers": "784,30,10", "activation": "relu"})
    window.training.reset()
    assert window.model.network.sizes == (784, 30, 10)
    assert window.model.network.activation == "relu"


def test_bad_layer_text_is_refused_at_the_control(qtbot, window):
    window.controls.layers.setText("784,abc,10")
    window.controls._check_layers("784,abc,10")
    assert window.controls.values()["layers"] is None
    assert "whole numbers" in window.controls.layers_reason.text()


def test_a_new_controller_adds_its_menu_follows_the_model_and_is_shut_down(qtbot, settings):
    """The controller API that further features use: one line in _build_controllers."""
    from nnviz.core.network import Network
    from nnviz.gui.window.controller import Controller
    from nnviz.gui.window.main_window import MainWindow

    class Counting(Controller):
        def __init__(self, window):
            super().__init__(window)
            self.fields, self.closed = [], False

        def add_actions(self, menus):
            self.menu = menus.add_menu("&Counting")
            self.menu.addAction(menus.action("Count", lambda: None, "Ctrl+Shift+K"))

        def on_model_changed(self, fields):
            self.fields.append(fields)

        def shutdown(self):
            self.closed = True

    class Window(MainWindow):
        def _build_controllers(self, data_dir):
            super()._build_controllers(data_dir)
            self.counting = Counting(self)
            self.controllers.append(self.counting)

    w = Window(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Train", "&View", "&Lessons", "&Counting", "&Help"]
    assert [a.text() for a in w.counting.menu.actions()] == ["Count"]
    assert "network" in w.counting.fields[0]           # the pretrained network, first
    assert "data" in w.counting.fields[-1]             # then the dataset
    w.model.set_network(Network.create((784, 5, 10), seed=1), w.model.classes, "a test")
    assert "network" in w.counting.fields[-1] and w.model.network.sizes == (784, 5, 10)
    w.close()
    assert w.counting.closed
