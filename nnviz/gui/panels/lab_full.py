"""The lab's full-test-set accuracy, measured in the background after the sliders settle.

The 1,000-image sample answers within a millisecond on the GUI thread; the whole test set
(10,000 images, ~10 ms here but far more for big networks) runs in a `Job`. Requests are
debounced (a dragged slider asks dozens of times; only the last one is measured), one job runs
at a time, and a result that is older than the newest request is thrown away.
"""

from PySide6.QtCore import QObject, QTimer, Signal

from nnviz.gui.jobs import Job

DELAY_MS = 250      # wait this long after the last request before measuring


class FullAccuracy(QObject):
    measured = Signal(float, float)       # accuracy of the original and the edited network

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pending = False
        self._args = None
        self._job, self._generation = None, 0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS, timeout=self._start)

    def request(self, model, edited, x, labels):
        """Measure these two networks on (x, labels) once the requests stop coming."""
        self._args = (model, edited, x, labels)
        self._generation += 1
        self.pending = True
        self._timer.start()

    def pause(self):
        """The panel is hidden: start nothing new (a running job just finishes)."""
        self._timer.stop()

    def resume(self):
        if self.pending:
            self._timer.start()

    def wait(self):
        if self._job is not None:
            self._job.wait(5000)

    def _start(self):
        if self._job is not None and self._job.isRunning():
            self._timer.start()           # one at a time; try again when this one is done
            return
        generation, (model, edited, x, labels) = self._generation, self._args
        self._job = Job(lambda progress, cancelled: (
            generation, model.evaluate(x, labels)[1], edited.evaluate(x, labels)[1]), self)
        self._job.succeeded.connect(self._done)
        self._job.start()

    def _done(self, result):
        generation, before, after = result
        if generation == self._generation:
            self.pending = False
            self.measured.emit(before, after)
