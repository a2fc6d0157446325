"""Exports for the main window: the model as JSON or ONNX, a replayed run as an animated GIF.

A controller of `MainWindow` (controller.py). The GIF is made of the real view: the shared
replay-export driver (`replay_export`, also behind the MP4 export) shows each chosen moment,
grabs the view under its caption band and streams the frame to `core.files.gif.GifWriter`, one
frame per event-loop turn under a cancellable progress dialog; a cancel leaves no file.
"""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from nnviz.core.files.export import export_json, export_onnx
from nnviz.core.files.gif import GifWriter
from nnviz.gui import alerts
from nnviz.gui.i18n import text_of
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.replay_export import ReplayExport, recorded


class ExportsController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self.gif_export = None   # the animation being rendered, frame by frame

    def add_actions(self, menus):
        menu, action = menus.file, menus.action
        gif = menu.addMenu(self.tr("Export replay as GIF"))
        gif.setToolTipsVisible(True)
        for key, title in (("weights", self.tr("First-layer weights")),
                           ("network", self.tr("Network diagram"))):
            gif.addAction(action(title, lambda _=False, k=key: self.export_replay_gif(k),
                                 tip=self.tr("An animated GIF of this view over the recorded "
                                             "run")))
        menu.addAction(action(self.tr("Export model as JSON…"), self.export_model_json,
                              tip=self.tr("Layer sizes, activation and every array as plain "
                                          "lists")))
        menu.addAction(action(self.tr("Export model as ONNX…"), self.export_model_onnx,
                              tip=self.tr("Opens in model viewers (Netron) and runs in ONNX "
                                          "runtimes")))

    # ---- the model ------------------------------------------------------------------------------
    def export_model_json(self, path=None):
        return self._export_model(path, "JSON", "json", export_json)

    def export_model_onnx(self, path=None):
        return self._export_model(path, "ONNX", "onnx", export_onnx)

    def _export_model(self, path, kind, ext, write):
        if self.model.network is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export model as {kind}").format(kind=kind),
                f"model.{ext}", f"{kind} (*.{ext})")
        if not path:
            return None
        path = path if path.endswith(f".{ext}") else f"{path}.{ext}"
        try:
            write(path, self.model.network, self.model.classes)
        except OSError as e:
            alerts.warn(self.window, self.tr("Could not export"), f"{path}: {text_of(e)}")
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported the model as {kind} to {path}").format(kind=kind, path=path), 6000)
        return path

    # ---- the animation --------------------------------------------------------------------------
    def export_replay_gif(self, key="weights", path=None, fps=10):
        w = self.window
        if not recorded(w, self.tr("Train for a while first (or open a run): the animation shows "
                                   "the recorded moments.")):
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export replay as GIF"),
                                                  f"nnviz-{key}.gif",
                                                  self.tr("GIF animation (*.gif)"))
        if not path:
            return None
        export = ReplayExport(w, key, path, lambda width, height: GifWriter(
            path, width, height, 1000 / fps), self.tr("Export replay as GIF"),
            self.tr("Rendering the animation…"))
        self.gif_export = export
        export.finished.connect(self._on_gif_finished)
        if not export.start():
            self.gif_export = None
            return None
        return path

    def _on_gif_finished(self, _path):
        self.gif_export = None
