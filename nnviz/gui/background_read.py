"""Reading a file off the GUI thread while the window waits for it, never frozen.

Load model and Open run read an .npz file that may hold hundreds of megabytes (or be a
hostile file that takes its time to be refused): done on the GUI thread, the window froze for
as long (13 s once). `read_in_background` runs the reader in a `Job`, shows a busy progress
dialog if it takes more than 100 ms, and spins a local event loop until the job ends, so the
window keeps painting while its callers keep their simple "read, then use" shape. The dialog is
window-modal, so the person cannot start a second load meanwhile.
"""

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from nnviz.core.errors import NnvizError
from nnviz.gui.jobs import Job

SHOW_AFTER_MS = 100


def read_in_background(parent, read, path, text):
    """`read(path)` on a worker thread; returns its result or raises NnvizError(message)."""
    outcome = {}
    loop = QEventLoop()
    job = Job(lambda progress, cancelled: read(path), parent)
    job.succeeded.connect(lambda result: outcome.setdefault("result", result))
    job.failed.connect(lambda message: outcome.setdefault("error", message))
    job.finished.connect(loop.quit)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BackgroundRead", "Loading"))
    dialog.setCancelButton(None)            # a reader cannot be stopped half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)
    job.start()
    if not job.isFinished():
        loop.exec()
    job.wait()
    dialog.close()
    dialog.deleteLater()
    job.deleteLater()
    if "error" in outcome:
        raise NnvizError(outcome["error"])
    return outcome.get("result")
