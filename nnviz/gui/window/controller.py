"""The base of the main window's controllers, and the menus they put their actions into.

The window (main_window.py) builds the views and docks; each of its jobs — training, loading
data, model files, replay, exports, autosave — is a `Controller` it owns. A controller changes
the window's `WindowModel` (model.py) and follows its `changed` notification; the window's views
and panels follow that same notification, so a controller never redraws another one's views.

Adding a controller:
1. Subclass `Controller`; in `__init__(window)` call `super().__init__(window)`, then build the
   widgets it owns and connect the signals it listens to. It may use the window's public parts:
   `model`, `settings`, `controls`, the views (`network_view`, `weights_view`, `cost_view`,
   `pad`, `prediction`), `panels`, `docks`, `show_panel`, `statusBar()`, and the controllers
   built before it (`window.training`, `window.files`, `window.replay` …).
2. Override `add_actions(menus)` to put its actions into the menus and toolbar (`Menus` below:
   `menus.file`, `menus.train`, `menus.view`, `menus.help`, `menus.toolbar`, `menus.add_menu`
   for a menu of its own, `menus.action` to make an action with shortcuts and tips).
3. Override `on_model_changed(fields)` to follow the model, and `shutdown()` to stop what it
   runs and remember its settings when the window closes.
4. Add one line to `MainWindow._build_controllers`; its order is the order of the menu entries.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


class Menus:
    """The window's menus and toolbar, filled by the controllers in their order."""

    def __init__(self, window, toolbar):
        self.window = window
        bar = window.menuBar()
        self.bar = bar
        self.file = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
        self.train = bar.addMenu(QCoreApplication.translate("Menus", "&Train"))
        self.view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
        self.help = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        self.toolbar = toolbar

    def add_menu(self, title):
        """A new top-level menu, placed before Help."""
        menu = QMenu(title, self.bar)
        self.bar.insertMenu(self.help.menuAction(), menu)
        return menu

    def action(self, text, slot, shortcut=None, tip=""):
        """An action of the window; `shortcut` may hold several, separated by "|"."""
        a = QAction(text, self.window)
        a.triggered.connect(slot)
        if shortcut:
            a.setShortcuts([QKeySequence(s) for s in shortcut.split("|")])
        a.setToolTip(f"{text} ({a.shortcut().toString()})" if shortcut else text)
        a.setStatusTip(tip)
        return a


class Controller:
    """One job of the main window. Subclasses override the hooks they need."""

    def __init__(self, window):
        self.window = window
        self.model = window.model
        self.model.changed.connect(self.on_model_changed)

    def add_actions(self, menus):
        """Put this controller's actions into `menus` (a `Menus`)."""

    def on_model_changed(self, fields):
        """Called with the set of the model's fields that changed (see model.py)."""

    def shutdown(self):
        """The window is closing: stop background work, remember settings."""
