"""View ▸ Language: choose the window's language for the next start, or follow the system's.

The choice is remembered in the settings (`language`; empty means the system's) and takes effect
when nnviz starts again (see `nnviz.gui.i18n` for why not at once); the status bar says so. Each
language is listed under its own name, so a person finds theirs whatever is shown now.
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from nnviz.gui import i18n


class LanguageMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions = {}

    def add_to(self, menu):
        sub = menu.addMenu(self.tr("Language"))
        group = QActionGroup(sub)
        system = i18n.LANGUAGES[i18n.system_language()]
        chosen = self.window.settings.get("language")
        entries = [("", self.tr("System language ({0})").format(system))]
        entries += list(i18n.LANGUAGES.items())
        for code, title in entries:
            action = QAction(title, sub, checkable=True, checked=code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            sub.addAction(action)
            self.actions[code] = action
        return sub

    def choose(self, code):
        """Remember `code` ("" for the system's language) for the next start."""
        self.window.settings.set("language", code)
        self.actions[code].setChecked(True)
        name = i18n.LANGUAGES[code or i18n.system_language()]
        self.window.statusBar().showMessage(
            self.tr("nnviz will use {0} from its next start.").format(name), 8000)
