"""Help ▸ "What am I looking at?" (F1): a small non-modal window explaining the view in use.

F1 explains the dock that holds the keyboard focus, else the one under the mouse, else the
network diagram; a list in the popup switches to any other view. It stays open beside the
window (non-modal) so a learner can read and look at the same time, and pressing F1 again
follows the focus. The texts are in `help_texts.py`; the main window calls `install` once.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QDockWidget,
                               QLabel, QVBoxLayout)

from nnviz.gui import class_names
from nnviz.gui.help.texts import help_for


def install(window, menu):
    """Add "What am I looking at?" (F1) to `menu`; the popup is created on first use."""
    act = QAction(QCoreApplication.translate("HelpPopup", "What am I looking at?"), window)
    act.setShortcut(QKeySequence("F1"))
    act.setToolTip(QCoreApplication.translate("HelpPopup", "What am I looking at? (F1)"))
    act.setStatusTip(QCoreApplication.translate(
        "HelpPopup", "Explain, in plain words, the view that has the focus"))
    act.triggered.connect(lambda: show(window))
    menu.addAction(act)
    return act


def views(window):
    """(key, title, widget) for the diagram and every dock, in menu order."""
    title = QCoreApplication.translate("HelpPopup", "Network diagram")
    found = [("network", title, window.network_view)]
    for key, dock in window.docks.items():
        found.append((key.removeprefix("panel_"), dock.windowTitle(), dock.widget()))
    return found


def current_key(window):
    """The key of the dock holding the focus, else under the mouse, else "network"."""
    docks = {dock: key.removeprefix("panel_") for key, dock in window.docks.items()}
    for widget in (QApplication.focusWidget(), QApplication.widgetAt(QCursor.pos())):
        while widget is not None:
            if isinstance(widget, QDockWidget) and widget in docks:
                return docks[widget]
            widget = widget.parentWidget()
    return "network"


def show(window, key=None):
    """Open (or re-aim) the window's help popup at `key`, or at the view in use."""
    popup = window.findChild(HelpPopup)   # one per window, made on first use
    if popup is None:
        popup = HelpPopup(window)
    popup.show_key(key or current_key(window))
    popup.show()
    popup.raise_()
    return popup


class HelpPopup(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self._main = window   # its classes decide whether the texts say "digit"
        self.setWindowTitle(self.tr("What am I looking at?"))
        self.setModal(False)
        self.resize(460, 300)
        self._views = views(window)
        self.choice = QComboBox(toolTip=self.tr("Pick any view to read about it."))
        for key, title, _ in self._views:
            self.choice.addItem(title, key)
        self.text = QLabel(wordWrap=True, textInteractionFlags=(
            Qt.TextInteractionFlag.TextSelectableByMouse))
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMargin(6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.choice)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._chosen)

    def show_key(self, key):
        index = self.choice.findData(key)
        self.choice.setCurrentIndex(max(index, 0))
        self._chosen()

    def _chosen(self):
        key, _, widget = self._views[max(self.choice.currentIndex(), 0)]
        digits = class_names.kind(self._main.model.classes) == class_names.DIGITS
        self.text.setText(help_for(key, widget, digits))

    def current(self):
        return self.choice.currentData()
