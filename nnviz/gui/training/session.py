"""One training run's lifetime: the trainer, its worker, and the thread that runs it.

The main window asks a `TrainingSession` to start, pause, step or stop and listens to its
signals; the session owns the QThread so that every path out — finishing, failing, Reset,
closing the window — stops the worker and joins the thread, and no "QThread: Destroyed while
thread is still running" can happen.
"""

import os
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from nnviz.gui.training.worker import TrainingWorker

# The trainer gathers its next block of images on a background thread (core/engine/batches.py) only if
# a core is free for it. On two cores the GUI thread needs the second: measured here, with the
# gathering on, training in the window ran 10 % faster but the event loop's p99 lateness rose
# from 29 ms to 37–41 ms and the views updated 8.5 instead of 10 times a second.
GATHER_AHEAD = (os.cpu_count() or 1) > 2


class TrainingSession(QObject):
    snapshot_ready = Signal(object)
    state_changed = Signal(str)
    training_failed = Signal(str)

    def __init__(self, trainer, epochs, parent=None):
        super().__init__(parent)
        self.trainer = trainer
        self.epochs = epochs
        self.worker = None
        self.thread = None
        self.state = "ready"
        self._speed = None
        self.recorder = None     # given to every worker: records the run for replay

    @property
    def running(self):
        """A worker is training or paused; False as soon as it has finished, stopped or failed,
        even while its thread is still unwinding (`start` waits for that)."""
        return self.thread is not None and self.thread.isRunning() \
            and self.state not in ("finished", "stopped", "failed")

    def start(self, paused=False):
        """Run `epochs` more epochs on a fresh worker thread (continuing the same trainer)."""
        if self.running:
            return
        if self.thread is not None:
            self.thread.wait()   # the previous run's thread has quit; let it finish unwinding
        self.state = "starting"  # until the new worker announces itself
        self.worker = TrainingWorker(self.trainer, self.epochs)
        self.worker.recorder = self.recorder
        self.worker.set_speed(self._speed)
        if paused:
            self.worker.pause()
        self.thread = QThread()
        self.thread.setObjectName("nnviz-training")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.backpressure = True
        self.worker.snapshot_ready.connect(self._on_worker_snapshot)
        self.worker.training_failed.connect(self.training_failed)
        self.worker.state_changed.connect(self._on_state_changed)
        self.thread.start()

    def _on_worker_snapshot(self, snap):
        """Pass a snapshot on, then tell the worker how long the GUI was busy with it.

        The views update now and repaint later; a zero timer fires once the event loop has
        worked through what the snapshot caused (repaints included), so that is when it ends.
        """
        worker = self.worker
        t0 = time.perf_counter()
        self.snapshot_ready.emit(snap)
        if worker is not None:
            QTimer.singleShot(0, self, lambda: worker.acknowledge(time.perf_counter() - t0))

    def _on_state_changed(self, state):
        self.state = state
        if state in ("finished", "stopped", "failed") and self.thread is not None:
            self.thread.quit()
        self.state_changed.emit(state)

    def pause(self):
        if self.worker:
            self.worker.pause()

    def resume(self):
        if self.running:
            self.worker.resume()
        else:
            self.start()

    def step_batch(self):
        if not self.running:
            self.start(paused=True)
        self.worker.step_batch()

    def step_epoch(self):
        if not self.running:
            self.start(paused=True)
        self.worker.step_epoch()

    def set_speed(self, rate):
        self._speed = rate
        if self.worker:
            self.worker.set_speed(rate)

    def set_hyper(self, **values):
        if self.running:
            self.worker.set_hyper(**values)
        else:
            for name, value in values.items():
                setattr(self.trainer, name, value)

    def pause_at_step(self, step):
        if self.worker:
            self.worker.pause_at_step(step)

    def stop(self, timeout_ms=10000):
        """Stop the worker and join its thread; safe to call at any time, more than once."""
        if self.worker:
            self.worker.stop()
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait(timeout_ms)
            self.thread = None
        self.worker = None
