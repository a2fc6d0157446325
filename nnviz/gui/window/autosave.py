"""The autosave controller of the main window: when to save, and offering the last autosave.

Not to be confused with `nnviz.core.files.autosave`, which knows where the autosave file lives
and writes it; this controller (controller.py) decides when: every N epochs, at the end of the
epoch, from the snapshot's copy of the parameters, never the network being trained (a
784-16-16-10 model is 50 kB, so it costs nothing visible). A failed autosave is reported in the
status bar and marked on the autosave control rather than in a dialog, so it never interrupts a
run. The offer to restore is a menu action and a status-bar message, never a modal dialog that
would stand between the user and the app at start.
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from nnviz.core.errors import NnvizError
from nnviz.core.files.autosave import autosave_path, waiting_autosave, write_autosave
from nnviz.core.network import Network
from nnviz.gui import theme
from nnviz.gui.window.controller import Controller
from nnviz.gui.i18n import text_of


class AutosaveController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self._tip = window.controls.autosave.toolTip()   # the control's own tip, kept
        window.training.snapshot_taken.connect(self._on_snapshot_taken)

    def add_actions(self, menus):
        self.act_restore = QAction(self.tr("Restore autosave"), self.window)
        self.act_restore.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_restore.setStatusTip(
            self.tr("Load the model nnviz saved automatically during training"))
        self.act_restore.triggered.connect(self.restore_autosave)
        menus.file.addAction(self.act_restore)
        self._offer_autosave()

    def _offer_autosave(self):
        waiting = waiting_autosave()
        self.act_restore.setEnabled(waiting is not None)
        if waiting is not None:
            path, when = waiting
            self.act_restore.setToolTip(
                self.tr("Load {path} (saved {when})").format(path=path, when=when))
            self.window.statusBar().showMessage(self.tr(
                "A model autosaved on {when} is available: File ▸ Restore autosave "
                "(Ctrl+Shift+O).").format(when=when), 20000)

    def _on_snapshot_taken(self, snap):
        """At the end of an epoch: save if the user asked for it every N epochs."""
        every = self.window.controls.values().get("autosave_every", 0)
        m = self.model.network
        if not snap.epoch_end or not every or snap.epoch % every or m is None or snap.w is None:
            return
        # the snapshot's parameters in the current network's architecture
        net = Network(m.sizes, m.activation, m.output, m.cost, snap.w, snap.b)
        box, status = self.window.controls.autosave, self.window.statusBar()
        try:
            path = write_autosave(net, self.model.classes)
        except (NnvizError, OSError) as e:
            # Marked on the control too: a status message is soon replaced by the next one.
            message = self.tr("Autosave failed: {error}").format(error=text_of(e))
            status.showMessage(message, 10000)
            box.setStyleSheet(f"border: 1px solid {theme.current().css('note')};")
            box.setToolTip(f"{message}\n\n{self._tip}")
            return
        box.setStyleSheet("")
        box.setToolTip(self._tip)
        self.act_restore.setEnabled(True)
        status.showMessage(
            self.tr("Autosaved epoch {epoch} to {path}.").format(epoch=snap.epoch, path=path),
            5000)

    def restore_autosave(self):
        path = autosave_path()
        if self.window.files.load_model_file(path, what="autosave"):
            self.window.statusBar().showMessage(
                self.tr("Restored the autosave from {path}.").format(path=path), 6000)
