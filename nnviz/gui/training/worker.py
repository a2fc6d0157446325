"""Runs the core's training generator on a worker thread: train, pause, step, slow motion, stop.

The GUI thread never runs a mini-batch. The worker's loop is busy while it trains, so commands
cannot arrive as queued slots; they are set through `TrainingWorker`'s methods, which write
plain attributes under a lock and wake the loop. A pause or step request also asks the trainer
to yield after the very next mini-batch (`snapshot_every = 1`), so it takes effect within one
mini-batch. Snapshots reach the views as signals carrying copies, at most `max_rate` per second
and, with back-pressure, only as often as the GUI can draw them in a quarter of its time: the
mini-batch costs of snapshots in between are merged, so the cost curve misses nothing.
"""

import threading
import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, Signal

from nnviz.core.errors import NnvizError
from nnviz.gui.training.pace import rate_at
from nnviz.gui.i18n import text_of

FULL_SPEED = None
CRUISE_SAMPLES = 2000   # at full speed, about this many samples between snapshots
GUI_SHARE = 0.25        # back-pressure keeps drawing to this share of the GUI thread's time
PACED_YIELDS = 60       # when slowed down, the trainer yields about this often a second


class TrainingWorker(QObject):
    snapshot_ready = Signal(object)      # core.training.Snapshot with copied w, b, batch_costs
    state_changed = Signal(str)          # "running", "paused", "finished", "stopped", "failed"
    training_failed = Signal(str)        # one sentence for the user

    def __init__(self, trainer, epochs, max_rate=30.0):
        super().__init__()
        self.trainer = trainer
        self.epochs = epochs
        self.max_rate = max_rate
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._paused = False
        self._stop = False
        self._steps_left = 0        # mini-batches to run while paused (step)
        self._until_epoch_end = False
        self._batches_per_second = FULL_SPEED
        self._pending = {}          # hyper-parameters to apply before the next mini-batch
        self._stop_after = None     # total step count after which to pause (screenshots, tests)
        self._normal_every = trainer.snapshot_every
        self.recorder = None        # recorder(snap, net) after every snapshot (replay history)
        self._state = None
        # Back-pressure (see `acknowledge`): off unless the receiver acknowledges snapshots.
        self.backpressure = False
        self._awaiting_ack = False
        self._gui_free_at = 0.0

    # ---- commands, called from the GUI thread -------------------------------------------------
    def pause(self):
        with self._lock:
            self._paused = True
            self.trainer.snapshot_every = 1
        self._wake.set()

    def resume(self):
        with self._lock:
            self._paused = False
            self._steps_left = 0
            self._until_epoch_end = False
        self._wake.set()

    def step_batch(self):
        with self._lock:
            self._paused = True
            self._steps_left += 1
            self.trainer.snapshot_every = 1
        self._wake.set()

    def step_epoch(self):
        with self._lock:
            self._paused = True
            self._until_epoch_end = True
        self._wake.set()

    def stop(self):
        with self._lock:
            self._stop = True
            self.trainer.snapshot_every = 1
        self._wake.set()

    def set_speed(self, batches_per_second):
        """None for full speed, a rate such as 1.0 (slow motion: one mini-batch a second), or
        a pace whose rate depends on the step (pace.LessonPace)."""
        with self._lock:
            self._batches_per_second = batches_per_second
            if batches_per_second is not None:
                self.trainer.snapshot_every = 1
        self._wake.set()

    def set_hyper(self, **values):
        """Learning rate or batch size, applied before the next mini-batch."""
        with self._lock:
            self._pending.update(values)
            self.trainer.snapshot_every = 1

    def acknowledge(self, busy_seconds):
        """The GUI has drawn the last snapshot, which took it `busy_seconds`.

        With `backpressure` on, the next snapshot waits for this and then for three times as
        long again, so drawing takes at most GUI_SHARE of the GUI thread however slow the
        machine: the frame rate drops instead of the window freezing. It is also the training
        thread's gain: Python code on the GUI thread holds the interpreter lock, so drawing
        more often would slow training nearly one for one. Costs in between are merged.
        """
        with self._lock:
            self._awaiting_ack = False
            self._gui_free_at = time.perf_counter() + busy_seconds * (1 / GUI_SHARE - 1)

    def _gui_ready(self, now):
        with self._lock:
            return not self.backpressure or (not self._awaiting_ack and now >= self._gui_free_at)

    def pause_at_step(self, step):
        with self._lock:
            self._stop_after = step
            self.trainer.snapshot_every = 1

    @property
    def paused(self):
        return self._paused

    # ---- the loop, on the worker thread -------------------------------------------------------
    def run(self):
        try:
            self._loop()
        except NnvizError as e:
            self._announce("failed")
            self.training_failed.emit(text_of(e))
        except Exception as e:  # a bug: the message reaches the user, the details the terminal
            traceback.print_exc()
            self._announce("failed")
            self.training_failed.emit(self.tr(   # translate() is thread-safe
                "Training stopped by an internal error: {error}. Press Reset to start "
                "again.").format(error=repr(e)))

    def _loop(self):
        pending_costs, last_emit = [], 0.0
        snapshots = self.trainer.snapshots(self.epochs)
        while True:
            if not self._wait_for_permission():
                self._announce("stopped")
                return
            self._announce("paused" if self._paused else "running")
            self._apply_pending()
            t_before, step_before = time.perf_counter(), self.trainer.step
            with self._lock:   # a user's single step: keep what it trained on and from where
                stepping_now = self._paused and self._steps_left > 0 and not self._until_epoch_end
            before = self.trainer.parameters() if stepping_now else None
            snap = next(snapshots, None)
            if snap is None:
                if pending_costs:
                    self._emit(pending_costs, last_snap)
                self._announce("finished")
                return
            last_snap = snap
            if stepping_now:
                snap.trained_on = self.trainer.batch_rows(snap.batch)
                snap.before = before
            if self.recorder is not None:   # core.history.History.offer: copies only when due
                self.recorder(snap, self.trainer.net)
            pending_costs.append(snap.batch_costs)
            stepping = self._after_batch(snap)
            now = time.perf_counter()
            if stepping or snap.epoch_end or (now - last_emit >= 1.0 / self.max_rate
                                              and self._gui_ready(now)):
                self._emit(pending_costs, snap)
                pending_costs, last_emit = [], now
            self._slow_down(t_before, snap.step - step_before, snap.step)

    def _wait_for_permission(self):
        """Block while paused with nothing to step; False when asked to stop."""
        while True:
            with self._lock:
                if self._stop:
                    return False
                if not self._paused or self._steps_left > 0 or self._until_epoch_end:
                    return True
                self._wake.clear()
            self._announce("paused")
            self._wake.wait(0.25)

    def _announce(self, state):
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _after_batch(self, snap):
        """Book-keeping after a snapshot; True when the user is stepping (emit every one)."""
        with self._lock:
            stepping = self._paused
            if self._steps_left > 0:
                self._steps_left -= 1
            if self._until_epoch_end and snap.epoch_end:
                self._until_epoch_end = False
            if self._stop_after is not None and snap.step >= self._stop_after:
                self._paused, self._stop_after, stepping = True, None, True
            rate = rate_at(self._batches_per_second, snap.step)
            fine = self._paused or self._stop_after is not None or self._pending
            self.trainer.snapshot_every = 1 if fine else self._cruise_every(snap.step) \
                if rate is None else self._paced_every(rate, snap.step)
        return stepping

    def _cruise_every(self, step):
        """Mini-batches between snapshots at full speed: few at first, when every step changes
        the picture (and the replay history, spaced step/64 apart, keeps nearly every one),
        then ~CRUISE_SAMPLES, so that a snapshot's book-keeping costs the trainer ~1 %."""
        cap = max(1, CRUISE_SAMPLES // max(self.trainer.batch_size, 1))
        return max(self._normal_every, min(step // 128, cap))

    def _paced_every(self, rate, step):
        """Slowed down: one mini-batch per yield up to PACED_YIELDS a second, then groups, so
        a fast pace is not spent waking the thread for every mini-batch."""
        return max(1, min(int(rate / PACED_YIELDS), self._cruise_every(step)))

    def _apply_pending(self):
        with self._lock:
            pending, self._pending = self._pending, {}
        for name, value in pending.items():
            setattr(self.trainer, name, value)

    def _slow_down(self, t_before, batches, step):
        """Wait until `batches` mini-batches, begun at t_before, have taken their time at the
        speed in force (the rate at `step`, for a pace)."""
        rate = rate_at(self._batches_per_second, step)
        if rate is None or self._paused or batches <= 0:
            return
        left = batches / rate - (time.perf_counter() - t_before)
        if left > 0:
            self._wake.clear()
            self._wake.wait(left)   # a pause, a step or stop wakes it early

    def _emit(self, costs, snap):
        """Send a copy: the views get their own arrays, the trainer keeps training its own."""
        snap.batch_costs = np.concatenate(costs) if len(costs) > 1 else costs[0]
        snap.w, snap.b = self.trainer.parameters()
        with self._lock:
            self._awaiting_ack = self.backpressure
        self.snapshot_ready.emit(snap)
