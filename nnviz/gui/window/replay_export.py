"""One replay export, whatever the file format: show each chosen moment, grab the view, caption
it, hand the frame to a writer — the GIF's and the MP4's shared driver.

Grabbing a view needs the GUI thread, so one frame is made per event-loop turn under a
cancellable progress dialog, and the window stays responsive. The writer (`core.files.gif.
GifWriter` or `core.files.video.VideoWriter`) writes under a temporary name: `close()` moves the
finished file into place and `abort()` deletes it, so a cancel or a failure leaves nothing. When
the export ends the window returns to the moment it showed before (or to Live). The two export
controllers keep only what differs: their menu entries, the file dialog and the writer they
build.
"""

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from nnviz.core.errors import NnvizError
from nnviz.gui import alerts
from nnviz.gui.i18n import text_of
from nnviz.gui.window.replay_frames import (BAND, caption, captioned, chosen_moments,
                                            image_to_rgb)


def recorded(window, explanation):
    """True when the replay holds at least two moments; otherwise says `explanation` and False."""
    history = window.replay.history
    if history is not None and len(history) >= 2:
        return True
    alerts.inform(
        window, QCoreApplication.translate("ReplayExport", "Nothing to animate"), explanation)
    return False


class ReplayExport(QObject):
    """Exports view `key` of `window`'s replay to `path` through `make_writer(width, height)`.

    `title` names the export in its dialogs, `doing` is the progress dialog's line. Emits
    `finished(path)` when the file is in place, `finished("")` after a cancel or a failure.
    """
    finished = Signal(str)

    def __init__(self, window, key, path, make_writer, title, doing):
        super().__init__(window)
        self.window, self.path, self.title = window, path, title
        self.widget = window.weights_view if key == "weights" else window.network_view
        window.show_panel(key)
        self.moments = chosen_moments(len(window.replay.history))
        self._make_writer, self._doing = make_writer, doing
        self.writer = self.progress = None
        self._before = window.replay.timeline.index() if window.model.replaying else None

    def start(self):
        """Open the file and begin; False (after saying why) when the file cannot be made."""
        size = self.widget.size()
        try:
            self.writer = self._make_writer(size.width(), size.height() + BAND)
        except (OSError, ValueError, NnvizError) as e:
            alerts.warn(self.window, self.tr("Could not export"),
                                f"{self.path}: {text_of(e)}")
            return False
        self.progress = QProgressDialog(self._doing, self.tr("Cancel"), 0, len(self.moments),
                                        self.window)
        self.progress.setWindowTitle(self.title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._frame(0)
        return True

    def cancel(self):
        """Stop now: the partial file is deleted and the window goes back to where it was."""
        if self.writer is not None:
            self._end(False)

    def _frame(self, k):
        if self.writer is None:
            return                                   # ended (cancelled) before this turn came
        if self.progress.wasCanceled() or k == len(self.moments):
            self._end(k == len(self.moments))
            return
        replay = self.window.replay
        try:
            replay.show_moment(int(self.moments[k]))
            text = caption(k, len(self.moments), replay.timeline.label.text())
            image = captioned(self.widget, self.writer.width, self.writer.height, text)
            self.writer.add_frame(image_to_rgb(image))
        except OSError as e:
            self._end(False, f"{self.path}: {text_of(e)}")
            return
        self.progress.setValue(k + 1)
        QTimer.singleShot(0, lambda: self._frame(k + 1))

    def _end(self, complete, error=None):
        writer, self.writer = self.writer, None
        self.progress.close()
        replay = self.window.replay
        replay.go_live() if self._before is None else replay.show_moment(self._before)
        if complete:
            try:
                writer.close()
            except OSError as e:
                complete, error = False, f"{self.path}: {text_of(e)}"
        else:
            writer.abort()
        if complete:
            self.window.statusBar().showMessage(self.tr("Saved {n} frames to {path}").format(
                n=len(self.moments), path=self.path), 8000)
        elif error:
            alerts.warn(self.window, self.tr("Could not export"), error)
        self.finished.emit(self.path if complete else "")
