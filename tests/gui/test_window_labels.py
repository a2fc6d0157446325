"""The status line and the network controls describe the network on screen, never an earlier one."""

import numpy as np

from nnviz.core.training import Snapshot
from tests.gui.conftest import open_window


def fake_epoch_end(window, accuracy=0.9264):
    net = window.model.network
    return Snapshot(epoch=1, batch=10, batches_per_epoch=10, step=10, samples_seen=100,
                    batch_costs=np.full(10, 0.5), train_cost=0.5, lr=7.615e-12, batch_size=10,
                    seconds=1.0, epoch_end=True, test_cost=0.4, test_accuracy=accuracy,
                    w=[w.copy() for w in net.w], b=[b.copy() for b in net.b])


def test_at_start_the_status_and_controls_describe_the_pretrained_network(window):
    status = window.training.status.text()
    assert status.startswith("pretrained 784-16-16-10 (3b1b-96 preset")
    assert "softmax" in status and "cross-entropy" in status
    values = window.controls.values()
    assert (values["output"], values["cost"]) == ("softmax", "cross-entropy")
    assert values["layers"] == (784, 16, 16, 10)
    assert not window.controls.arch_note.isVisible()


def test_no_accuracy_is_shown_after_reset(window):
    window.training._on_snapshot(fake_epoch_end(window))
    status = window.training.status.text()
    assert "test accuracy 92.64 %" in status and "η = 7.6 × 10⁻¹²" in status
    window.training.reset()
    status = window.training.status.text()
    assert "accuracy" not in status and "92.64" not in status
    assert status.startswith("new network, random weights")


def test_a_first_start_selects_the_pretrained_networks_whole_preset(window):
    """Train goes on with the recipe of the network on screen (η 0.1), not the lessons' η 3."""
    from nnviz.core.presets import PRESETS
    controls = window.controls
    assert controls.preset.currentData() == "3b1b-96"
    values, preset = controls.values(), PRESETS["3b1b-96"]
    assert values["lr"] == preset.lr == 0.1
    assert (values["init"], values["momentum"], values["schedule"]) == ("scaled", 0.9, "cosine")
    assert controls.matching_preset() == "3b1b-96"
    window.training.reset()       # a new network from the controls: the preset's
    assert window.model.network.output == "softmax"


def test_remembered_settings_are_kept_and_the_preset_box_tells_the_truth(qtbot, settings):
    settings.save_all({"lr": 3.0, "output": "sigmoid", "cost": "quadratic"})
    w = open_window(qtbot, settings)
    try:
        assert w.controls.values()["lr"] == 3.0               # the user's, kept
        assert w.controls.preset.currentData() is None        # not a preset: "your own settings"
        assert w.controls.preset.currentIndex() == 0
    finally:
        w.close()


def test_remembered_settings_equal_to_a_preset_are_named_so(qtbot, settings):
    from nnviz.core.presets import PRESETS
    p = PRESETS["3b1b-96"]
    settings.save_all({k: getattr(p, k) for k in ("output", "cost", "init", "lr", "momentum",
                                                  "l2", "schedule", "batch_size", "epochs",
                                                  "seed")})
    w = open_window(qtbot, settings)
    try:
        assert w.controls.preset.currentData() == "3b1b-96"
        w.controls.lr.setValue(0.5)                           # an edit: no longer the preset
        assert w.controls.preset.currentIndex() == 0
    finally:
        w.close()


def test_a_temporary_message_is_seen_and_the_status_line_comes_back(window, qtbot):
    """The status line was a permanent widget with all the bar's room: every showMessage
    ("Saved the run …", "Training finished …") was drawn behind it, never seen."""
    window.resize(1024, 768)
    qtbot.wait(50)
    bar, status = window.statusBar(), window.training.status
    message = "Saved the run (143 moments) to /tmp/run.npz"
    bar.showMessage(message, 5000)
    qtbot.wait(50)
    assert not status.isVisible()
    permanent = [w for w in bar.findChildren(type(window.training.epoch_bar)) if w.isVisible()]
    room = min([w.x() for w in permanent] + [bar.width()])
    assert room >= bar.fontMetrics().horizontalAdvance(message)   # the message has the room
    bar.clearMessage()
    qtbot.wait(50)
    assert status.isVisible()


def test_a_narrow_status_bar_drops_the_least_useful_parts_never_a_number_half(window, qtbot):
    """At 1024×768 the line was cut mid-number ("η = 0.("); its whole width was also the
    window's minimum width at 150 %."""
    window.training._on_snapshot(fake_epoch_end(window))
    status = window.training.status
    whole = status.text()
    status.resize(330, status.height())
    shown = status.shown()
    assert status.fontMetrics().horizontalAdvance(shown) <= status.contentsRect().width()
    assert "samples/s" not in shown                         # the rate gave way first
    assert shown.startswith("epoch 1") and "η = 7.6 × 10⁻¹²" in shown
    assert "test accuracy 92.64 %" in shown
    assert status.toolTip() == whole and status.minimumSizeHint().width() == 0
    status.resize(2000, status.height())
    assert status.shown() == whole


def test_the_shipped_digit_network_makes_way_for_other_classes(window):
    """A drawn 3 must not read "Dress": on Fashion-MNIST's classes the window shows a fresh
    network, said so in the status line; on digits the shipped network stays."""
    from dataclasses import replace
    from nnviz.core.data.dataset import FASHION_CLASSES
    digits = window.model.data
    shipped = window.model.network
    window.loading.data_loaded(replace(digits, name="digits-again"))
    assert window.model.network is shipped
    window.loading.data_loaded(replace(digits, name="fashion-like", classes=FASHION_CLASSES))
    assert window.model.network is not shipped and window.model.classes == FASHION_CLASSES
    assert not window.model.caption.startswith("pretrained")
    assert window.training.status.text().startswith("new network, random weights")


def test_the_empty_bars_name_their_axis_for_the_network_on_screen(window):
    """Before anything is drawn: "probability" under a softmax network, "activation" under a
    sigmoid one (after a Reset with a sigmoid output)."""
    assert window.model.network.output == "softmax" and window.prediction.scale() == "probability"
    window.controls.set_values({"output": "sigmoid", "cost": "quadratic"})
    window.training.reset()
    assert window.model.network.output == "sigmoid" and window.prediction.scale() == "activation"
