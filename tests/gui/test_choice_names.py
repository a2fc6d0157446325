"""The training choices are shown by their names in the window's language, while the controls,
setups and settings keep working with the fixed keys."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from nnviz.core.config import CHOICES
from nnviz.gui import choice_names
from nnviz.gui.window.training_control import describe_network


class Shouting(QTranslator):
    """A stand-in language: every choice name in capitals, everything else untranslated."""

    def translate(self, context, text, disambiguation=None, n=-1):
        return text.upper() if context == choice_names.CONTEXT else ""


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_choice_of_the_core_has_a_name():
    keys = {k for field in ("activation", "output", "cost", "init", "schedule")
            for k in CHOICES[field]}
    assert keys == set(choice_names.NAMES)


def test_the_combos_show_names_and_hand_out_keys(qapp, settings, qtbot, shouting):
    from nnviz.gui.widgets.controls import TrainingControls
    controls = TrainingControls()
    qtbot.addWidget(controls)
    assert [controls.cost.itemText(i) for i in range(controls.cost.count())] == \
        ["QUADRATIC", "CROSS-ENTROPY"]
    controls.set_values({"cost": "cross-entropy", "activation": "relu", "schedule": "cosine"})
    assert controls.cost.currentText() == "CROSS-ENTROPY"
    assert controls.activation.currentText() == "RELU"
    v = controls.values()
    assert (v["cost"], v["activation"], v["schedule"]) == ("cross-entropy", "relu", "cosine")


def test_the_status_line_names_the_choices_the_same_way(qapp, shouting):
    from nnviz.core.network import Network
    net = Network.create((784, 16, 10), activation="sigmoid", output="softmax",
                         cost="cross-entropy")
    assert describe_network(net, "fresh").endswith("SIGMOID → SOFTMAX · CROSS-ENTROPY")
