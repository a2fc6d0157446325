"""Soak: a long run of real MNIST at batch 10 with the window offscreen and every view live.

What a long run can reveal and a short one cannot: memory that grows with every snapshot,
Qt objects or threads that pile up, and a cost curve whose redraw gets slower as its history
grows. After the first epoch (caches warm, buffers sized) the process's resident memory may
grow by less than 50 MB over the rest of the run, the number of QObjects in the window and
of OS threads must not grow at all, the curve's drawn points stay bounded, and redrawing it at
the end costs about what it cost after the first epoch.

Length: 20 epochs of all 60,000 images by default. `NNVIZ_SOAK_EPOCHS` and `NNVIZ_SOAK_TRAIN`
shorten it for a quick local check; CI runs the default.
"""

import gc
import os
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, QSettings, QTimer

EPOCHS = int(os.environ.get("NNVIZ_SOAK_EPOCHS", 20))
TRAIN = int(os.environ.get("NNVIZ_SOAK_TRAIN", 60000))
MB = 2**20

pytestmark = [pytest.mark.slow, pytest.mark.mnist,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="reads memory and threads from /proc")]


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def os_threads():
    return len(os.listdir("/proc/self/task"))


def redraw_seconds(view, repeats=5):
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        view._redraw()
        view.grab()
        best = min(best, time.perf_counter() - t0)
    return best


def census(window, qapp):
    gc.collect()
    qapp.processEvents()
    return {"rss": rss(), "qobjects": len(window.findChildren(QObject)),
            "threads": os_threads(), "redraw": redraw_seconds(window.cost_view)}


def test_soak(qtbot, qapp, tmp_path, mnist, monkeypatch):
    import pyqtgraph as pg

    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings
    from nnviz.gui.views.cost_view import MAX_BINS
    monkeypatch.setenv("NNVIZ_DATA_HOME", str(tmp_path / "data-home"))
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    w = MainWindow(Settings(QSettings(str(tmp_path / "nnviz.ini"), QSettings.Format.IniFormat)),
                   dataset="synthetic")
    w.lessons.pace_action.setChecked(False)   # these tests train at full speed
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    data = mnist if TRAIN >= len(mnist.train_images) else mnist.subset(TRAIN, 10000)
    w.loading.data_loaded(data)                       # the real MNIST, as if loaded from a folder
    w.controls.apply_preset("lessons")      # the lessons' network (a first start shows 3b1b-96)
    w.controls.set_values({"lr": 3.0, "batch_size": 10, "epochs": EPOCHS, "autosave_every": 0})
    w.training.reset()

    ticks = []
    heartbeat = QTimer(interval=50, timeout=lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    bpe = -(-len(data.train_images) // 10)         # mini-batches per epoch
    t0 = time.perf_counter()
    w.training.step_batch()                                # starts the worker, paused after one batch
    session, trainer = w.training.session, w.training.session.trainer
    qtbot.waitUntil(lambda: trainer.step >= 1, timeout=60000)
    session.pause_at_step(bpe)                    # then runs to the end of the first epoch
    session.resume()
    qtbot.waitUntil(lambda: trainer.step >= bpe and session.state == "paused",
                    timeout=30 * 60 * 1000)
    first_epoch_s = time.perf_counter() - t0
    before = census(w, qapp)
    session.pause_at_step(EPOCHS * bpe)           # the same paused state, at the last step
    session.resume()
    qtbot.waitUntil(lambda: trainer.step >= EPOCHS * bpe and session.state == "paused",
                    timeout=60 * 60 * 1000)
    total_s = time.perf_counter() - t0
    heartbeat.stop()
    qtbot.wait(200)
    after = census(w, qapp)

    gaps = np.diff(ticks)
    print(f"\nsoak: {EPOCHS} epochs of {len(data.train_images):,} at batch 10: {total_s:.0f} s "
          f"(first epoch {first_epoch_s:.1f} s); RSS {before['rss'] / MB:.0f} → "
          f"{after['rss'] / MB:.0f} MB; QObjects {before['qobjects']} → {after['qobjects']}; "
          f"threads {before['threads']} → {after['threads']}; cost-curve redraw "
          f"{before['redraw'] * 1e3:.1f} → {after['redraw'] * 1e3:.1f} ms; GUI heartbeat gap "
          f"median {np.median(gaps) * 1e3:.0f} ms, max {gaps.max() * 1e3:.0f} ms")
    assert trainer.epoch == EPOCHS
    assert w.cost_view.n_costs() == trainer.step == EPOCHS * bpe
    if EPOCHS >= 10 and TRAIN >= 60000:          # the full run learns as the lessons say
        assert w.training.last_accuracy > 0.93
    assert after["rss"] - before["rss"] < 50 * MB
    assert after["qobjects"] <= before["qobjects"]
    assert after["threads"] <= before["threads"]
    assert len(w.cost_view.raw_curve.xData) <= 2 * MAX_BINS
    assert after["redraw"] < 3 * before["redraw"] + 0.05
    session.resume()
    qtbot.waitUntil(lambda: session.state == "finished", timeout=60000)
    w.close()
