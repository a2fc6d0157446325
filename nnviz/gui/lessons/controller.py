"""The lesson controller: the Lessons menu, the guide's Show me, and ticking what was done.

Choosing a lesson arranges the window (the network it starts from, the views in front, the pace)
and opens the guide beside the views. *Show me* carries out the step's actions (`texts.py`) on
the window through its public methods; what the learner does (draws, steps, drags η …) ticks
the steps that asked for it. What the lessons add to a training run — the pace, the hints, the
F10 result, the replay offer — is `run_watch.py`. Nothing here is modal: the guide is a dock
and every control stays usable.
"""

import inspect

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model
from nnviz.gui.lessons import texts
from nnviz.gui.lessons.guide import GuidePanel
from nnviz.gui.lessons.run_watch import RunWatcher
from nnviz.gui.resources import PRETRAINED, resource
from nnviz.gui.views.sample_strokes import sample_strokes

# English in the model (matched on "pretrained"); the status bar shows it translated.
PRETRAINED_CAPTION = QT_TRANSLATE_NOOP("NetworkCaption",
                                       "pretrained 784-16-16-10 (96.4 % on MNIST)")


class LessonController(QObject):
    """A controller of the main window with the hooks of window/controller.py's `Controller`
    (add_actions, on_model_changed, shutdown); a QObject for its translated texts."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.lessons = {lesson.number: lesson for lesson in texts.lessons()}
        self.lesson = None
        self._showing = False          # Show me is acting: what it does ticks nothing
        # what a step's `show` entries name: ("open_neuron", {…}) calls _do_open_neuron(…)
        self._actions = {name[len("_do_"):]: method for name, method
                         in inspect.getmembers(self, inspect.ismethod) if name.startswith("_do_")}
        self.run = RunWatcher(window, window.settings.get("lesson_pace"))
        self.pace_action = self.run.pace_action
        self.guide = GuidePanel()
        self.guide.show_me_requested.connect(self.show_me)
        self.dock = QDockWidget(self.tr("Lesson guide"), window)
        self.dock.setObjectName("dock_lesson_guide")
        self.dock.setWidget(self.guide)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.splitDockWidget(self.dock, window.docks["controls"], Qt.Orientation.Vertical)
        self.dock.hide()

    # ---- the controller's hooks ------------------------------------------------------------
    def add_actions(self, menus):
        menu = self.menu = menus.add_menu(self.tr("&Lessons"))
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
        self.run.add_actions(menus)
        self._connect_events()    # after the training controller made its actions

    def on_model_changed(self, fields):
        """The lessons follow the model through the window's views; nothing to redraw here."""

    def shutdown(self):
        self.window.settings.set("lesson_pace", self.pace_action.isChecked())

    def _connect_events(self):
        w = self.window
        w.pad.drawing_changed.connect(lambda *_: self._event("drawn"))
        w.training.act_step.triggered.connect(lambda: self._event("stepped"))
        w.training.act_train.triggered.connect(lambda: self._event("trained"))
        w.controls.lr_changed.connect(lambda *_: self._event("lr_changed"))
        w.network_view.neuron_clicked.connect(
            lambda layer, _: layer == 1 and self._event("neuron_clicked"))
        w.replay.timeline.moment_chosen.connect(lambda *_: self._event("scrubbed"))
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
        self._showing = self.run.showing = True
        try:
            if lesson.network == "pretrained" and not w.model.shows_shipped():
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
            self._showing = self.run.showing = False
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
        self._showing = self.run.showing = True
        try:
            for action, args in self.lesson.steps[index].show:
                self._actions[action](**args)
        finally:
            self._showing = self.run.showing = False

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
        """The shipped network (a run in progress stops: the model gets another network)."""
        try:
            net, classes = load_model(resource(PRETRAINED))
        except NnvizError:
            return
        self.model.set_network(net, classes, PRETRAINED_CAPTION)

    def _do_fresh(self):
        self.window.controls.apply_preset("lessons")
        self.window.training.reset()

    def _do_example(self, digit):
        """Hold the first training example of `digit` in the diagram (the pad cleared)."""
        data = self.model.data
        if data is None:
            return
        self.window.pad.clear()
        i = int(np.flatnonzero(data.train_labels == digit)[0])
        self.model.choose_input(data.train_images[i], digit,
                                self.tr("training example {i:,}").format(i=i))

    def _do_draw(self, digit):
        self.window.pad.clear()
        self.window.pad.draw_strokes(sample_strokes(digit))

    def _do_neuron(self, index):
        self.window.network_view.open_neuron(index)

    def _do_step(self):
        self.window.training.step_batch()

    def _do_train(self):
        s = self.window.training.session
        if s is None or not s.running or s.worker.paused:
            self.window.training.toggle_training()

    def _do_lr(self, value):
        controls = self.window.controls
        controls.set_values({"lr": value})
        controls.lr_changed.emit(value)

    def _do_replay_start(self):
        replay = self.window.replay
        if replay.history is not None and len(replay.history):
            replay.show_moment(0)

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

