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

import numpy as np
import pytest
from PySide6.QtCore import Qt

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@pytest.mark.slow   # 12–13 s each: a child process opens every panel; CI runs it (--slow)
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
                                  ",".join(["784"] + ["4096"] * 60 + ["10"]),
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


# ---- hostile files through the window's own actions -------------------------------------------
import hostile_files  # noqa: E402 (tests/ is on the path for the shared makers)

MODEL_FILES = [c for c in hostile_files.CASES if c[0] == "model"]
RUN_FILES = [c for c in hostile_files.CASES if c[0] == "run"]


# A freeze, not a hiccup: the old code held the window for 19 s over a 20 M-cost run, while a
# loaded shared machine alone delays a 5 ms timer by 100+ ms now and then.
FROZEN_MS = 1000


def _latency_while(qtbot, action):
    """Run `action` with the benchmark's 5 ms event-loop probe on; returns (result, worst ms)."""
    from nnviz.bench.gui_bench import Latency
    probe = Latency()
    qtbot.wait(20)
    probe.on = True
    try:
        result = action()
        qtbot.wait(20)
    finally:
        probe.on = False
        probe.timer.stop()
    return result, max(probe.late, default=0.0)


@pytest.mark.parametrize("kind, make, expect", MODEL_FILES,
                         ids=[c[1].__name__ for c in MODEL_FILES])
def test_hostile_model_files_in_the_window(qtbot, window, dialogs, tmp_path, kind, make, expect):
    path = make(tmp_path, 1)
    loaded, worst = _latency_while(qtbot, lambda: window.files.load_model_file(os.fsdecode(path)))
    if expect == "refused":
        assert not loaded and len(dialogs) == 1 and dialogs[0][0] == "warning"
        assert "Traceback" not in dialogs[0][2] and path.name in dialogs[0][2]
    else:
        assert dialogs == [] or "inputs" in dialogs[0][2]   # (6, 4, 3) does not fit MNIST
    assert worst < FROZEN_MS, f"the window did not answer for {worst:.0f} ms"
    assert window.isVisible()


@pytest.mark.parametrize("kind, make, expect", RUN_FILES, ids=[c[1].__name__ for c in RUN_FILES])
def test_hostile_run_files_in_the_window(qtbot, window, dialogs, tmp_path, kind, make, expect):
    path = make(tmp_path, 1)
    opened, worst = _latency_while(qtbot, lambda: window.replay.open_run(str(path)))
    assert not opened and len(dialogs) == 1 and path.name in dialogs[0][2], dialogs
    assert worst < FROZEN_MS, f"the window did not answer for {worst:.0f} ms"


def test_saving_over_a_read_only_model_is_a_dialog_and_the_file_stays(window, dialogs,
                                                                        tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    path = tmp_path / "protected.npz"
    path.write_bytes(b"keep me")
    path.chmod(0o444)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.files.save_model()
    assert len(dialogs) == 1 and "read-only" in dialogs[0][2]
    assert path.read_bytes() == b"keep me"


def test_json_export_through_a_link_keeps_the_link_and_its_permissions(window, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert window.exports.export_model_json(str(link))
    assert link.is_symlink() and (real.stat().st_mode & 0o777) == 0o600
    assert json.loads(real.read_text())["sizes"] == list(window.model.network.sizes)


def test_class_names_are_shown_as_text_not_markup(qtbot, window):
    from nnviz.core.network import Network
    names = tuple(f"<img src='x{i}.png'>" for i in range(10))
    window.model.set_network(Network.create((784, 16, 10), seed=0), names, "a test")
    window.show_panel("sees")
    panel = window.panels["sees"]
    window._publish("input")
    qtbot.waitUntil(lambda: "label" in panel.caption.text(), timeout=5000)
    assert "<img" not in panel.caption.text() and "&lt;img" in panel.caption.text()
    window.prediction.show_prediction(np.zeros((28, 28)), np.eye(10)[3], names)
    assert window.prediction._headline.textFormat() == Qt.TextFormat.PlainText


def test_an_unreadable_label_folder_does_not_stop_the_window(qtbot, settings, tmp_path,
                                                              monkeypatch):
    from pathlib import Path

    from nnviz.gui.window.main_window import MainWindow
    home = tmp_path / "home"
    blocked = home / "my-digits" / "7"
    blocked.mkdir(parents=True)
    monkeypatch.setenv("NNVIZ_DATA_HOME", str(home))
    real_iterdir = Path.iterdir

    def iterdir(self):   # root may read anything, so the refusal is simulated
        if self == blocked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)
    monkeypatch.setattr(Path, "iterdir", iterdir)
    w = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    w.close()


@pytest.mark.parametrize("make", [hostile_files.idx_fifo, hostile_files.idx_dev_zero,
                                  hostile_files.idx_gzip_bomb], ids=lambda m: m.__name__)
def test_a_dataset_folder_holding_a_pipe_device_or_bomb(qtbot, window, dialogs, tmp_path, make):
    """The folder's training images are a FIFO (once a hang, then exit 134 on close), a link
    to /dev/zero (read until memory ran out) or a gzip bomb: one dialog naming the file, fast."""
    from bad_datasets import TRAIN_IMAGES, _valid
    _valid(tmp_path)
    (tmp_path / TRAIN_IMAGES).unlink()
    made = make(tmp_path, 1)
    made.rename(tmp_path / TRAIN_IMAGES)
    job = window.loading.load_data("mnist", data_dir=str(tmp_path))
    assert job is not None
    qtbot.waitUntil(lambda: len(dialogs) > 0, timeout=5000)
    assert TRAIN_IMAGES in dialogs[0][2], dialogs
    assert window.model.data.name == "synthetic"   # the data in use stays
    still_works(qtbot, window)


def still_works(qtbot, window):
    assert window.isVisible()
    window.training.step_batch()
    qtbot.waitUntil(lambda: window.training.session is not None
                    and window.training.session.trainer.step >= 1, timeout=10000)
    window.training.stop()


@pytest.mark.parametrize("make", [hostile_files.csv_latin1, hostile_files.csv_binary,
                                  hostile_files.csv_fifo, hostile_files.csv_endless_line],
                         ids=lambda m: m.__name__)
def test_hostile_csv_in_the_your_data_panel(qtbot, window, tmp_path, make):
    """One sentence in the panel, shown as text even when the file's name is markup."""
    folder = tmp_path / "<img src=x.png>"
    folder.mkdir()
    panel = window.panels["import"]
    window.show_panel("import")
    job, worst = _latency_while(qtbot, lambda: panel.import_csv(str(make(folder, 1))))
    qtbot.waitUntil(lambda: job.isFinished(), timeout=5000)
    qtbot.waitUntil(lambda: "Could not import" in panel.heading.text(), timeout=5000)
    assert "&lt;img src=x.png&gt;" in panel.heading.text()
    assert worst < FROZEN_MS
