"""Model files and picture export for the main window: load, save, export PNG.

A controller of `MainWindow` (controller.py). Every failure is a dialog with the file and the
reason, never a traceback; saving is atomic in the core, so a failed save leaves the previous
file intact.
"""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model, save_model
from nnviz.gui import alerts
from nnviz.gui.background_read import read_in_background
from nnviz.gui.image_files import save_png
from nnviz.gui.window.controller import Controller
from nnviz.gui.i18n import text_of


def show_architecture(controls, net):
    """Set the controls to a network's architecture, so that Reset builds one like it."""
    controls.set_values({"layers": ",".join(map(str, net.sizes)), "activation": net.activation,
                         "output": net.output, "cost": net.cost})


class ModelFilesController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window

    def add_actions(self, menus):
        w = self.window
        open_ = menus.action(self.tr("Load model…"), self.open_model, "Ctrl+O")
        save = menus.action(self.tr("Save model…"), self.save_model, "Ctrl+S")
        for a in (open_, save, menus.action(self.tr("Export window as PNG…"), self.export_window,
                                             "Ctrl+E")):
            menus.file.addAction(a)
        views = menus.file.addMenu(self.tr("Export view as PNG"))
        # the file name keeps the English key; the menu shows it in the window's language
        for key, text, widget in (("network", self.tr("network"), w.network_view),
                                  ("cost", self.tr("cost"), w.cost_view),
                                  ("weights", self.tr("weights"), w.weights_view),
                                  ("pad", self.tr("pad"), w.docks["pad"].widget())):
            views.addAction(menus.action(text, lambda _=False, v=widget, k=key:
                                         self.export_png(v, k)))
        menus.toolbar.addSeparator()
        menus.toolbar.addAction(open_)
        menus.toolbar.addAction(save)

    def open_model(self):
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Load model"), "",
                                              self.tr("nnviz model (*.npz)"))
        if path:
            self.load_model_file(path)

    def load_model_file(self, path, what="model"):
        """Load and show a model file; a dialog says why when it can't be used. True if loaded."""
        try:
            net, classes = read_in_background(
                self.window, load_model, path,
                self.tr("Reading the model…"))
        except NnvizError as e:
            alerts.warn(self.window, self._cannot_load(what), text_of(e))
            return False
        data = self.model.data
        if data is not None and net.sizes[0] != data.n_inputs:
            alerts.warn(self.window, self._cannot_load(what), self.tr(
                "{file}: the network takes {inputs} inputs but {data} images have {pixels} "
                "pixels; load a model made for these images, or press Reset to build one.").format(
                    file=Path(path).name, inputs=net.sizes[0], data=data.name,
                    pixels=data.n_inputs))
            return False
        self.adopt_model(net, classes, path)
        return True

    def _cannot_load(self, what):
        if what == "autosave":
            return self.tr("Cannot load this autosave")
        return self.tr("Cannot load this model")

    def adopt_model(self, net, classes, path):
        """Make a loaded network the current one; Train then continues training it (the
        running session stops as the model changes network)."""
        show_architecture(self.window.controls, net)
        self.model.set_network(net, classes, self.tr("loaded from {path}").format(path=path))
        self.window.cost_view.reset()
        self.window.statusBar().showMessage(
            self.tr("Loaded {path}; Train continues training it.").format(path=path), 6000)

    def save_model(self):
        if self.model.network is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save model"), "model.npz",
                                              self.tr("nnviz model (*.npz)"))
        if path:
            try:
                save_model(path if path.endswith(".npz") else path + ".npz", self.model.network,
                           self.model.classes)
            except (NnvizError, OSError) as e:
                alerts.warn(self.window, self.tr("Could not save"), f"{path}: {text_of(e)}")
            else:
                self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path),
                                                    5000)

    def export_window(self):
        self.export_png(self.window, "window")

    def export_png(self, widget, name):
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export PNG"),
                                              f"nnviz-{name}.png", self.tr("PNG image (*.png)"))
        if not path:
            return
        try:
            save_png(widget.grab(), path)
        except OSError as e:
            alerts.warn(self.window, self.tr("Could not export"), f"{path}: {text_of(e)}")
