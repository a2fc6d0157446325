"""File ▸ Save setup…, Open setup…, Copy setup as command: a lesson's window state as a file.

The format, its checks and the command line live in `nnviz.core.files.setup_file`; this
controller only reads the window's state into a setup and applies a checked setup to the
window. Opening reads and checks the whole file first — including that its views exist in this
window — and applies nothing unless all of it is good, so a damaged or newer file changes
nothing and is refused in one sentence. Applying sets the training controls and the preset,
builds the network from them (as Reset does), loads the dataset if it is another one, and
brings the setup's views to the front; a setup naming a lesson ("1"–"4", "0" for free
exploration) then opens it with its guide (nnviz/gui/lessons/), which arranges the window.

`SetupController` is a controller of the window (controller.py); it reads `controls`, `docks` and
the model's data, and calls the training controller's `reset`, the data controller's
`load_data` and the window's `show_panel`.
"""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from nnviz.core.errors import NnvizError
from nnviz.core.files import setup_file
from nnviz.gui import alerts
from nnviz.gui.window.controller import Controller
from nnviz.gui.i18n import text_of

SUFFIX = ".nnviz-setup.json"
LESSONS = ("1", "2", "3", "4", "0")   # the lesson guide's keys (lessons 1–4, free exploration)


class SetupController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window

    def add_actions(self, menus):
        menu = menus.file
        menu.addSeparator()
        for text, slot, tip in (
                (self.tr("Save setup…"), self.save,
                 self.tr("Save the network, preset, training controls, dataset and the views in "
                         "front as a small file to hand to a class")),
                (self.tr("Open setup…"), self.open,
                 self.tr("Set the window up from a setup file")),
                (self.tr("Copy setup as command"), self.copy_command,
                 self.tr("Put the nnviz gui command that sets the window up like this on the "
                         "clipboard"))):
            action = menu.addAction(text, slot)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    # ---- window → setup -------------------------------------------------------------------
    def view_keys(self):
        """The key of every view and panel (`nnviz gui --view` names)."""
        return [k[len("panel_"):] if k.startswith("panel_") else k for k in self.window.docks]

    def views_in_front(self):
        """The views on screen now: open and not hidden behind another tab."""
        shown = []
        for key, dock in zip(self.view_keys(), self.window.docks.values()):
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                shown.append(key)
        return shown

    def current(self):
        """The window's setup now."""
        v = self.window.controls.values()
        if v["layers"] is None:
            raise NnvizError(self.tr("the Layers field does not hold valid layer sizes; "
                                     "correct it first."))
        s = setup_file.defaults()
        for section in setup_file.SECTIONS:
            for field in s[section]:
                s[section][field] = list(v[field]) if field == "layers" else v[field]
        s["preset"] = self.window.controls.preset.currentData()
        s["views"] = self.views_in_front()
        lesson = self.window.lessons.lesson
        s["lesson"] = str(lesson.number) if lesson is not None else None
        return setup_file.validate({"format": setup_file.FORMAT,
                                    "version": setup_file.VERSION, **s})

    # ---- setup → window -------------------------------------------------------------------
    def check(self, setup):
        """The setup checked against this window (its views, its lessons)."""
        return setup_file.validate({"format": setup_file.FORMAT, "version": setup_file.VERSION,
                                    **setup}, known_views=set(self.view_keys()),
                                   known_lessons=set(LESSONS))

    def apply(self, setup):
        """Set the window up as `setup` says; it has been checked in full before."""
        w = self.window
        values = {field: value for section in setup_file.SECTIONS
                  for field, value in setup[section].items()}
        values["layers"] = ",".join(map(str, values["layers"]))
        dataset = values["dataset"]
        w.controls.set_values(values)
        preset = w.controls.preset
        preset.setCurrentIndex(max(0, preset.findData(setup["preset"])))
        data, loading = self.model.data, w.loading
        if data is None or data.name != dataset:
            if loading.load_data(dataset) is None and loading.job is not None \
                    and loading.job.isRunning():
                # after the load under way
                loading.job.finished.connect(lambda: loading.load_data(dataset))
        w.training.reset()
        self._bring_to_front(setup["views"])
        # At start-up the window lays its docks out once the event loop runs, raising its
        # default tabs; bring the setup's views forward again after that.
        QTimer.singleShot(0, lambda: self._bring_to_front(setup["views"]))
        if setup["lesson"] is not None:   # after that first layout too, so its sizes stick
            QTimer.singleShot(0, lambda: w.lessons.open_lesson(int(setup["lesson"])))

    def _bring_to_front(self, views):
        for key in views:
            self.window.show_panel(key)

    # ---- the menu's actions ---------------------------------------------------------------
    def save(self, path=None):
        try:
            setup = self.current()
        except NnvizError as e:
            alerts.warn(self.window, self.tr("Could not save the setup"), text_of(e))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save setup"),
                                                  f"lesson{SUFFIX}",
                                                  self.tr("nnviz setups (*.json)"))
        if not path:
            return None
        try:
            setup_file.write(path, setup)
        except (OSError, NnvizError) as e:
            alerts.warn(self.window, self.tr("Could not save the setup"), f"{path}: {text_of(e)}")
            return None
        self.window.statusBar().showMessage(self.tr("Saved the setup to {0}").format(path), 6000)
        return path

    def open(self, path=None):
        """Read, check and apply a setup file; True when applied."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open setup"), "",
                                                  self.tr("nnviz setups (*.json);;All files (*)"))
        if not path:
            return False
        try:
            setup = setup_file.read(path, known_views=set(self.view_keys()),
                                    known_lessons=set(LESSONS))
        except NnvizError as e:
            alerts.warn(self.window, self.tr("Could not open the setup"), text_of(e))
            return False
        self.apply(setup)
        self.window.statusBar().showMessage(self.tr("Opened the setup {0}").format(path), 6000)
        return True

    def copy_command(self):
        try:
            text = setup_file.command(self.current())
        except NnvizError as e:
            alerts.warn(self.window, self.tr("Could not copy the setup"), text_of(e))
            return None
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(self.tr("Copied: {0}").format(text), 8000)
        return text
