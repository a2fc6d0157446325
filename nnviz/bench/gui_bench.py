"""The window while it trains, offscreen: what showing the training live costs.

* Speed with the views on versus off, measured alternately: "off" is a `TrainingSession` on a
  copy of the same network and data whose snapshots go nowhere; "on" is the window's own
  session, with the diagram, cost curve, weights and the pad's prediction all updating. Speed
  is samples seen over wall time, read from `session.trainer` while the event loop runs.
* Event-loop latency: a 5 ms precise timer runs while the window trains; how late each tick
  comes is how long the GUI thread was busy (p50, p99, max).
* Drawing pad: a synthesized mouse-move on the pad, paced like a real pen (every 20 ms), until
  the prediction view has new outputs — during training, the harder case.
* Cold start in a fresh interpreter (`cold_start`), and the resident memory at every epoch end
  while the window trains for `epochs` epochs.
It runs in a fresh interpreter of its own (`in_subprocess`), so that its memory is the
window's and not the benchmark's (which holds PyTorch's copy of the data, among others).
It leaves out real screens: offscreen, painting costs what it costs in memory, not on a GPU.
"""

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUN_EPOCHS = 10_000   # the window's planned run: long enough that it never ends mid-benchmark


def rss_mb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource   # peak, not current, where /proc is missing
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


def cold_start_seconds():
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "nnviz.bench.cold_start"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    seconds = time.perf_counter() - t0
    proc.wait(60)
    return seconds if line.strip() == "shown" else None


class Latency:
    """A 5 ms timer on the GUI thread; `late` collects how many ms late each tick came."""

    def __init__(self, interval_ms=5):
        from PySide6.QtCore import Qt, QTimer
        self.interval = interval_ms / 1000
        self.late, self.last, self.on = [], None, False
        self.timer = QTimer(interval=interval_ms, timeout=self._tick)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        if self.on and self.last is not None:
            self.late.append(max(0.0, now - self.last - self.interval) * 1000)
        self.last = now


@contextlib.contextmanager
def bench_window(data_dir, synthetic):
    """(app, window): the real main window offscreen with throwaway settings, its dataset
    loaded (window.model.data is None when it could not be); closed on exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    with tempfile.TemporaryDirectory(prefix="nnviz-bench-") as tmp:
        qsettings = QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)
        settings = Settings(qsettings)
        # The most epochs the window allows: with the default 30, the full benchmark's pairs
        # (~4 s at ~200k samples/s each) ended the run midway and measured 0 samples/s.
        settings.set("epochs", RUN_EPOCHS)
        settings.set("lesson_pace", False)   # the benchmark measures full speed
        window = MainWindow(settings, data_dir=data_dir,
                            dataset="synthetic" if synthetic else "mnist")
        try:
            window.resize(1600, 1000)
            window.show()
            wait(app, lambda: window.model.data is not None, 120)
            yield app, window
        finally:
            window.close()
            app.processEvents()
        del window, qsettings


def measure(data_dir, synthetic, seconds, epochs, say, pairs=None):
    with bench_window(data_dir, synthetic) as (app, window):
        if window.model.data is None:
            say("  GUI: the dataset did not load; GUI part skipped")
            return None
        result = run_window(app, window, seconds, epochs, pairs or (2 if seconds < 3 else 3), say)
    result["cold_start_seconds"] = cold_start_seconds()
    say(f"  GUI: cold start {result['cold_start_seconds']:.2f} s")
    return result


def wait(app, condition, seconds):
    """`wait_until` with a 1 ms poll: the pad's latency is timed across these waits."""
    from nnviz.gui.wait import wait_until
    return wait_until(app, condition, seconds, poll=0.001)


def dismiss_dialogs(app, seen):
    """A timer that closes any modal dialog (a message box would block the run for good),
    keeping its text in `seen` so the report says what the window wanted to tell the user."""
    from PySide6.QtCore import QTimer

    def close_modal():
        box = app.activeModalWidget()
        if box is not None:
            seen.append(getattr(box, "text", box.windowTitle)())
            box.close()
    timer = QTimer(interval=200, timeout=close_modal)
    timer.start()
    return timer


def run_window(app, window, seconds, epochs, pairs, say):
    from nnviz.gui.training.session import TrainingSession
    from nnviz.gui.views.sample_strokes import sample_strokes

    dialogs = []
    guard = dismiss_dialogs(app, dialogs)

    window.pad.draw_strokes(sample_strokes(3))   # so the prediction view updates live as well
    latency = Latency()
    ratios, on_speeds, off_speeds, frames, on_seconds = [], [], [], [], 0.0
    for k in range(pairs):
        off = TrainingSession(window.training.make_trainer(), 1000)
        off.start()
        off_speeds.append(speed(app, off.trainer, seconds))
        off.stop()
        if window.training.session is None:
            window.training.toggle_training()
            window.training.session.snapshot_ready.connect(lambda _snap: latency.on and frames.append(1))
        else:
            window.training.session.resume()
        latency.on, t0 = True, time.perf_counter()
        on_speeds.append(speed(app, window.training.session.trainer, seconds))
        latency.on, latency.last = False, None
        on_seconds += time.perf_counter() - t0
        window.training.session.pause()
        ratios.append(on_speeds[-1] / off_speeds[-1])
        say(f"  GUI pair {k + 1}/{pairs}: views off {off_speeds[-1]:,.0f}/s, "
            f"views on {on_speeds[-1]:,.0f}/s")
    window.training.session.resume()
    pad_ms = pad_latency(app, window, 40)
    rss = rss_over_epochs(app, window.training.session.trainer, epochs)
    batch_size = window.training.session.trainer.batch_size
    window.training.stop()
    latency.timer.stop()
    guard.stop()
    for text in dialogs:
        say(f"  GUI: the window showed a dialog during the run: {text}")
    late = latency.late
    say(f"  GUI: the views updated {len(frames) / on_seconds:.1f} times a second while training")
    say(f"  GUI: event-loop lateness p50 {percentile(late, 50):.1f} ms, p99 "
        f"{percentile(late, 99):.1f} ms; pad → outputs {statistics.median(pad_ms):.1f} ms; "
        f"RSS {rss[0]:.0f} → {rss[-1]:.0f} MB over {len(rss) - 1} epochs of live training")
    return {"train_speed_views_off": max(off_speeds), "train_speed_views_on": max(on_speeds),
            "train_speed_ratio_views_on": statistics.median(ratios),
            "train_speed_ratios_views_on": ratios,   # each pair's, to see the spread
            "frames_per_second_views_on": len(frames) / on_seconds,
            "event_loop_latency_ms_p50": percentile(late, 50),
            "event_loop_latency_ms_p99": percentile(late, 99),
            "event_loop_latency_ms_max": max(late, default=float("nan")),
            "drawing_pad_latency_ms_median": statistics.median(pad_ms),
            "drawing_pad_latency_ms_max": max(pad_ms),
            "batch_size": batch_size,
            "rss_mb_per_epoch": rss, "rss_mb_max": max(rss), "dialogs": dialogs}


def run_event_loop(seconds):
    """Run the real event loop for `seconds`: it sleeps in Qt until an event comes, as the app's
    does. (Polling with processEvents would wake the GUI thread every few ms, and each wake
    takes the interpreter lock from the training thread.)"""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(max(1, int(seconds * 1000)), loop.quit)
    loop.exec()


def speed(app, trainer, seconds):
    """Samples per second the trainer makes while the event loop runs for `seconds`."""
    wait(app, lambda: trainer.samples_seen > 0, 10)
    run_event_loop(min(0.3, seconds / 4))    # past the start-up
    s0, t0 = trainer.samples_seen, time.perf_counter()
    run_event_loop(seconds)
    return (trainer.samples_seen - s0) / (time.perf_counter() - t0)


def pad_latency(app, window, moves):
    """Milliseconds from a mouse-move event sent to the pad to new outputs in the prediction."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    pad, view = window.pad, window.prediction
    shown = []
    original = view.show_prediction
    view.show_prediction = lambda *a, **k: (original(*a, **k), shown.append(time.perf_counter()))
    r = pad.canvas_rect()

    def send(kind, fx, fy, button):
        pos = QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())
        pad_event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), button,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        app.sendEvent(pad, pad_event)

    result = []
    try:
        send(QEvent.Type.MouseButtonPress, 0.3, 0.3, Qt.MouseButton.LeftButton)
        for i in range(moves):
            wait(app, lambda: False, 0.02)
            n = len(shown)
            t0 = time.perf_counter()
            send(QEvent.Type.MouseMove, 0.3 + 0.4 * i / moves, 0.3 + 0.4 * (i % 7) / 7,
                 Qt.MouseButton.NoButton)
            if wait(app, lambda: len(shown) > n, 1.0):
                result.append((shown[n] - t0) * 1000)
        send(QEvent.Type.MouseButtonRelease, 0.7, 0.7, Qt.MouseButton.LeftButton)
    finally:
        del view.show_prediction
    return result


def rss_over_epochs(app, trainer, epochs, limit=None):
    """RSS in MB now and at the end of each of the next `epochs` epochs of live training,
    or of as many as end within `limit` seconds (a busy machine must not hang the benchmark)."""
    rss, epoch = [rss_mb()], trainer.epoch
    deadline = time.perf_counter() + (limit or 60 + 30 * epochs)
    for target in range(epoch + 1, epoch + epochs + 1):
        left = deadline - time.perf_counter()
        if not wait(app, lambda: trainer.epoch >= target, left):   # epoch target − 1 has ended
            break
        rss.append(rss_mb())
    return rss


def in_subprocess(data_dir, synthetic, seconds, epochs):
    """`measure` in a fresh interpreter; its progress lines pass through to stderr."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = [sys.executable, "-m", "nnviz.bench.gui_bench", json.dumps(
        {"data_dir": data_dir, "synthetic": synthetic, "seconds": seconds, "epochs": epochs})]
    proc = subprocess.run(args, env=env, stdout=subprocess.PIPE, text=True)
    lines = proc.stdout.strip().splitlines()
    return json.loads(lines[-1]) if proc.returncode == 0 and lines else None


def main(argv):
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)      # as the app does
    o = json.loads(argv[0])
    say = (lambda text: print(text, file=sys.stderr, flush=True))
    print(json.dumps(measure(o["data_dir"], o["synthetic"], o["seconds"], o["epochs"], say)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
