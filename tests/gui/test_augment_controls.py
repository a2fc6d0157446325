"""Augmentation and dropout from the controls: checked values, settings, and live switching.

The live test starts real training in the window and changes the settings while the worker
thread runs; the trainer must pick them up before a following mini-batch, without a restart.
"""

from nnviz.core.augment.jitter import Augment
from nnviz.gui.widgets.augment_controls import AugmentControls


def test_group_hands_out_an_augment_or_none(qtbot):
    box = AugmentControls()
    qtbot.addWidget(box)
    seen = []
    box.changed.connect(seen.append)
    assert box.augment() is None
    box.setChecked(True)
    assert seen[-1] is None   # switched on, but nothing set yet
    box.rotate.setValue(20)
    box.shift.setValue(3)
    assert seen[-1] == Augment(rotate=20.0, shift=3)
    box.setChecked(False)
    assert seen[-1] is None and box.rotate.value() == 20   # the numbers stay for next time
    assert box.rotate.text() == "20°" and box.noise.text() == "off"


def test_bad_stored_values_fall_back_to_defaults(settings):
    settings.q.setValue("dropout", "2.5")
    settings.q.setValue("augment_shift", "many")
    assert settings.get("dropout") == 0.0 and settings.get("augment_shift") == 0


def test_switching_augmentation_and_dropout_while_training(window, qtbot):
    c = window.controls
    c.speed.setValue(60)   # ~130 mini-batches/s: the run is surely still going at the checks
    c.set_values({"augment_rotate": 15.0, "augment_shift": 1})
    window.training.toggle_training()
    trainer = window.training.session.trainer
    assert trainer.augment is None and trainer.dropout == 0.0
    qtbot.waitUntil(lambda: trainer.step >= 3, timeout=20000)
    c.augmentation.setChecked(True)
    qtbot.waitUntil(lambda: trainer.augment == Augment(rotate=15.0, shift=1), timeout=10000)
    step = trainer.step
    qtbot.waitUntil(lambda: trainer.step >= step + 3, timeout=20000)   # still training
    assert window.training.session.state == "running"
    c.dropout.setValue(0.5)
    qtbot.waitUntil(lambda: trainer.dropout == 0.5, timeout=10000)
    c.augmentation.setChecked(False)
    qtbot.waitUntil(lambda: trainer.augment is None, timeout=10000)
    step = trainer.step
    qtbot.waitUntil(lambda: trainer.step >= step + 3, timeout=20000)
    assert trainer.finite() and window.training.session.state == "running"
    window.training.stop()


def test_a_new_run_starts_with_the_controls_settings_and_they_are_saved(window, settings):
    window.controls.set_values({"augment": True, "augment_noise": 0.25, "augment_rotate": 10.0,
                                "augment_shift": 2, "dropout": 0.3})
    window.training.step_batch()
    trainer = window.training.session.trainer
    assert trainer.augment == Augment(0.25, 10.0, 2) and trainer.dropout == 0.3
    window.close()
    assert (settings.get("augment"), settings.get("augment_noise"), settings.get("augment_rotate"),
            settings.get("augment_shift"), settings.get("dropout")) == (True, 0.25, 10.0, 2, 0.3)
