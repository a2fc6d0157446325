"""Message boxes whose text is shown as text, whatever it holds.

A message often names something from outside: a file name, a class name, the reason an import
failed. Qt's message box guesses whether its text is rich text, so a model file called
`<b>mine</b>.json` came out in bold and a name holding `<img …>` could draw a picture. Every
warning and notice the window shows goes through here, which hands Qt its text escaped
(`plain.literal`), line breaks and indentation kept. What it leaves out: questions with several
buttons (the window asks none).
"""

from PySide6.QtWidgets import QMessageBox

from nnviz.gui.plain import literal


def warn(parent, title, text):
    """A warning: something the person asked for did not happen, and why."""
    return QMessageBox.warning(parent, title, literal(text))


def inform(parent, title, text):
    """A notice: nothing failed, but the person needs to know something first."""
    return QMessageBox.information(parent, title, literal(text))
