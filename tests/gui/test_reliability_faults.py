"""Faults during training, as the window meets them: divergence, a bug in the worker, Ctrl+C,
and autosave. The user is told what happened and what to try, the parameters shown stay
finite, and Train works again afterwards; nothing hangs and no thread is left behind.
"""

import os
import signal
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from child_process import interrupt, running
from nnviz.core.files.model_io import load_model, save_model
from nnviz.core.network import Network
from nnviz.core.training import Trainer

REPO = Path(__file__).resolve().parents[2]


def finite(net):
    return all(np.all(np.isfinite(a)) for a in net.w + net.b)


def test_divergence_is_reported_with_what_to_try_and_training_restarts(qtbot, window, dialogs):
    # η ≤ 100 (the control's range) never overflows this float32 network on these digits
    # (measured: no activation/output/cost combination diverged in an epoch), so the far-too-
    # high rate goes in through the same path the control uses.
    assert window.training.ensure_session()
    window.training.session.set_hyper(lr=1e300)
    with np.errstate(all="ignore"):
        window.training.toggle_training()
        qtbot.waitUntil(lambda: window.training.session.state == "failed" and bool(dialogs),
                        timeout=20000)
    kind, title, text = dialogs[0]
    assert title == "Training stopped"
    assert "learning rate" in text and "smaller learning rate" in text and "kept" in text
    assert window.training.session.trainer.step <= 1          # caught at the first bad mini-batch
    assert finite(window.model.network) and finite(window.training.session.trainer.net)
    qtbot.waitUntil(lambda: window.training.act_train.text() == "Train", timeout=5000)
    window.controls.lr.setValue(0.5)                 # the user lowers η and presses Train
    assert window.training.session.trainer.lr == 0.5
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.trainer.step >= 30, timeout=30000)
    window.training.session.pause()
    qtbot.waitUntil(lambda: window.training.session.state == "paused", timeout=5000)
    assert finite(window.model.network) and len(dialogs) == 1


def test_an_exception_in_the_worker_reaches_the_user_and_train_restarts(qtbot, window, dialogs,
                                                                        monkeypatch, capfd):
    original = Trainer.stepper

    def broken(self):
        raise RuntimeError("a bug in the step")
    monkeypatch.setattr(Trainer, "stepper", broken)
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.state == "failed" and bool(dialogs), timeout=20000)
    kind, title, text = dialogs[0]
    assert title == "Training stopped" and "internal error" in text and "a bug in the step" in text
    assert "Traceback" not in text
    assert "Traceback" in capfd.readouterr().err    # the details go to the terminal
    monkeypatch.setattr(Trainer, "stepper", original)
    window.training.toggle_training()                         # the same button starts a fresh worker
    qtbot.waitUntil(lambda: window.training.session.trainer.step >= 5, timeout=20000)
    window.training.session.pause()
    qtbot.waitUntil(lambda: window.training.session.state == "paused", timeout=5000)
    assert len(dialogs) == 1


def test_closing_mid_epoch_stops_the_thread_promptly(qtbot, window):
    window.controls.batch_size.setValue(1)           # many tiny steps: certainly mid-epoch
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session is not None and window.training.session.trainer.step > 50,
                    timeout=20000)
    thread = window.training.session.thread
    assert window.training.session.trainer.step < len(window.model.data.train_images)
    t0 = time.perf_counter()
    window.close()
    assert not thread.isRunning()
    print(f"closed mid-epoch in {time.perf_counter() - t0:.3f} s")


# ---- Ctrl+C in the terminal -------------------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_ctrl_c_mid_training_exits_cleanly(tmp_path, sig):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               PYTHONPATH=str(REPO), NNVIZ_AUTOTRAIN="1", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               NNVIZ_DATA_HOME=str(tmp_path / "data"), NNVIZ_CACHE=str(tmp_path / "cache"),
               PYTHONFAULTHANDLER="1")
    with running([sys.executable, "-m", "nnviz", "gui", "--dataset", "synthetic"], env,
                 REPO) as child:
        line = child.stdout.readline()               # printed once mini-batches are running
        assert line.strip() == "nnviz: autotrain: training", (line, child.stderr.read())
        time.sleep(0.5)
        code, err, elapsed = interrupt(child, sig)
    assert code in (0, 130), (code, err)
    assert "Traceback" not in err and "QThread: Destroyed" not in err, err
    assert elapsed < 10, f"took {elapsed:.1f} s to exit"
    # The window closed normally, so it saved its settings on the way out.
    assert any((tmp_path / "cfg").rglob("*.conf"))


# ---- autosave ----------------------------------------------------------------------------------

@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "nnviz-data"
    monkeypatch.setenv("NNVIZ_DATA_HOME", str(home))
    return home


def test_autosave_every_epoch_and_restore(qtbot, window, data_home, dialogs):
    from nnviz.core.files.autosave import autosave_path
    assert autosave_path() == data_home / "autosave.npz"
    window.controls.autosave.setValue(1)
    window.controls.set_values({"epochs": 1})
    window.controls.batch_size.setValue(100)        # an epoch of the synthetic set is quick
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.state == "finished", timeout=60000)
    qtbot.wait(100)
    saved, classes = load_model(data_home / "autosave.npz")
    for a, b in zip(saved.w, window.model.network.w):
        np.testing.assert_array_equal(a, b)         # exactly the epoch's parameters
    assert [p.name for p in data_home.iterdir()] == ["autosave.npz"]   # no temporary left
    assert window.autosave.act_restore.isEnabled()
    window.training.reset()                                   # new random weights …
    assert not np.array_equal(window.model.network.w[0], saved.w[0])
    window.autosave.restore_autosave()                        # … and the autosave brings them back
    np.testing.assert_array_equal(window.model.network.w[0], saved.w[0])
    assert not dialogs


def test_autosave_off_writes_nothing(qtbot, window, data_home):
    window.controls.set_values({"epochs": 1, "autosave_every": 0})
    window.controls.batch_size.setValue(100)
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.state == "finished", timeout=60000)
    assert not data_home.exists()


def test_a_waiting_autosave_is_offered_at_start_without_a_modal(qtbot, settings, data_home,
                                                               dialogs):
    from nnviz.gui.window.main_window import MainWindow
    data_home.mkdir()
    save_model(data_home / "autosave.npz", Network.create((784, 12, 10), seed=4))
    w = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    assert w.autosave.act_restore.isEnabled()
    assert "Restore autosave" in w.statusBar().currentMessage()
    assert not dialogs                               # offered, never forced on the user
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    w.autosave.restore_autosave()
    assert w.model.network.sizes == (784, 12, 10)
    w.close()


def test_a_damaged_autosave_is_refused_with_a_dialog(qtbot, window, data_home, dialogs):
    data_home.mkdir()
    (data_home / "autosave.npz").write_bytes(b"half a model")
    sizes = window.model.network.sizes
    window.autosave.restore_autosave()
    assert window.model.network.sizes == sizes
    assert len(dialogs) == 1 and "autosave.npz" in dialogs[0][2]


def test_an_unwritable_autosave_folder_is_reported_quietly(qtbot, window, tmp_path, monkeypatch,
                                                           dialogs):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("NNVIZ_DATA_HOME", str(blocker))
    window.controls.set_values({"epochs": 1, "autosave_every": 1})
    window.controls.batch_size.setValue(100)
    window.training.toggle_training()
    qtbot.waitUntil(lambda: window.training.session.state == "finished", timeout=60000)
    assert not dialogs                               # training is never interrupted by it
    assert "Autosave failed" in window.controls.autosave.toolTip()


# ---- back-pressure: the worker never floods a busy GUI -----------------------------------------

def test_a_gui_that_has_not_drawn_the_last_snapshot_gets_no_new_one(qapp):
    """Until the GUI acknowledges a snapshot, further ones are merged into the next (the
    epoch's end is always sent): a slow machine sees fewer frames, never a frozen window."""
    from nnviz.gui.training.worker import TrainingWorker
    rng = np.random.default_rng(0)
    x = rng.random((2000, 12), dtype=np.float32)
    labels = rng.integers(0, 3, 2000)
    got = []
    for backpressure in (False, True):
        trainer = Trainer(Network.create((12, 5, 3)), x, labels, lr=0.5, batch_size=10,
                          snapshot_every=1)
        worker = TrainingWorker(trainer, epochs=1, max_rate=1e9)   # no time-based throttle
        worker.backpressure = backpressure
        snaps = []
        worker.snapshot_ready.connect(snaps.append)
        worker.run()                                  # on this thread: direct, deterministic
        assert sum(len(s.batch_costs) for s in snaps) == 200   # no mini-batch cost lost
        got.append(len(snaps))
    assert got[0] == 200                              # without it: one per mini-batch
    assert got[1] == 2                                # with it and no acknowledgement: first, end


def test_snapshots_thin_out_as_training_runs_and_drawing_keeps_to_a_quarter(qapp):
    """At full speed the worker asks for a snapshot every few mini-batches at first (the replay
    history keeps steps step/64 apart) and then every ~2,000 samples; after a frame that took
    the GUI t seconds, the next waits 3t, so drawing takes at most a quarter of the GUI thread."""
    from nnviz.gui.training.worker import CRUISE_SAMPLES, TrainingWorker
    x = np.random.default_rng(0).random((100, 12), dtype=np.float32)
    trainer = Trainer(Network.create((12, 5, 3)), x, np.arange(100) % 3, batch_size=10,
                      snapshot_every=10)
    worker = TrainingWorker(trainer, epochs=1)
    every = [worker._cruise_every(step) for step in (1, 1_000, 2_000, 20_000, 10**6)]
    assert every == [10, 10, 15, 156, CRUISE_SAMPLES // 10]
    assert all(step // e >= 64 for step, e in zip((2_000, 20_000), every[2:4]))
    trainer.batch_size = 100
    assert worker._cruise_every(10**6) == CRUISE_SAMPLES // 100
    worker.backpressure = True
    before = time.perf_counter()
    worker.acknowledge(0.010)
    assert not worker._gui_ready(before + 0.025)
    assert worker._gui_ready(time.perf_counter() + 0.031)
