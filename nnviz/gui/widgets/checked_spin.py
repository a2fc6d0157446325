"""Spin boxes that say why they refused what was typed.

Qt's spin boxes already refuse text that is not a number in range, but silently: a key that
does nothing teaches nothing, and "0" in a batch-size box just snaps back on Enter. These emit
`refused(reason)` when Qt rejects a keystroke (Invalid) or reverts an unfinished value on Enter
or focus-out (Intermediate, via `fixup`), and `accepted()` at the next valid edit, so the panel
can show one sentence beside the control. The range itself stays Qt's to enforce.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


class _Reasons:
    """Shared by both spin boxes: `what` names the value, `limit_note` says why the maximum."""

    def _init_reasons(self, what):
        self.what = what
        self.limit_note = ""
        self.lineEdit().textEdited.connect(self._on_edited)

    def reason(self):
        kind = "a whole number" if isinstance(self, QSpinBox) else "a number"
        return (f"{self.what} must be {kind} from {self._fmt(self.minimum())} to "
                f"{self._fmt(self.maximum())}{self.limit_note}.")

    def validate(self, text, pos):
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            self.refused.emit(self.reason())
        return result

    def fixup(self, text):
        self.refused.emit(self.reason() + f" Kept {self.textFromValue(self.value())}.")
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
