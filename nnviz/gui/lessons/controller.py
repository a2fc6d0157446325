"""The lesson controller: the Lessons menu, the guide's Show me, ticks, the pace and the hints.

Choosing a lesson arranges the window (the network it starts from, the views in front, the pace)
and opens the guide beside the views. *Show me* carries out the step's actions (`texts.py`) on
the window through its public methods; what the learner does (draws, steps, drags η …) ticks
the steps that asked for it. The controller also owns the lesson pace switch ("Lesson pace" /
"Full speed"), routes an F10 step's mini-batch to the backprop panel, words the training hints
(`hints.py`) and, after a run too fast to follow, offers to replay its first epoch. Nothing here
is modal: the guide is a dock and every control stays usable.
"""

import time

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar, QToolButton

from nnviz.core.network import Network
from nnviz.gui.lessons import texts
from nnviz.gui.lessons.guide import GuidePanel
from nnviz.gui.lessons.hints import HintWatcher
from nnviz.gui.training.pace import LessonPace
from nnviz.gui.views.sample_strokes import sample_strokes
from nnviz.gui.widgets.controls import speed_from_slider

FAST_FIRST_EPOCH = 10.0   # seconds: a first epoch quicker than this was too fast to follow


class LessonController(QObject):
    def __init__(self, window, lesson_pace=True):
        super().__init__(window)
        self.window = window
        self.lessons = {lesson.number: lesson for lesson in texts.lessons()}
        self.lesson = None
        self.session = None
        self._showing = False          # Show me is acting: what it does ticks nothing
        self._run_started = None
        self.guide = GuidePanel()
        self.guide.show_me_requested.connect(self.show_me)
        self.dock = QDockWidget(self.tr("Lesson guide"), window)
        self.dock.setObjectName("dock_lesson_guide")
        self.dock.setWidget(self.guide)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.splitDockWidget(self.dock, window.docks["controls"], Qt.Orientation.Vertical)
        self.dock.hide()
        self.hints = HintWatcher(self)
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: #ffd54f;")
        self.hint_label.hide()
        window.statusBar().insertPermanentWidget(0, self.hint_label, 3)
        self.hint_try = QToolButton(text=self.tr("Try it"))
        self.hint_try.setToolTip(self.tr("Apply the setting the hint suggests"))
        self.hint_try.clicked.connect(self.try_hint)
        self.hint_try.hide()
        window.statusBar().insertPermanentWidget(1, self.hint_try)
        self.hints.hint_changed.connect(self._on_hint_changed)
        self._build_actions(lesson_pace)
        self._connect_events()

    # ---- menu and toolbar ------------------------------------------------------------------
    def _build_actions(self, lesson_pace):
        w = self.window
        menu = self.menu = w.menuBar().addMenu(self.tr("&Lessons"))
        help_action = next((a for a in w.menuBar().actions() if a.text() == "&Help"), None)
        if help_action is not None:
            w.menuBar().insertMenu(help_action, menu)
        self.lesson_actions = {}
        for number in (1, 2, 3, 4, 0):
            lesson = self.lessons[number]
            text = f"&{number} · {lesson.title}" if number else lesson.title
            action = menu.addAction(text)
            if number:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            else:
                menu.insertSeparator(action)
            action.triggered.connect(lambda _=False, n=number: self.open_lesson(n))
            self.lesson_actions[number] = action
        self.pace_action = QAction(self.tr("Lesson pace"), w, checkable=True, checked=lesson_pace)
        self.pace_action.setToolTip(self.tr(
            "Lesson pace: the first mini-batches slowly, faster as the cost flattens, so the "
            "first epoch takes about half a minute. Off: the Speed slider's pace."))
        self.pace_action.toggled.connect(self._on_pace_toggled)
        self.full_action = QAction(self.tr("Full speed"), w)
        self.full_action.setToolTip(self.tr("Train as fast as the machine can (Speed: full)"))
        self.full_action.triggered.connect(self.full_speed)
        toolbar = w.findChild(QToolBar, "toolbar_training")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.pace_action)
            toolbar.addAction(self.full_action)
        train_menu = next((a.menu() for a in w.menuBar().actions() if a.text() == "&Train"), None)
        if train_menu is not None:
            train_menu.addSeparator()
            train_menu.addAction(self.pace_action)
            train_menu.addAction(self.full_action)
        self.replay_first = QToolButton(text=self.tr("◀◀ Watch the first epoch"))
        self.replay_first.setToolTip(self.tr(
            "The run went by fast, but the replay kept its first epoch densely: play it slowly"))
        self.replay_first.clicked.connect(self.watch_first_epoch)
        bar = w.timeline.parentWidget()
        self.replay_first_action = bar.addWidget(self.replay_first) if hasattr(bar, "addWidget") \
            else None
        self._set_replay_offer(False)

    def _connect_events(self):
        w = self.window
        w.pad.drawing_changed.connect(lambda *_: self._event("drawn"))
        w.act_step.triggered.connect(lambda: self._event("stepped"))
        w.act_train.triggered.connect(lambda: self._event("trained"))
        w.controls.lr_changed.connect(lambda *_: self._event("lr_changed"))
        w.controls.speed_changed.connect(self._on_speed_changed)
        w.network_view.neuron_clicked.connect(
            lambda layer, _: layer == 1 and self._event("neuron_clicked"))
        w.timeline.moment_chosen.connect(lambda *_: self._event("scrubbed"))
        chain, backprop = w.panels.get("chain"), w.panels.get("backprop")
        if chain is not None:
            chain.sliders["w"].valueChanged.connect(lambda *_: self._event("chain_moved"))
        if backprop is not None:
            backprop.wanted.idClicked.connect(lambda *_: self._event("target_chosen"))
            backprop.batch_page.pick_requested.connect(lambda: self._event("batch_picked"))

    # ---- lessons ---------------------------------------------------------------------------
    def open_lesson(self, number):
        """Arrange the window for lesson `number` (0: free exploration) and open its guide."""
        lesson = self.lessons.get(int(number))
        if lesson is None:
            return False
        self.lesson = lesson
        w = self.window
        self._showing = True
        try:
            if lesson.network == "pretrained" and not w.model_caption.startswith("pretrained"):
                self._do_pretrained()
            elif lesson.network == "fresh":
                self._do_fresh()
            if lesson.number:
                self.pace_action.setChecked(lesson.pace or self.pace_action.isChecked())
            w.default_layout()                    # every lesson starts from the same place
            right = Qt.DockWidgetArea.RightDockWidgetArea
            for key, dock in w.docks.items():
                if key in lesson.hide or key.removeprefix("panel_") in lesson.hide or \
                        "right" in lesson.hide and w.dockWidgetArea(dock) == right:
                    dock.hide()
            for key in reversed(lesson.views):
                w.show_panel(key)
            self._make_large(lesson.views[0])
        finally:
            self._showing = False
        if lesson.steps:
            self.guide.set_lesson(lesson)
            self.dock.show()
            self.dock.raise_()
            h = w.height()     # the guide gets most of the left column; the controls scroll
            w.resizeDocks([self.dock, w.docks["controls"]], [int(h * 0.62), int(h * 0.38)],
                          Qt.Orientation.Vertical)
        else:
            self.dock.hide()
        return True

    def _make_large(self, key):
        w = self.window
        dock = w.docks.get(key) or w.docks.get(f"panel_{key}")
        if dock is None:
            return
        if w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
            w.resizeDocks([dock], [int(w.width() * 0.4)], Qt.Orientation.Horizontal)
        elif w.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            w.resizeDocks([dock], [int(w.height() * 0.5)], Qt.Orientation.Vertical)

    def show_me(self, index):
        """Put the app in the state step `index` of the open lesson talks about."""
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        self._showing = True
        try:
            for action, args in self.lesson.steps[index].show:
                getattr(self, f"_do_{action}")(**args)
        finally:
            self._showing = False

    def _event(self, name):
        """The learner did `name`: tick every step of the open lesson that asked for it."""
        if self._showing or self.lesson is None:
            return
        for i, step in enumerate(self.lesson.steps):
            if step.task == name:
                self.guide.tick(i)

    # ---- what Show me can do ---------------------------------------------------------------
    def _do_show(self, keys):
        for key in reversed(keys):
            self.window.show_panel(key)

    def _do_pretrained(self):
        self.window.load_pretrained_network()

    def _do_fresh(self):
        self.window.controls.apply_preset("lessons")
        self.window.reset()

    def _do_example(self, digit):
        """Hold the first training example of `digit` in the diagram (the pad cleared)."""
        w = self.window
        if w.data is None:
            return
        w.pad.clear()
        w.drawing = None
        i = int(np.flatnonzero(w.data.train_labels == digit)[0])
        w.hold_input(w.data.train_images[i], digit, self.tr("training example {i:,}").format(i=i))

    def _do_draw(self, digit):
        self.window.pad.clear()
        self.window.pad.draw_strokes(sample_strokes(digit))

    def _do_neuron(self, index):
        self.window.network_view.open_neuron(index)

    def _do_step(self):
        self.window.step_batch()

    def _do_train(self):
        s = self.window.session
        if s is None or not s.running or s.worker.paused:
            self.window.toggle_training()

    def _do_lr(self, value):
        controls = self.window.controls
        controls.set_values({"lr": value})
        controls.lr_changed.emit(value)

    def _do_replay_start(self):
        w = self.window
        if w.history is not None and len(w.history):
            w.show_moment(0)

    def _do_backprop_page(self, page):
        self.window.show_panel("backprop")
        self.window.panels["backprop"].pages.setCurrentIndex(page)

    def _do_backprop_target(self, digit):
        self._do_backprop_page(0)
        self.window.panels["backprop"].choose_target(digit)

    def _do_backprop_batch(self):
        self.window.show_panel("backprop")
        panel = self.window.panels["backprop"]
        panel.show_batch_page()
        panel.pick_batch()

    def _do_chain(self, **values):
        self.window.show_panel("chain")
        self.window.panels["chain"].set_values(**values)

    # ---- pace ------------------------------------------------------------------------------
    def speed(self):
        """What a new run's speed is: the lesson pace, or the Speed slider's rate."""
        if self.pace_action.isChecked():
            return LessonPace()
        return speed_from_slider(self.window.controls.values()["speed"])

    def _on_pace_toggled(self, on):
        if self.window.session is not None:
            self.window.session.set_speed(self.speed())

    def _on_speed_changed(self, rate):
        """The learner moved the Speed slider: that speed, not the lesson pace, from now on."""
        if not self._showing and self.pace_action.isChecked():
            self.pace_action.setChecked(False)

    def full_speed(self):
        self.window.controls.speed.setValue(100)
        self.pace_action.setChecked(False)
        if self.window.session is not None:
            self.window.session.set_speed(None)

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
        if snap.trained_on is not None and snap.before is not None and "backprop" in w.panels:
            before = Network(w.model.sizes, w.model.activation, w.model.output, w.model.cost,
                             *snap.before)
            after = Network(w.model.sizes, w.model.activation, w.model.output, w.model.cost,
                            snap.w, snap.b)
            w.panels["backprop"].show_trained_batch(before, after, snap.trained_on)
        self.hints.on_snapshot(snap, w.model, w.data)
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
        w = self.window
        if w.history is None or not len(w.history):
            return
        w.show_moment(0)
        w.timeline.play()

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
            sizes = w.model.sizes
            setting["layers"] = ",".join(map(str, (sizes[0], hidden, hidden, sizes[-1])))
        if setting:
            w.controls.set_values(setting)
            w.reset()
        if lr is not None:
            w.controls.set_values({"lr": lr})
            w.controls.lr_changed.emit(lr)
        self.hints.new_run()
