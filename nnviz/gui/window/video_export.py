"""File ▸ Export replay as video (MP4): a recorded run as an H.264 video, for slides and players.

The frames are the GIF export's (`replay_frames`): for each chosen moment the window shows it,
grabs the view and paints the same caption band (frame counter, step, epoch, test accuracy). Grabbing needs the GUI thread, so one frame is
made per event-loop turn under a cancellable progress dialog, while the encoder
(`core.files.video`, in ffmpeg's own process) compresses beside it. The file appears only when
the last frame is in; a cancel leaves nothing. The encoder is the optional extra `nnviz[video]`;
without it the menu entry says how to install it instead of failing.

`VideoExportController` is a controller the window owns (controller.py): it adds its menu entry
and drives the replay controller (`history`, `show_moment`, `go_live`, `timeline`) and the two
views.
"""

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from nnviz.core.errors import NnvizError
from nnviz.core.files import video
from nnviz.gui.i18n import text_of
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.replay_frames import (BAND, caption, captioned, chosen_moments,
                                            image_to_rgb)

FPS = 10                       # the GIF's pace, so both show a run in the same time


class VideoExportController(QObject, Controller):
    finished = Signal(str)      # the saved path, or "" after a cancel or an error

    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self._run = None        # (writer, widget, moments, progress, moment before, path)

    def shutdown(self):
        if self._run is not None:
            self._run[3].cancel()
            self._end(False)

    def add_actions(self, menus):
        menu = menus.file
        if not video.available():
            hint = self.tr('Video export needs the optional encoder: pip install "nnviz[video]"')
            a = menu.addAction(self.tr("Export replay as video (MP4) — how to enable…"),
                               self._explain_missing)
            a.setToolTip(hint)
            a.setStatusTip(hint)
            return
        sub = menu.addMenu(self.tr("Export replay as video (MP4)"))
        sub.setToolTipsVisible(True)
        for key, title in (("weights", self.tr("First-layer weights")),
                           ("network", self.tr("Network diagram"))):
            a = sub.addAction(title, lambda k=key: self.export(k))
            a.setToolTip(self.tr("An H.264 video of this view over the recorded run"))

    def _explain_missing(self):
        QMessageBox.information(self.window, self.tr("Export replay as video"), self.tr(
            "Video export uses imageio and imageio-ffmpeg, which bring their own encoder and "
            "are not installed here. Install them with\n\n"
            '    pip install "nnviz[video]"\n\n'
            "(inside nnviz's virtual environment), then start nnviz again."))

    def busy(self):
        return self._run is not None

    def export(self, key="weights", path=None):
        """Start exporting view `key` ("weights" or "network"); returns the path or None."""
        w, replay = self.window, self.window.replay
        h = replay.history
        if h is None or len(h) < 2:
            QMessageBox.information(w, self.tr("Nothing to animate"), self.tr(
                "Train for a while first (or open a run): the video shows the recorded moments."))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export replay as video"),
                                                  f"nnviz-{key}.mp4", self.tr("MP4 video (*.mp4)"))
        if not path:
            return None
        path = path if path.lower().endswith(".mp4") else f"{path}.mp4"
        widget = w.weights_view if key == "weights" else w.network_view
        w.show_panel(key)
        moments = chosen_moments(len(h))
        size = widget.size()
        try:
            writer = video.VideoWriter(path, video.even(size.width()),
                                       video.even(size.height() + BAND), FPS)
        except (OSError, ValueError, NnvizError) as e:
            QMessageBox.warning(w, self.tr("Could not export"), f"{path}: {text_of(e)}")
            return None
        before = replay.timeline.index() if self.model.replaying else None
        progress = QProgressDialog(self.tr("Encoding the video…"), self.tr("Cancel"), 0,
                                   len(moments), w)
        progress.setWindowTitle(self.tr("Export replay as video"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._run = (writer, widget, moments, progress, before, path)
        self._frame(0)
        return path

    def _frame(self, k):
        writer, widget, moments, progress, before, path = self._run
        if progress.wasCanceled() or k == len(moments):
            self._end(k == len(moments))
            return
        try:
            replay = self.window.replay
            replay.show_moment(int(moments[k]))
            text = caption(k, len(moments), replay.timeline.label.text())
            writer.add_frame(image_to_rgb(captioned(widget, writer.width, writer.height, text)))
        except OSError as e:
            self._end(False, f"{path}: {text_of(e)}")
            return
        progress.setValue(k + 1)
        QTimer.singleShot(0, lambda: self._frame(k + 1))

    def _end(self, complete, error=None):
        writer, _, moments, progress, before, path = self._run
        self._run = None
        progress.close()
        w, replay = self.window, self.window.replay
        replay.go_live() if before is None else replay.show_moment(before)
        if complete:
            try:
                writer.close()
            except OSError as e:
                complete, error = False, f"{path}: {text_of(e)}"
        else:
            writer.abort()
        if complete:
            w.statusBar().showMessage(
                self.tr("Saved {0} frames to {1}").format(len(moments), path), 8000)
        elif error:
            QMessageBox.warning(w, self.tr("Could not export"), error)
        self.finished.emit(path if complete else "")
