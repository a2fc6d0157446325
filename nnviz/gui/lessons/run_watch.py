"""What the lessons add to a training run: the lesson pace, hints, the F10 result, the replay offer.

`RunWatcher` owns the "Lesson pace" and "Full speed" actions (the pace a new run gets), follows
each run's snapshots to route an F10 step's mini-batch to the backprop panel, to word the
training hints (`hints.py`) with a *Try it* button in the status bar, and, when a run's first
epoch went by too fast to follow, to offer replaying it from the replay bar. It hears of every
new run from the training controller (`run_started`); the lesson controller puts its actions in
the menus. Everything goes through the window's public parts and its controllers.
"""

import time

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton

from nnviz.core.network import Network
from nnviz.gui import theme
from nnviz.gui.lessons.hints import HintWatcher
from nnviz.gui.training.pace import LessonPace
from nnviz.gui.widgets.controls import speed_from_slider
from nnviz.gui.widgets.status_line import StatusLine

FAST_FIRST_EPOCH = 10.0   # seconds: a first epoch quicker than this was too fast to follow


class RunWatcher(QObject):
    def __init__(self, window, lesson_pace=True):
        super().__init__(window)
        self.window = window
        self.session = None
        self.showing = False           # a lesson's Show me is acting (its speed is not the learner's)
        self._run_started = None
        self.first_epoch_seconds = None
        self.hints = HintWatcher(self)
        self.hints.hint_changed.connect(self._on_hint_changed)
        self._build_status(window.statusBar())
        self._build_actions(window)
        self._build_replay_offer(window.replay.timeline.parentWidget())
        window.controls.speed_changed.connect(self._on_speed_changed)
        window.training.run_started.connect(self.attach_session)
        self.pace_action.setChecked(bool(lesson_pace))

    def _build_status(self, bar):
        self.hint_label = StatusLine()      # elided, never wider than the status bar
        theme.tint(self.hint_label, "warning")
        self.hint_label.hide()
        # beside the message area, at its own width (it had 3/4 of the bar and hid messages);
        # narrow, it is elided and the message or status line keeps the rest
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar.insertPermanentWidget(1, self.hint_label)     # after the status line (index 0)
        self.hint_try = QToolButton(text=self.tr("Try it"))
        self.hint_try.setToolTip(self.tr("Apply the setting the hint suggests"))
        self.hint_try.clicked.connect(self.try_hint)
        self.hint_try.hide()
        bar.insertPermanentWidget(2, self.hint_try)

    def _build_actions(self, w):
        self.pace_action = QAction(self.tr("Lesson pace"), w, checkable=True)
        self.pace_action.setToolTip(self.tr(
            "Lesson pace: the first mini-batches slowly, faster as the cost flattens, so the "
            "first epoch takes about half a minute. Off: the Speed slider's pace."))
        self.pace_action.toggled.connect(self._on_pace_toggled)
        self.full_action = QAction(self.tr("Full speed"), w)
        self.full_action.setToolTip(self.tr("Train as fast as the machine can (Speed: full)"))
        self.full_action.triggered.connect(self.full_speed)

    def add_actions(self, menus):
        for place in (menus.toolbar, menus.train):
            place.addSeparator()
            place.addAction(self.pace_action)
            place.addAction(self.full_action)

    def _build_replay_offer(self, bar):
        self.replay_first = QToolButton(text=self.tr("◀◀ Watch the first epoch"))
        self.replay_first.setToolTip(self.tr(
            "The run went by fast, but the replay kept its first epoch densely: play it slowly"))
        self.replay_first.clicked.connect(self.watch_first_epoch)
        self.replay_first_action = bar.addWidget(self.replay_first) if hasattr(bar, "addWidget") \
            else None
        self._set_replay_offer(False)

    # ---- pace ------------------------------------------------------------------------------
    def speed(self):
        """What a new run's speed is: the lesson pace, or the Speed slider's rate."""
        if self.pace_action.isChecked():
            return LessonPace()
        return speed_from_slider(self.window.controls.values()["speed"])

    def _on_pace_toggled(self, on):
        if self.window.training.session is not None:
            self.window.training.session.set_speed(self.speed())

    def _on_speed_changed(self, rate):
        """The learner moved the Speed slider: that speed, not the lesson pace, from now on."""
        if not self.showing and self.pace_action.isChecked():
            self.pace_action.setChecked(False)

    def full_speed(self):
        self.window.controls.speed.setValue(100)
        self.pace_action.setChecked(False)
        if self.window.training.session is not None:
            self.window.training.session.set_speed(None)

    # ---- the training run ------------------------------------------------------------------
    def attach_session(self, session):
        """A new training run: give it the pace and follow its snapshots."""
        self.session = session
        session.set_speed(self.speed())
        session.snapshot_ready.connect(self._on_snapshot)
        self.hints.new_run()
        self._run_started = None
        self._set_replay_offer(False)

    def _on_snapshot(self, snap):
        w = self.window
        if self._run_started is None:
            self._run_started = time.perf_counter() - (snap.seconds if snap.step > 1 else 0.0)
        net = w.model.network
        if snap.trained_on is not None and snap.before is not None and "backprop" in w.panels:
            before = Network(net.sizes, net.activation, net.output, net.cost, *snap.before)
            after = Network(net.sizes, net.activation, net.output, net.cost, snap.w, snap.b)
            panel = w.panels["backprop"]
            panel.show_trained_batch(before, after, snap.trained_on)
            result = panel.batch_page.step_result
            if result is not None:
                w.statusBar().showMessage(self.tr(
                    "Step mini-batch: the cost of its {n} images went {b:.4f} → {a:.4f} (the "
                    "Backprop panel's Mini-batch page shows them).").format(
                    n=result[2], b=result[0], a=result[1]), 10000)
        self.hints.on_snapshot(snap, net, w.model.data)
        if snap.epoch_end and snap.epoch == 1:
            seconds = time.perf_counter() - self._run_started
            self.first_epoch_seconds = seconds
            if seconds < FAST_FIRST_EPOCH:
                self._set_replay_offer(True)
                w.statusBar().showMessage(self.tr(
                    "The first epoch went by in {s:.1f} s. It is where most of the learning "
                    "happens, and the replay kept it densely: press ◀◀ Watch the first epoch, "
                    "or scrub back.").format(s=seconds), 15000)

    def watch_first_epoch(self):
        replay = self.window.replay
        if replay.history is None or not len(replay.history):
            return
        replay.show_moment(0)
        replay.timeline.play()

    def _set_replay_offer(self, on):
        if self.replay_first_action is not None:
            self.replay_first_action.setVisible(on)

    def _on_hint_changed(self, line, why):
        self.hint_label.setText(line)
        self.hint_label.setVisible(bool(line))
        self.hint_try.setVisible(bool(line))
        self.hint_label.setToolTip(why)

    def try_hint(self):
        """Apply the hint's setting: η at once (training goes on); anything about the network
        itself through the controls and Reset, since it needs a new network."""
        hint = self.hints.hint
        if hint is None:
            return
        w, setting = self.window, dict(hint.setting)
        lr = setting.pop("lr", None)
        hidden = setting.pop("hidden", None)
        if hidden is not None:
            sizes = w.model.network.sizes
            setting["layers"] = ",".join(map(str, (sizes[0], hidden, hidden, sizes[-1])))
        if setting:
            w.controls.set_values(setting)
            w.training.reset()
        if lr is not None:
            w.controls.set_values({"lr": lr})
            w.controls.lr_changed.emit(lr)
        self.hints.new_run()
