"""Bad input in the window: broken dataset folders, bad model files, a corrupt settings file,
refused hyper-parameters and odd drawings. Each gives a defined state and, where a person must
be told, one dialog naming the file and the problem — and the app keeps running.

Dialogs are recorded instead of shown (QMessageBox's static functions are patched), so no test
ever waits on a modal window.
"""

import zipfile

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent

from bad_datasets import CASES, make_folder
from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    """One window for the module (building one takes seconds on a busy machine)."""
    import pyqtgraph as pg

    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    path = tmp_path_factory.mktemp("settings") / "nnviz.ini"
    w = MainWindow(Settings(QSettings(str(path), QSettings.Format.IniFormat)),
                   dataset="synthetic")
    w.lessons.pace_action.setChecked(False)   # these tests train at full speed
    w.show()
    from pytestqt.qtbot import QtBot
    QtBot(qapp).waitUntil(lambda: w.model.data is not None, timeout=60000)
    yield w
    w.close()
    w.deleteLater()


@pytest.fixture
def window(shared_window):
    """The shared window, put back to a known state after each test."""
    w = shared_window
    yield w
    w.training.stop()
    w.controls.set_train_size(len(w.model.data.train_images))
    w.controls.set_values({"layers": "784,16,16,10", "lr": 3.0, "batch_size": 10, "epochs": 30,
                           "momentum": 0.0})
    w.controls.reason.hide()
    if w.pad.stroke_count():
        w.pad.clear()


def still_works(qtbot, window):
    """The window is up, its model finite, and training still runs a mini-batch."""
    assert window.isVisible()
    assert all(np.all(np.isfinite(w)) for w in window.model.network.w)
    window.training.step_batch()
    qtbot.waitUntil(lambda: window.training.session is not None and window.training.session.trainer.step >= 1,
                    timeout=10000)
    window.training.stop()


# ---- dataset folders --------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES)
def test_a_broken_dataset_folder_gives_one_dialog(qtbot, window, dialogs, tmp_path, case):
    folder, words = make_folder(tmp_path, case)
    before = window.model.data
    job = window.loading.load_data("mnist", data_dir=str(folder))
    qtbot.waitUntil(lambda: job.isFinished() and bool(dialogs), timeout=20000)
    assert len(dialogs) == 1
    kind, title, text = dialogs[0]
    assert kind == "warning" and "dataset" in title.lower()
    for word in words:
        assert word in text, (word, text)
    assert "Traceback" not in text
    assert window.model.data is before                          # still training on what it had
    assert window.controls.values()["dataset"] == before.name
    assert window.settings.get("data_dir") != str(folder)   # a broken folder isn't remembered
    still_works(qtbot, window)


def test_a_chosen_folder_is_remembered_only_once_it_loads(qtbot, window, dialogs, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    folder, _ = make_folder(tmp_path, "a missing file")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.loading.choose_folder()
    qtbot.waitUntil(lambda: window.loading.job.isFinished() and bool(dialogs), timeout=20000)
    assert window.settings.get("data_dir") == ""
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(
        (folder / "train-labels-idx1-ubyte.gz").read_bytes())   # 30 labels where 10 belong
    dialogs.clear()
    window.loading.choose_folder()
    qtbot.waitUntil(lambda: window.loading.job.isFinished() and bool(dialogs), timeout=20000)
    assert "t10k-images" in dialogs[0][2] and "10 images" in dialogs[0][2]
    assert window.settings.get("data_dir") == ""


def test_a_failed_download_gives_a_dialog_and_retry_works(qtbot, window, dialogs, monkeypatch):
    import nnviz.gui.window.data_loading as loading
    from nnviz.core.errors import DownloadError
    data = window.model.data

    def refused(*args, **kwargs):
        raise DownloadError("could not download train-images-idx3-ubyte.gz from any mirror: "
                            "https://example.invalid (connection refused).")
    monkeypatch.setattr(loading, "load_dataset", refused)
    window.loading.download_mnist()
    qtbot.waitUntil(lambda: window.loading.job.isFinished() and bool(dialogs), timeout=20000)
    kind, title, text = dialogs[0]
    assert title == "Download failed" and "connection refused" in text and "try again" in text
    assert window.model.data is data
    monkeypatch.setattr(loading, "load_dataset", lambda *a, **k: data.subset(500, 100))
    window.loading.download_mnist()                      # the user presses Download again
    qtbot.waitUntil(lambda: window.model.data is not data, timeout=20000)
    assert len(window.model.data.train_images) == 500 and len(dialogs) == 1
    window.loading.data_loaded(data)


# ---- model files -------------------------------------------------------------------------------

def _arrays(net, **changes):
    arrays = {"format": np.array("nnviz-model"), "version": np.array(1),
              "sizes": np.array(net.sizes), "activation": np.array(net.activation),
              "output": np.array(net.output), "cost": np.array(net.cost)}
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        arrays[f"w{l}"], arrays[f"b{l}"] = w, b
    arrays.update(changes)
    return arrays


def _bad_model(path, case):
    net = Network.create((784, 16, 10), seed=3)
    if case == "not a zip":
        path.write_bytes(b"%PDF-1.4 certainly not a model" * 20)
        return "not an nnviz model"
    if case == "a zip that isn't ours":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "holiday photos")
        return "not an nnviz model"
    if case == "wrong shapes":
        np.savez(path, **_arrays(net, w1=np.zeros((10, 17), np.float32)))
        return "w1"
    if case == "NaN weights":
        w0 = net.w[0].copy()
        w0[3, 3] = np.nan
        np.savez(path, **_arrays(net, w0=w0))
        return "NaN"
    if case == "pickled objects":
        np.savez(path, **_arrays(net, w0=np.array([print, 1.0], dtype=object)))
        return "pickled"
    if case == "input size doesn't match the dataset":
        save_model(path, Network.create((100, 16, 10), seed=3))
        return "100 inputs"
    raise ValueError(case)


MODEL_CASES = ("not a zip", "a zip that isn't ours", "wrong shapes", "NaN weights",
               "pickled objects", "input size doesn't match the dataset")


@pytest.mark.parametrize("case", MODEL_CASES)
def test_a_bad_model_file_gives_one_dialog_and_keeps_the_model(qtbot, window, dialogs, tmp_path,
                                                              monkeypatch, case):
    from PySide6.QtWidgets import QFileDialog
    path = tmp_path / "their-model.npz"
    words = _bad_model(path, case)
    w_before = [w.copy() for w in window.model.network.w]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.files.open_model()   # File ▸ Load model…, through the real action's slot
    assert len(dialogs) == 1
    kind, title, text = dialogs[0]
    assert kind == "warning" and "their-model.npz" in text and words in text, text
    for a, b in zip(window.model.network.w, w_before):
        np.testing.assert_array_equal(a, b)
    still_works(qtbot, window)


def test_a_good_model_file_loads_after_bad_ones(qtbot, window, dialogs, tmp_path):
    _bad_model(tmp_path / "bad.npz", "pickled objects")
    assert not window.files.load_model_file(tmp_path / "bad.npz")
    good = save_model(tmp_path / "good.npz", Network.create((784, 20, 10), seed=5))
    assert window.files.load_model_file(good)
    assert window.model.network.sizes == (784, 20, 10)
    assert window.controls.values()["layers"] == (784, 20, 10)
    assert len(dialogs) == 1


# ---- settings file -----------------------------------------------------------------------------

HAND_EDITED = """[General]
lr=fast
batch_size=-5
epochs=20
activation=swish
layers=784
dataset=synthetic
seed=12
speed=1e9
momentum=0.5
log_scale=maybe
weights_mode=change
geometry=not bytes at all
window_state=@ByteArray(\\x1\\x2garbage)
autosave_every=-3
data_dir=a, b
l2=nan
"""


def _window_with(qtbot, path):
    import pyqtgraph as pg

    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    w = MainWindow(Settings(QSettings(str(path), QSettings.Format.IniFormat)), dataset="synthetic")
    w.lessons.pace_action.setChecked(False)   # these tests train at full speed
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    return w


def test_a_hand_edited_settings_file_keeps_good_keys_and_defaults_bad_ones(qtbot, tmp_path,
                                                                        dialogs):
    from nnviz.gui.settings import SCHEMA
    path = tmp_path / "nnviz.ini"
    path.write_text(HAND_EDITED)
    w = _window_with(qtbot, path)
    v = w.controls.values()
    kept = {"epochs": 20, "seed": 12, "momentum": 0.5, "activation": "sigmoid"}
    for key, value in kept.items():
        assert v[key] == value, key
    assert w.weights_view.mode() == "change"
    defaults = {k: SCHEMA[k][0] for k in ("lr", "batch_size", "speed", "l2", "autosave_every")}
    for key, value in defaults.items():
        assert v[key] == value, key
    assert v["layers"] == (784, 16, 16, 10)
    assert w.settings.get("data_dir") == "" and w.loading.data_dir is None
    assert w.cost_view.log_scale() is False
    assert not dialogs
    w.close()
    # Closing writes clean values back, so the next start reads them all.
    from nnviz.gui.settings import Settings
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.get("epochs") == 20 and again.get("lr") == SCHEMA["lr"][0]


@pytest.mark.parametrize("content", [b"\x00\xff\xfe garbage \x89PNG\r\n" * 300, b"[General\nlr",
                                     None])
def test_a_garbage_or_unreadable_settings_file_reads_as_defaults(tmp_path, content):
    """What the window reads at start (`Settings.all()`), for files no key can be read from."""
    from nnviz.gui.settings import SCHEMA, Settings
    path = tmp_path / "nnviz.ini"
    path.mkdir() if content is None else path.write_bytes(content)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    values = settings.all()
    for key, (default, _) in SCHEMA.items():
        assert values[key] == default, key
    settings.set("lr", 0.5)   # writing to it later fails quietly inside QSettings, no exception
    settings.q.sync()


# ---- hyper-parameters at the controls ----------------------------------------------------------

def _type(qtbot, spin, text, enter=True):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    if enter:
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize("control, text, words", [
    ("lr", "0", "learning rate must be a number from 0.0001"),
    ("lr", "-", "learning rate must be a number from 0.0001"),
    ("lr", "abc", "learning rate must be"),
    ("batch_size", "0", "batch size must be a whole number from 1"),
    ("batch_size", "-", "batch size must be a whole number from 1"),
    ("batch_size", "x", "batch size must be"),
    ("epochs", "0", "Epochs must be a whole number from 1"),
    ("momentum", "5", "Momentum must be a number from 0 to 0.999"),
])
def test_bad_hyper_parameters_are_refused_at_the_control_with_a_reason(qtbot, window, control,
                                                                       text, words):
    spin = getattr(window.controls, control)
    before = spin.value()
    _type(qtbot, spin, text)
    assert spin.value() == before
    reason = window.controls.reason
    assert reason.isVisibleTo(window.controls) and words in reason.text(), reason.text()
    _type(qtbot, spin, "0.5" if control == "momentum" else "2")   # a valid edit clears it
    assert not reason.isVisibleTo(window.controls)


def test_batch_size_is_capped_at_the_training_set_with_a_reason(qtbot, window):
    n = len(window.model.data.train_images)
    spin = window.controls.batch_size
    assert spin.maximum() == n
    _type(qtbot, spin, str(n * 10))
    assert spin.value() <= n
    assert f"{n:,} (the training set's size)" in window.controls.reason.text()


def test_a_batch_larger_than_the_dataset_is_refused_when_training_starts(qtbot, window, dialogs):
    window.controls.set_train_size(10**6)        # as if the cap were missing
    window.controls.batch_size.setValue(len(window.model.data.train_images) + 1)
    window.training.toggle_training()
    assert window.training.session is None
    assert len(dialogs) == 1 and "batch size" in dialogs[0][2]


@pytest.mark.parametrize("text", ["", "784", "784,,10", "784,abc,10", "784,0,10", "784;16;10",
                                  "-784,10"])
def test_bad_layer_lists_are_refused_and_reset_explains(qtbot, window, dialogs, text):
    layers = window.controls.layers
    layers.selectAll()
    qtbot.keyClicks(layers, text) if text else layers.clear()
    if not text:
        window.controls._check_layers("")   # clear() is not a user edit; check as typing would
    assert window.controls.values()["layers"] is None
    assert window.controls.layers_reason.text()
    sizes = window.model.network.sizes
    window.training.reset()
    assert window.model.network.sizes == sizes
    assert len(dialogs) == 1 and dialogs[0][2] == window.controls.layers_reason.text()


# ---- drawing pad edge cases --------------------------------------------------------------------

def _defined(window):
    """No drawing, or a finite 28×28 image with a prediction for it."""
    if window.model.drawing is None:
        return True
    x = window.model.drawing
    return x.shape == (784,) and np.all(np.isfinite(x)) and 0 <= x.min() and x.max() <= 1 \
        and window.prediction.winner() in range(10)


def _mouse(pad, kind, x, y):
    r = pad.canvas_rect()
    pos = QPointF(r.x() + x * r.width(), r.y() + y * r.height())
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease \
        else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    {QEvent.Type.MouseButtonPress: pad.mousePressEvent, QEvent.Type.MouseMove: pad.mouseMoveEvent,
     QEvent.Type.MouseButtonRelease: pad.mouseReleaseEvent}[kind](event)


def test_empty_canvas(qtbot, window):
    window.pad.clear()
    qtbot.wait(50)
    assert window.model.drawing is None and _defined(window)


def test_a_single_dot(qtbot, window):
    _mouse(window.pad, QEvent.Type.MouseButtonPress, 0.5, 0.5)
    _mouse(window.pad, QEvent.Type.MouseButtonRelease, 0.5, 0.5)
    qtbot.wait(50)
    assert window.model.drawing is not None and _defined(window)
    # Like any drawing, the dot is scaled to MNIST's 20-pixel box and centred: a round blob.
    img = window.model.drawing.reshape(28, 28)
    cy, cx = np.argwhere(img > 0).mean(axis=0)
    assert abs(cy - 13.5) < 2 and abs(cx - 13.5) < 2


def test_ink_on_every_edge_and_beyond(qtbot, window):
    frame = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    outside = [(-0.5, -0.5), (1.5, 0.5), (0.5, 1.7)]
    window.pad.draw_strokes([frame, outside])
    qtbot.wait(50)
    assert window.model.drawing is not None and _defined(window)
    window.pad.draw_strokes([[(x / 20, y) for x in range(21)] for y in np.linspace(0, 1, 40)])
    qtbot.wait(50)   # the whole canvas inked
    assert _defined(window)


def test_extremely_fast_strokes(qtbot, window):
    rng = np.random.default_rng(0)
    pad = window.pad
    for _ in range(5):   # each stroke jumps across the canvas in a few events, no pauses
        _mouse(pad, QEvent.Type.MouseButtonPress, *rng.uniform(-0.1, 1.1, 2))
        for x, y in rng.uniform(-0.2, 1.2, (30, 2)):
            _mouse(pad, QEvent.Type.MouseMove, x, y)
        _mouse(pad, QEvent.Type.MouseButtonRelease, *rng.uniform(0, 1, 2))
    qtbot.wait(100)
    assert window.model.drawing is not None and _defined(window)
    assert pad.stroke_count() >= 1
    window.pad.undo()
    window.pad.clear()
    qtbot.wait(50)
    assert window.model.drawing is None
