"""Autosave for the main window: save every N epochs, and offer the last autosave at start.

A mixin of `MainWindow` (it needs `controls`, `model`, `classes`, `statusBar` and
`load_model_file`). Saving happens on the GUI thread at the end of an epoch, from the
snapshot's copy of the parameters, never the network being trained; a 784-16-16-10 model is
50 kB, so it costs nothing visible. A failed autosave is reported in the status bar and marked
on the autosave control rather than in a dialog, so it never interrupts a run. The offer to
restore is a menu action and a status-bar message, never a modal dialog that would stand
between the user and the app at start.
"""

from PySide6.QtGui import QAction, QKeySequence

from nnviz.core.files.autosave import autosave_path, waiting_autosave, write_autosave
from nnviz.core.errors import NnvizError
from nnviz.core.network import Network


class Autosave:
    def _build_autosave_action(self, menu):
        self.act_restore = QAction("Restore autosave", self)
        self.act_restore.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_restore.setStatusTip("Load the model nnviz saved automatically during training")
        self.act_restore.triggered.connect(self.restore_autosave)
        menu.addAction(self.act_restore)
        self._offer_autosave()

    def _offer_autosave(self):
        waiting = waiting_autosave()
        self.act_restore.setEnabled(waiting is not None)
        if waiting is not None:
            path, when = waiting
            self.act_restore.setToolTip(f"Load {path} (saved {when})")
            self.statusBar().showMessage(f"A model autosaved on {when} is available: File ▸ "
                                         f"Restore autosave (Ctrl+Shift+O).", 20000)

    def _autosave_after(self, snap):
        """At the end of an epoch: save if the user asked for it every N epochs."""
        every = self.controls.values().get("autosave_every", 0)
        if not every or snap.epoch % every or self.model is None or snap.w is None:
            return
        m = self.model   # the snapshot's parameters in the current network's architecture
        net = Network(m.sizes, m.activation, m.output, m.cost, snap.w, snap.b)
        box = self.controls.autosave
        tip = getattr(self, "_autosave_tip", None) or box.toolTip()
        self._autosave_tip = tip
        try:
            path = write_autosave(net, self.classes)
        except (NnvizError, OSError) as e:
            # Marked on the control too: a status message is soon replaced by the next one.
            message = f"Autosave failed: {e}"
            self.statusBar().showMessage(message, 10000)
            box.setStyleSheet("border: 1px solid #ff5252;")
            box.setToolTip(f"{message}\n\n{tip}")
            return
        box.setStyleSheet("")
        box.setToolTip(tip)
        self.act_restore.setEnabled(True)
        self.statusBar().showMessage(f"Autosaved epoch {snap.epoch} to {path}.", 5000)

    def restore_autosave(self):
        path = autosave_path()
        if self.load_model_file(path, what="autosave"):
            self.statusBar().showMessage(f"Restored the autosave from {path}.", 6000)
