"""Hostile and unusual input in the window: the app keeps running and says one sentence.

The any-size test runs the window in a child process because the failure it guards against
was a segmentation fault (an exception escaping a panel's showEvent), which would otherwise
take the whole test run down with it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@pytest.mark.parametrize("side", (8, 10))
def test_every_panel_works_with_small_images(tmp_path, side):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
               NNVIZ_DATA_HOME=str(tmp_path))
    child = subprocess.run([sys.executable, "-X", "faulthandler",
                            str(HERE / "every_panel_child.py"), str(side),
                            str(tmp_path / "nnviz.ini")],
                           capture_output=True, text=True, timeout=300, env=env)
    assert child.returncode == 0, child.stderr[-3000:]
    assert "Traceback" not in child.stderr, child.stderr[-3000:]
    result = json.loads(child.stdout.splitlines()[-1])
    assert result["status"] == [] and result["dialogs"] == [], result


# ---- the Layers field, closing, and settings that do not fit the schema ----------------------
@pytest.mark.parametrize("text", ["784,16²,10", "784,16\u00b9,10", "784,½,10", "784,1e3,10",
                                  "784,16,,10", "784," + "9" * 5000 + ",10"])
def test_layers_the_converter_refuses_are_refused_in_the_field(window, dialogs, text):
    window.controls.set_values({"layers": text})
    assert window.controls.values()["layers"] is None
    assert window.controls.layers_reason.isVisibleTo(window.controls)
    window.training.reset()                       # a dialog, not a traceback
    assert dialogs and dialogs[-1][1] == "Layer sizes"


def test_digits_of_other_scripts_are_read_as_the_converter_reads_them(window):
    window.controls.set_values({"layers": "784,\u0661\u0666,10"})   # Arabic-Indic 16
    assert window.controls.values()["layers"] == (784, 16, 10)


def test_closing_with_a_bad_layer_list_saves_every_other_setting(qtbot, settings):
    from nnviz.gui.window.main_window import MainWindow
    w = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    w.controls.set_values({"layers": "784,16²,10", "lr": 0.25})
    w.close()                            # once raised in closeEvent and saved nothing
    assert settings.get("lr") == 0.25
    assert settings.get("layers") == "784,16,16,10"   # the bad text is not stored


def test_a_batch_size_beyond_the_schema_is_clamped_and_the_rest_still_saved(qtbot, settings):
    from nnviz.gui.window.main_window import MainWindow
    w = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    w.controls.set_train_size(70000)     # an imported set larger than MNIST
    w.controls.set_values({"batch_size": 70000, "lr": 0.5, "epochs": 7})
    w.close()
    assert settings.get("batch_size") == 60000
    assert settings.get("lr") == 0.5 and settings.get("epochs") == 7


@pytest.mark.parametrize("key, value, stored", [
    ("lr", 1e9, 1000.0), ("lr", float("nan"), None), ("seed", -1, 0), ("layers", "1,²", None),
    ("dataset", "nosuch", None), ("batch_size", "many", None), ("speed", 10**30, 100)])
def test_settings_set_clamps_or_skips_and_never_raises(settings, key, value, stored):
    assert settings.set(key, value) == stored
    default = __import__("nnviz.gui.settings", fromlist=["SCHEMA"]).SCHEMA[key][0]
    assert settings.get(key) == (default if stored is None else stored)
