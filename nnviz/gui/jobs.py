"""One-off background jobs (loading or downloading a dataset) with progress, result and error.

Loading MNIST takes about a second and a download much longer; neither may freeze the window.
A `Job` runs a plain function on its own QThread and reports back through signals. The function
receives `progress(done, total, text)` and `cancelled()` callables, which is exactly what the
core's downloader accepts, so the core stays free of Qt. A function that stops because it was
asked to (the core's `Cancelled`) ends with `cancelled`, not `failed`: stopping is not an error.
"""

import threading
import traceback

from PySide6.QtCore import QThread, Signal

from nnviz.core.errors import Cancelled, NnvizError
from nnviz.gui.i18n import fmt, text_of


class Job(QThread):
    progressed = Signal(int, int, str)    # done, total (0 when unknown), text
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)               # the function stopped on request (its message)

    def __init__(self, fn, parent=None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self):
        self._cancel.set()

    def run(self):
        def progress(done, total, text=""):
            self.progressed.emit(int(min(done, 2**31 - 1)), int(min(total or 0, 2**31 - 1)),
                                 str(text))
        try:
            result = self._fn(progress=progress, cancelled=self._cancel.is_set)
        except Cancelled as e:
            self.cancelled.emit(text_of(e))
        except NnvizError as e:
            self.failed.emit(text_of(e))
        except Exception as e:  # a bug: tell the user in a sentence, the terminal in detail
            traceback.print_exc()
            self.failed.emit(fmt(self.tr("Unexpected error: {error}"), error=repr(e)))
        else:
            self.succeeded.emit(result)
