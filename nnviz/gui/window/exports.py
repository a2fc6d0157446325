"""Exports for the main window: the model as JSON or ONNX, a replayed run as an animated GIF.

A controller of `MainWindow` (controller.py). The GIF is made of the real view: for each
recorded moment (at most `MAX_FRAMES`, evenly spread over the recorded ones) the window shows
that moment, grabs the
view, paints a caption band (frame counter, step, epoch, test accuracy) and streams the frame
to `core.gif.GifWriter`. Grabbing needs the GUI thread, so frames are made one per event-loop
turn under a cancellable progress dialog; the window stays responsive and a cancel leaves no
file. The frames and their captions come from `replay_frames`, shared with the MP4 export
(`video_export`).
"""

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from nnviz.core.files.export import export_json, export_onnx
from nnviz.core.files.gif import GifWriter
from nnviz.gui.i18n import text_of
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.replay_frames import (BAND, caption, captioned, chosen_moments,
                                            image_to_rgb)


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
            QMessageBox.warning(self.window, self.tr("Could not export"), f"{path}: {text_of(e)}")
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported the model as {kind} to {path}").format(kind=kind, path=path), 6000)
        return path

    # ---- the animation --------------------------------------------------------------------------
    def export_replay_gif(self, key="weights", path=None, fps=10):
        w, replay = self.window, self.window.replay
        h = replay.history
        if h is None or len(h) < 2:
            QMessageBox.information(w, self.tr("Nothing to animate"), self.tr(
                "Train for a while first (or open a run): the animation shows the recorded "
                "moments."))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export replay as GIF"),
                                                  f"nnviz-{key}.gif",
                                                  self.tr("GIF animation (*.gif)"))
        if not path:
            return None
        widget = w.weights_view if key == "weights" else w.network_view
        w.show_panel(key)
        frames = chosen_moments(len(h))
        size = widget.size()
        try:
            gif = GifWriter(path, size.width(), size.height() + BAND, 1000 / fps)
        except (OSError, ValueError) as e:
            QMessageBox.warning(w, self.tr("Could not export"), f"{path}: {text_of(e)}")
            return None
        before = None if not self.model.replaying else replay.timeline.index()
        progress = QProgressDialog(self.tr("Rendering the animation…"), self.tr("Cancel"), 0,
                                   len(frames), w)
        progress.setWindowTitle(self.tr("Export replay as GIF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.gif_export = (gif, widget, frames, progress, before, path)
        self._gif_frame(0)
        return path

    def _gif_frame(self, k):
        gif, widget, frames, progress, before, path = self.gif_export
        replay = self.window.replay
        if progress.wasCanceled() or k == len(frames):
            progress.close()
            gif.abort() if k < len(frames) else gif.close()
            self.gif_export = None
            replay.go_live() if before is None else replay.show_moment(before)
            if k == len(frames):
                self.window.statusBar().showMessage(
                    self.tr("Saved {n} frames to {path}").format(n=len(frames), path=path), 8000)
            return
        try:
            replay.show_moment(int(frames[k]))
            gif.add_frame(image_to_rgb(self._frame_image(widget, k, len(frames), gif)))
        except OSError as e:
            progress.close()
            gif.abort()
            self.gif_export = None
            QMessageBox.warning(self.window, self.tr("Could not export"), f"{path}: {text_of(e)}")
            return
        progress.setValue(k + 1)
        QTimer.singleShot(0, lambda: self._gif_frame(k + 1))

    def _frame_image(self, widget, k, n, gif):
        return captioned(widget, gif.width, gif.height,
                         caption(k, n, self.window.replay.timeline.label.text()))
