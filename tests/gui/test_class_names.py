"""The prediction headline words a digit with an article and a named class without one, so a
translation can be right for both ("Das ist eine 8", "Erkannt: Sandale"; it was "eine Sandal").

The German test compiles a small .ts of its own (the shipped ones are the translators' work) to
show that the sentences and class names reach a translator under the context and notes the
source gives them.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTranslator

from nnviz.core.data.dataset import FASHION_CLASSES, MNIST_CLASSES
from nnviz.gui import class_names
from nnviz.gui.views.prediction_view import PredictionView

LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                     "pyside6-lrelease")
GERMAN = [("T-shirt/top", None, "T-Shirt/Top"), ("Sandal", None, "Sandale"),
          ("Recognised: {name} ({value})", "a class name, without an article",
           "Erkannt: {name} ({value})"),
          ("Perhaps: {name} ({value})", "a class name, without an article",
           "Vielleicht: {name} ({value})"),
          ("It's an {digit} ({value})", "a digit said with 'an'", "Das ist eine {digit} ({value})"),
          ("It's a {digit} ({value})", "a digit said with 'a'", "Das ist eine {digit} ({value})"),
          ("Maybe a {digit} ({value})", "a digit said with 'a'", "Vielleicht eine {digit} ({value})")]


def outputs(winner, value):
    """Softmax-like outputs (they sum to 1) with `value` at `winner`."""
    a = np.full(10, (1 - value) / 9)
    a[winner] = value
    return a


@pytest.fixture
def view(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    view.resize(360, 340)
    return view


def test_the_names_translated_are_the_cores_fashion_classes():
    assert class_names.FASHION == FASHION_CLASSES


def test_english_says_a_digit_with_its_article_and_a_class_without(view):
    image = np.zeros((28, 28), np.float32)
    view.show_prediction(image, outputs(8, 0.97), MNIST_CLASSES)
    assert view.caption() == "It's an 8 (97\u00a0%)"
    view.show_prediction(image, outputs(3, 0.3), MNIST_CLASSES)
    assert view.caption() == "Maybe a 3 (30\u00a0%)"
    view.show_prediction(image, outputs(5, 0.97), FASHION_CLASSES)
    assert view.caption() == "Recognised: Sandal (97\u00a0%)"
    view.show_prediction(image, outputs(9, 0.3), FASHION_CLASSES)
    assert view.caption() == "Perhaps: Ankle boot (30\u00a0%)"
    assert class_names.answer("apple", 0.9, "0.90") == "Recognised: apple (0.90)"


@pytest.mark.skipif(not Path(LRELEASE).is_file(), reason="pyside6-lrelease is not installed")
def test_german_names_a_sandal_and_a_digit_rightly(view, qapp, tmp_path):
    messages = "".join(
        f"<message><source>{source}</source>{f'<comment>{note}</comment>' if note else ''}"
        f"<translation>{text}</translation></message>" for source, note, text in GERMAN)
    ts = tmp_path / "de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="de"><context><name>ClassNames</name>{messages}</context></TS>',
                  encoding="utf-8")
    subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(tmp_path / "de.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "de.qm"))
    qapp.installTranslator(translator)
    try:
        image = np.zeros((28, 28), np.float32)
        view.show_prediction(image, outputs(5, 0.97), FASHION_CLASSES)
        assert view.caption() == "Erkannt: Sandale (97\u00a0%)"
        assert view._bars.classes[0] == "T-Shirt/Top" and view._bars.classes[5] == "Sandale"
        view.show_prediction(image, outputs(8, 0.97), MNIST_CLASSES)
        assert view.caption() == "Das ist eine 8 (97\u00a0%)"
        view.show_prediction(image, outputs(3, 0.3), MNIST_CLASSES)
        assert view.caption() == "Vielleicht eine 3 (30\u00a0%)"
    finally:
        qapp.removeTranslator(translator)
