"""Model files and picture export for the main window: load, save, export PNG.

A controller of `MainWindow` (controller.py). Every failure is a dialog with the file and the
reason, never a traceback; saving is atomic in the core, so a failed save leaves the previous
file intact.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model, save_model
from nnviz.gui.background_read import read_in_background
from nnviz.gui.window.controller import Controller


def show_architecture(controls, net):
    """Set the controls to a network's architecture, so that Reset builds one like it."""
    controls.set_values({"layers": ",".join(map(str, net.sizes)), "activation": net.activation,
                         "output": net.output, "cost": net.cost})


class ModelFilesController(Controller):
    def add_actions(self, menus):
        w = self.window
        open_ = menus.action("Load model…", self.open_model, "Ctrl+O")
        save = menus.action("Save model…", self.save_model, "Ctrl+S")
        for a in (open_, save, menus.action("Export window as PNG…", self.export_window,
                                             "Ctrl+E")):
            menus.file.addAction(a)
        views = menus.file.addMenu("Export view as PNG")
        for key, widget in (("network", w.network_view), ("cost", w.cost_view),
                            ("weights", w.weights_view), ("pad", w.docks["pad"].widget())):
            views.addAction(menus.action(key, lambda _=False, v=widget, k=key:
                                         self.export_png(v, k)))
        menus.toolbar.addSeparator()
        menus.toolbar.addAction(open_)
        menus.toolbar.addAction(save)

    def open_model(self):
        path, _ = QFileDialog.getOpenFileName(self.window, "Load model", "",
                                              "nnviz model (*.npz)")
        if path:
            self.load_model_file(path)

    def load_model_file(self, path, what="model"):
        """Load and show a model file; a dialog says why when it can't be used. True if loaded."""
        try:
            net, classes = read_in_background(
                self.window, load_model, path,
                QCoreApplication.translate("ModelFiles", "Reading the model…"))
        except NnvizError as e:
            QMessageBox.warning(self.window, f"Cannot load this {what}", str(e))
            return False
        data = self.model.data
        if data is not None and net.sizes[0] != data.n_inputs:
            QMessageBox.warning(self.window, f"Cannot load this {what}", f"{Path(path).name}: "
                                f"the network takes {net.sizes[0]} inputs but {data.name} "
                                f"images have {data.n_inputs} pixels; load a model made "
                                f"for these images, or press Reset to build one.")
            return False
        self.adopt_model(net, classes, path)
        return True

    def adopt_model(self, net, classes, path):
        """Make a loaded network the current one; Train then continues training it (the
        running session stops as the model changes network)."""
        show_architecture(self.window.controls, net)
        self.model.set_network(net, classes, f"loaded from {path}")
        self.window.cost_view.reset()
        self.window.statusBar().showMessage(f"Loaded {path}; Train continues training it.", 6000)

    def save_model(self):
        if self.model.network is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Save model", "model.npz",
                                              "nnviz model (*.npz)")
        if path:
            try:
                save_model(path if path.endswith(".npz") else path + ".npz", self.model.network,
                           self.model.classes)
            except (NnvizError, OSError) as e:
                QMessageBox.warning(self.window, "Could not save", f"{path}: {e}")
            else:
                self.window.statusBar().showMessage(f"Saved {path}", 5000)

    def export_window(self):
        self.export_png(self.window, "window")

    def export_png(self, widget, name):
        path, _ = QFileDialog.getSaveFileName(self.window, "Export PNG", f"nnviz-{name}.png",
                                              "PNG image (*.png)")
        if path and not widget.grab().save(path, "PNG"):
            QMessageBox.warning(self.window, "Could not export", f"Could not write {path}.")
