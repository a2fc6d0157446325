"""With Fashion-MNIST's classes in a German window every panel names them in German, and the
words that speak of the classes as a group ("Draw a digit") follow the data on screen.

The window runs on the synthetic digits with Fashion-MNIST's class names put on them: the panels
see what they see with the real data (784 pixels, ten classes, those names) without reading it.
German is the shipped translation, whose class names are the translators' ("Sandale", "Hose");
the new sentences for clothes have no translation yet, so they are checked in English.
"""

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics

from nnviz.core.data.dataset import FASHION_CLASSES, MNIST_CLASSES
from nnviz.gui import class_names, i18n
from nnviz.gui.help import popup as help_popup
from nnviz.gui.lessons.hints import sentence
from nnviz.gui.views.confusion_view import ConfusionView

OWN = ("apple", "pear", "plum", "fig", "kiwi", "lime", "date", "sloe", "yuzu", "quince")


@pytest.fixture
def german(qapp):
    """The shipped German translation installed; Fashion-MNIST's names as it gives them."""
    i18n.install(qapp, "de")
    yield tuple(QCoreApplication.translate("ClassNames", name) for name in FASHION_CLASSES)
    i18n.install(qapp, "en")


@pytest.fixture
def fashion(window):
    """The window with Fashion-MNIST's class names on its data and its network."""
    m = window.model
    with m.batch():
        m.set_data(replace(m.data, name="fashion-like", classes=FASHION_CLASSES))
        m.set_classes(FASHION_CLASSES)
    return window


def show(window, qtbot, key, ready):
    window.show_panel(key)
    panel = window.panels[key]
    qtbot.waitUntil(lambda: panel.isVisible() and ready(panel), timeout=30000)
    return panel


def test_the_kind_of_classes():
    assert class_names.kind(MNIST_CLASSES) == class_names.DIGITS
    assert class_names.kind(FASHION_CLASSES) == class_names.CLOTHES
    assert class_names.kind(OWN) == class_names.OTHER
    assert class_names.kind(("0", "1", "cat")) == class_names.OTHER


def test_the_data_panel_names_the_classes_in_german(german, fashion, qtbot):
    assert german[5] == "Sandale"   # the shipped German translation is installed
    panel = show(fashion, qtbot, "data", lambda p: p.stats is not None)
    data = fashion.model.data
    assert panel.gallery.captions()[:4] == [german[k] for k in data.train_labels[:4]]
    assert panel.label_filter.itemText(6) == "5: Sandale"
    ticks = panel.overview.plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == list(german)
    panel.tabs.setCurrentIndex(panel.tabs.count() - 1)      # the augmentation preview
    assert set(panel.before.captions()) <= set(german)


def test_the_evaluation_names_the_classes_in_german(german, fashion, qtbot):
    panel = show(fashion, qtbot, "evaluation", lambda p: p.result is not None and not p.busy())
    assert panel.matrix.classes == german
    assert "Stiefelette:" in panel.summary.text() and "Ankle boot" not in panel.summary.text()
    assert panel._name(1) == "Hose"
    assert "wahre Klasse" in panel.matrix.toolTip()


def test_the_point_map_legend_and_inset_in_german(german, fashion, qtbot):
    panel = show(fashion, qtbot, "pointmap", lambda p: len(p.xy) == 4 and p.xy[0] is not None)
    assert all(name in panel.legend.text() for name in german)
    label = int(fashion.model.data.test_labels[panel.index[0]])
    assert f": {german[label]}\n" in panel.point_text(0)


def a_sandal_in_the_diagram(window):
    window.model.choose_input(window.model.data.train_images[0], 5, "training example 0")


def test_the_lab_names_the_label_and_answers_in_german(german, fashion, qtbot):
    a_sandal_in_the_diagram(fashion)
    lab = show(fashion, qtbot, "lab", lambda p: "Label" in p.answer.text())
    assert "Label Sandale:" in lab.answer.text()
    answers = lab.answer.text().split(": ", 1)[1]
    assert any(f"{name} (" in answers for name in german)     # "Hose (0.31)"
    assert not any(f"{english} (" in answers for english, name in zip(FASHION_CLASSES, german)
                   if english != name)


def test_the_backprop_buttons_and_caption_in_german(german, fashion, qtbot):
    a_sandal_in_the_diagram(fashion)
    backprop = show(fashion, qtbot, "backprop", lambda p: p.ex is not None)
    buttons = backprop.wanted.buttons()
    assert [b.text() for b in buttons][:2] == ["T-S", "Hos"]
    assert "Sandale" in buttons[5].toolTip()
    assert "Label Sandale" in backprop.caption.text()
    assert "gewünschte Klasse" in backprop.nudges.toolTip()


def test_what_each_neuron_sees_names_the_label_in_german(german, fashion, qtbot):
    a_sandal_in_the_diagram(fashion)
    sees = show(fashion, qtbot, "sees", lambda p: p.view is not None)
    assert "Sandale" in sees.caption.text()


def test_the_pad_and_the_titles_follow_the_data(fashion, qtbot):
    assert fashion.docks["pad"].windowTitle() == "Draw a piece of clothing"
    assert fashion.pad.prompt() == "Draw a piece of clothing here"
    assert "clothes" in fashion.windowTitle()
    assert fashion.prediction._bars.classes == FASHION_CLASSES   # the empty bars name them too
    fashion.model.set_classes(OWN)
    assert fashion.docks["pad"].windowTitle() == "Draw something"
    assert fashion.pad.prompt() == "Draw something here"
    fashion.model.set_classes(MNIST_CLASSES)
    assert fashion.docks["pad"].windowTitle() == "Draw a digit"
    assert fashion.pad.prompt() == "Draw a digit here"
    assert fashion.windowTitle().endswith("read digits")


def test_f1_speaks_of_classes_for_clothes_and_of_digits_for_digits(fashion, qtbot):
    popup = help_popup.show(fashion, "evaluation")
    qtbot.addWidget(popup)
    assert "row = the true class" in popup.text.text()
    popup.show_key("pad")
    assert "Draw one of the classes" in popup.text.text() and "digit" not in popup.text.text()
    fashion.model.set_classes(MNIST_CLASSES)
    popup.show_key("evaluation")
    assert "row = the true digit" in popup.text.text()


def test_the_confusion_rows_leave_room_for_a_names_three_letters(german, qtbot):
    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.set_matrix(np.eye(10, dtype=int), german)
    left, _, _ = view._geometry()
    font = QFont(view.font())
    font.setPointSizeF(10.0)                # the largest the names are painted
    room = left - 16                        # the rows' names are right-aligned in (14, left − 2)
    assert room >= QFontMetrics(font).horizontalAdvance("Man")


def test_a_hint_counts_the_classes_instead_of_ten_digits():
    hint = SimpleNamespace(kind="too_few_neurons", facts={"narrowest": 2, "accuracy": 0.4},
                           setting={"hidden": 16})
    line, why = sentence(hint, FASHION_CLASSES)
    assert "10 classes" in line and "digit" not in line + why
    assert "ten digits" in sentence(hint, MNIST_CLASSES)[0]


def test_the_mini_batch_page_names_what_each_example_wants_in_german(german, fashion, qtbot):
    a_sandal_in_the_diagram(fashion)
    backprop = show(fashion, qtbot, "backprop", lambda p: p.ex is not None)
    backprop.show_batch_page()
    page = backprop.batch_page
    qtbot.waitUntil(lambda: page.wishes is not None, timeout=10000)
    image, out, _ = page.rows[0]
    assert out.labels == [name[:3] for name in german]
    wants = QCoreApplication.translate("BatchPage", "wants {t}, cost {c:.3f}")
    assert image.toolTip() == wants.format(t=german[int(page.wishes.targets[0])],
                                           c=page.wishes.costs[0])
