"""A progress bar with a Cancel button that runs one background computation for a panel.

The landscape, gradient-noise and evaluation panels each run NumPy work that takes from a tenth
of a second to several seconds. `JobBar` starts it as a `nnviz.gui.jobs.Job` (never on the GUI
thread), shows its progress and lets the user cancel it; the panel calls `cancel` when it is
hidden or closed, which waits for the thread, so no thread outlives its window. The work function receives
`progress` and `cancelled`; raising the core's `Cancelled` ends it quietly.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from nnviz.core.errors import Cancelled
from nnviz.gui.jobs import Job

_CANCELLED = object()


class JobBar(QWidget):
    failed = Signal(str)        # a one-sentence reason
    cancelled = Signal()
    ended = Signal()            # after every job, however it ended

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job = None
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this computation (Esc)"))
        self.cancel_button.setShortcut("Esc")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def busy(self):
        return self.job is not None

    def start(self, fn, on_success, text=None):
        """Run fn(progress, cancelled) in the background; on_success(result) on the GUI thread."""
        self.cancel()

        def work(progress, cancelled):
            try:
                return fn(progress, cancelled)
            except Cancelled:
                return _CANCELLED

        job = self.job = Job(work, self)
        self.bar.setRange(0, 0)
        self.bar.setFormat(text or self.tr("Working…"))
        job.progressed.connect(self._on_progressed)
        job.succeeded.connect(lambda result: self._done(job, result, on_success))
        job.failed.connect(lambda message: self._done(job, message, self.failed.emit))
        job.finished.connect(job.deleteLater)
        self.setVisible(True)
        job.start()

    def cancel(self):
        """Stop the running computation, if any, and wait for its thread to end."""
        job, self.job = self.job, None
        if job is not None:
            job.cancel()
            job.wait()
            self.setVisible(False)
            self.cancelled.emit()

    def _on_progressed(self, done, total, text):
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        self.bar.setFormat(f"{text} — %p%" if total else text)

    def _done(self, job, result, handler):
        if job is not self.job:      # a cancelled job's late answer
            return
        self.job = None
        self.setVisible(False)
        if result is _CANCELLED:
            self.cancelled.emit()
        else:
            handler(result)
        self.ended.emit()
