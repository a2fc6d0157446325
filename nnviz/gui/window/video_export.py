"""File ▸ Export replay as video (MP4): a recorded run as an H.264 video, for slides and players.

The frames are the GIF export's: the shared driver (`replay_export`) shows each chosen moment,
grabs the view under the same caption band (frame counter, step, epoch, test accuracy), one
frame per event-loop turn under a cancellable progress dialog, while the encoder
(`core.files.video`, in ffmpeg's own process) compresses beside it. The file appears only when
the last frame is in; a cancel leaves nothing. The encoder is the optional extra `nnviz[video]`;
without it the menu entry says how to install it instead of failing.

`VideoExportController` is a controller the window owns (controller.py): it adds its menu entry,
asks for the file and builds the writer.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from nnviz.core.files import video
from nnviz.gui import alerts
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.replay_export import ReplayExport, recorded

FPS = 10                       # the GIF's pace, so both show a run in the same time


class VideoExportController(QObject, Controller):
    finished = Signal(str)      # the saved path, or "" after a cancel or an error

    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self.running = None     # the ReplayExport under way

    def shutdown(self):
        if self.running is not None:
            self.running.cancel()

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
        alerts.inform(self.window, self.tr("Export replay as video"), self.tr(
            "Video export uses imageio and imageio-ffmpeg, which bring their own encoder and "
            "are not installed here. Install them with\n\n"
            '    pip install "nnviz[video]"\n\n'
            "(inside nnviz's virtual environment), then start nnviz again."))

    def busy(self):
        return self.running is not None

    def export(self, key="weights", path=None):
        """Start exporting view `key` ("weights" or "network"); returns the path or None."""
        w = self.window
        if not recorded(w, self.tr("Train for a while first (or open a run): the video shows "
                                   "the recorded moments.")):
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export replay as video"),
                                                  f"nnviz-{key}.mp4", self.tr("MP4 video (*.mp4)"))
        if not path:
            return None
        path = path if path.lower().endswith(".mp4") else f"{path}.mp4"
        export = ReplayExport(w, key, path, lambda width, height: video.VideoWriter(
            path, video.even(width), video.even(height), FPS),
            self.tr("Export replay as video"), self.tr("Encoding the video…"))
        self.running = export
        export.finished.connect(self._on_export_finished)
        if not export.start():
            self.running = None
            return None
        return path

    def _on_export_finished(self, path):
        self.running = None
        self.finished.emit(path)
