"""Forms that give way in a narrow column, in every language.

The training controls sit in a dock that a 1024×768 screen makes 250 px wide, and German words
are about a third longer than English ones: a QFormLayout keeps label and field side by side and
a combo box asks for the width of its longest item, so the form grew past its dock and lost its
right edge. `let_narrow(widget)` makes the forms inside a widget give way: a long row puts its
field under its label, labels word-wrap, and combo and spin boxes need only a few characters
rather than their longest item. Rows of buttons wrap through `flow.FlowLayout`. What it leaves
out: right-to-left languages (none is shipped).
"""

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QSizePolicy

COMBO_CHARACTERS = 12   # a combo box never asks for more characters; its list shows them all


def let_narrow(widget):
    """Every form, combo box and spin box in `widget` gives way when its column is narrow."""
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setWordWrap(True)
    for combo in widget.findChildren(QComboBox):
        # room for its longest item up to COMBO_CHARACTERS: a row whose field then does not fit
        # beside its label goes under it, rather than "Kreuzentropie" showing as "Kreuzentro"
        longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(max(longest, 4), COMBO_CHARACTERS))
    for spin in widget.findChildren(QAbstractSpinBox):
        # Qt's default (Minimum) never shrinks below the preferred width, which holds the
        # prefix, the largest value and the suffix ("alle 1000 Epochen"); the minimum suffices.
        spin.setSizePolicy(QSizePolicy.Policy.Preferred, spin.sizePolicy().verticalPolicy())
