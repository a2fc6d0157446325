"""Setups in the window: saved and reopened to the same state, copied as a command that gives
the same setup back, and a damaged or newer file refused in one sentence with nothing changed."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from nnviz.core.files import setup_file as sf
from nnviz.gui.setup_options import setup_from_args
from tests.core.test_setup_file import lesson_setup
from tests.test_setup_command import parsed

REPO = Path(__file__).resolve().parents[2]


def lesson():
    """The setup file tests' lesson, on the synthetic digits and with the point map alone."""
    s = lesson_setup()
    s["data"]["dataset"] = "synthetic"
    s.update(views=["pointmap"], lesson=None)
    return s


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_save_then_reopen_gives_the_same_window(window, qtbot, out):
    c = window.setups
    c.apply(c.check(lesson()))
    qtbot.wait(50)
    saved = c.current()
    assert saved["network"] == lesson()["network"] and saved["training"] == lesson()["training"]
    assert "pointmap" in saved["views"] and saved["data"]["dataset"] == "synthetic"
    assert "cost" not in saved["views"]        # its tab lies behind the point map's
    assert window.model.network.sizes == (784, 30, 10)
    assert window.model.network.activation == "relu"
    path = c.save(str(out / "class.json"))
    assert json.loads(Path(path).read_text())["training"]["lr"] == 0.25

    c.apply(c.check(sf.from_options({"preset": "3b1b-96", "data.dataset": "synthetic",
                                     "views": ["backprop"]})))
    assert c.current()["training"]["lr"] == 0.1
    assert window.model.network.sizes == (784, 16, 16, 10)
    assert c.current()["preset"] == "3b1b-96"
    assert c.open(path)
    qtbot.wait(50)
    assert c.current() == saved
    assert window.model.network.sizes == (784, 30, 10)
    assert window.model.network.cost == "cross-entropy"


@pytest.mark.parametrize("content, words", [
    ('{"format": "nnviz-setup", "version": 7}', "newer nnviz"),
    ('{"format": "nnviz-setup", "version": 1, "training": {"lr": 0, "epochs": -3}, '
     '"views": ["holodeck"]}', "training.lr"),
    ('{"format": "nnviz-setup", "version": 1, "lesson": "lesson-2"}', "lesson"),
    ("\x00\x01", "not valid JSON"),
])
def test_a_bad_setup_is_one_sentence_and_changes_nothing(window, dialogs, out, content, words):
    path = out / "bad.json"
    path.write_text(content)
    before = window.setups.current()
    network = window.model.network
    assert not window.setups.open(str(path))
    kind, _, text = dialogs[-1]
    assert kind == "warning" and words in text and "\n" not in text and text.endswith(".")
    if "holodeck" in content:
        assert "training.epochs" in text and "holodeck" in text
    assert window.setups.current() == before and window.model.network is network


def test_copy_setup_as_command_gives_the_setup_back(window, qtbot):
    c = window.setups
    c.apply(c.check(lesson()))
    qtbot.wait(50)
    text = c.copy_command()
    assert QGuiApplication.clipboard().text() == text
    assert text.startswith("nnviz gui ") and "--lr 0.25" in text and "--views" in text
    assert setup_from_args(parsed(text)) == c.current()


def test_the_command_line_refuses_a_bad_setup_in_one_line(out):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-m", "nnviz", "gui", "--dataset", "synthetic",
                        "--lr", "500", "--views", "nosuch", "--screenshot", str(out / "x.png")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    lines = [l for l in r.stderr.splitlines() if l.startswith("nnviz")]
    assert len(lines) == 1 and "--lr" in lines[0] and "--views" in lines[0]
    assert not (out / "x.png").exists()
