"""Model files and picture export for the main window: load, save, export PNG.

A mixin of `MainWindow`. Every failure is a dialog with the file and the reason, never a
traceback; saving is atomic in the core, so a failed save leaves the previous file intact.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model, save_model
from nnviz.gui.background_read import read_in_background


class ModelFiles:
    def open_model(self):
        path, _ = QFileDialog.getOpenFileName(self, "Load model", "", "nnviz model (*.npz)")
        if path:
            self.load_model_file(path)

    def load_model_file(self, path, what="model"):
        """Load and show a model file; a dialog says why when it can't be used. True if loaded."""
        try:
            net, classes = read_in_background(self, load_model, path, self.tr("Reading the model…"))
        except NnvizError as e:
            QMessageBox.warning(self, f"Cannot load this {what}", str(e))
            return False
        if self.data is not None and net.sizes[0] != self.data.n_inputs:
            QMessageBox.warning(self, f"Cannot load this {what}", f"{Path(path).name}: the "
                                f"network takes {net.sizes[0]} inputs but {self.data.name} "
                                f"images have {self.data.n_inputs} pixels; load a model made "
                                f"for these images, or press Reset to build one.")
            return False
        self.adopt_model(net, classes, path)
        return True

    def adopt_model(self, net, classes, path):
        """Make a loaded network the current one; Train then continues training it."""
        self._stop_session()
        self.controls.set_values({"layers": ",".join(map(str, net.sizes)),
                                  "activation": net.activation, "output": net.output,
                                  "cost": net.cost})
        self._set_model(net, classes, f"loaded from {path}")
        self.cost_view.reset()
        self.statusBar().showMessage(f"Loaded {path}; Train continues training it.", 6000)

    def save_model(self):
        if self.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save model", "model.npz",
                                              "nnviz model (*.npz)")
        if path:
            try:
                save_model(path if path.endswith(".npz") else path + ".npz", self.model,
                           self.classes)
            except (NnvizError, OSError) as e:
                QMessageBox.warning(self, "Could not save", f"{path}: {e}")
            else:
                self.statusBar().showMessage(f"Saved {path}", 5000)

    def export_window(self):
        self.export_png(self, "window")

    def export_png(self, widget, name):
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", f"nnviz-{name}.png",
                                              "PNG image (*.png)")
        if path and not widget.grab().save(path, "PNG"):
            QMessageBox.warning(self, "Could not export", f"Could not write {path}.")

