"""Spin boxes that say why they refused what was typed.

Qt's spin boxes already refuse text that is not a number in range, but silently: a key that
does nothing teaches nothing, and "0" in a batch-size box just snaps back on Enter. These emit
`refused(reason)` when Qt rejects a keystroke (Invalid) or reverts an unfinished value on Enter
or focus-out (Intermediate, via `fixup`), and `accepted()` at the next valid edit, so the panel
can show one sentence beside the control. The range itself stays Qt's to enforce.
"""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


class _Reasons:
    """Shared by both spin boxes: `what` names the value, `limit_note` says why the maximum."""

    def _init_reasons(self, what):
        self.what = what
        self.limit_note = ""
        self.lineEdit().textEdited.connect(self._on_edited)

    def reason(self):
        # one whole sentence per kind, so that a translation can inflect around it; the context
        # is named in the call since this mixin is no QObject (lupdate files by enclosing class)
        if isinstance(self, QSpinBox):
            text = QCoreApplication.translate(
                "CheckedSpinBox", "{what} must be a whole number from {low} to {high}{note}.")
        else:
            text = QCoreApplication.translate(
                "CheckedSpinBox", "{what} must be a number from {low} to {high}{note}.")
        return text.format(what=self.what, low=self._fmt(self.minimum()),
                           high=self._fmt(self.maximum()), note=self.limit_note)

    def validate(self, text, pos):
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            self.refused.emit(self.reason())
        return result

    def fixup(self, text):
        kept = QCoreApplication.translate("CheckedSpinBox", " Kept {value}.").format(
            value=self.textFromValue(self.value()))
        self.refused.emit(self.reason() + kept)
        return super().fixup(text)

    def _on_edited(self, text):
        if super().validate(text, len(text))[0] == QValidator.State.Acceptable:
            self.accepted.emit()


class CheckedSpinBox(_Reasons, QSpinBox):
    refused = Signal(str)
    accepted = Signal()

    def __init__(self, what, parent=None):
        super().__init__(parent)
        self._init_reasons(what)

    @staticmethod
    def _fmt(v):
        return f"{v:,}"


class CheckedDoubleSpinBox(_Reasons, QDoubleSpinBox):
    refused = Signal(str)
    accepted = Signal()

    def __init__(self, what, parent=None):
        super().__init__(parent)
        self._init_reasons(what)

    @staticmethod
    def _fmt(v):
        return f"{v:g}"
