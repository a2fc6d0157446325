"""A row of buttons that wraps onto the next line, and forms that give way in a narrow column.

The training controls sit in a dock that a 1024×768 screen makes 250 px wide, and German words
are about a third longer than English ones: "MNIST herunterladen" beside "Ordner…" no longer fit
on one line, and a QHBoxLayout then widens the whole form past its dock, which cuts the form's
right edge. `FlowRow` lays its widgets out left to right like a row and starts a new line where
the next one would not fit; with `fill` the extra room on a line is shared out, so a wide dock
looks as a plain row of buttons did (the drawing pad's save bar and the cost view's check boxes
use it unfilled). Its minimum width is its widest widget's, and its height follows its width (Qt's
height-for-width, which a resizable scroll area honours). `let_narrow(widget)` makes the forms
inside a widget give way too: a long row puts its field under its label, labels word-wrap, and
combo and spin boxes need only a few characters rather than their longest item. What it leaves
out: right-to-left languages (none is shipped) and alignment.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QLayout,
                               QSizePolicy, QStyle)

GROWS = QSizePolicy.PolicyFlag.GrowFlag.value
COMBO_CHARACTERS = 6    # a combo box may shrink to this many characters; its list shows them all


def let_narrow(widget):
    """Every form, combo box and spin box in `widget` gives way when its column is narrow."""
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setWordWrap(True)
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    for spin in widget.findChildren(QAbstractSpinBox):
        # Qt's default (Minimum) never shrinks below the preferred width, which holds the
        # prefix, the largest value and the suffix ("alle 1000 Epochen"); the minimum suffices.
        spin.setSizePolicy(QSizePolicy.Policy.Preferred, spin.sizePolicy().verticalPolicy())


class FlowRow(QLayout):
    """Widgets left to right, wrapping onto new lines; `fill=True` shares each line's spare
    room among the widgets that may grow (buttons then span the line, as in a QHBoxLayout)."""

    def __init__(self, parent=None, fill=False):
        super().__init__(parent)
        self._items = []
        self.fill = fill

    # ---- QLayout's bookkeeping -----------------------------------------------------------------
    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    # ---- sizes -----------------------------------------------------------------------------------
    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self):
        """Everything on one line."""
        shown = self._shown()
        width = sum(map(_preferred, shown)) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self):
        """One widget a line: the widest widget's minimum."""
        shown = self._shown()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # ---- the arrangement -----------------------------------------------------------------------
    def _arrange(self, rect, place):
        """Lay the widgets out in lines within `rect`; returns the height that takes."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap, y = self._gap(), area.y()
        for line in self._lines(area.width(), gap):
            widths = self._widths(line, area.width(), gap)
            # a word-wrapping label alone on a narrow line takes the height its lines need
            height = max(i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                         for i, w in zip(line, widths))
            if place:
                x = area.x()
                for item, w in zip(line, widths):
                    item.setGeometry(QRect(x, y, w, height))
                    x += w + gap
            y += height + gap
        return max(0, y - gap - area.y()) + m.top() + m.bottom()

    def _lines(self, width, gap):
        """The shown items, a new line wherever the next one would not fit at its preferred width."""
        lines, line, used = [], [], 0
        for item in self._shown():
            w = _preferred(item)
            if line and used + gap + w > width:
                lines.append(line)
                line, used = [], 0
            used += (gap if line else 0) + w
            line.append(item)
        return lines + [line] if line else lines

    def _widths(self, line, width, gap):
        """Preferred widths, the spare room shared out when filling; a widget alone on a line
        too narrow for it gets the line (never less than its minimum)."""
        widths = [_preferred(i) for i in line]
        spare = width - sum(widths) - gap * (len(line) - 1)
        growing = [k for k, i in enumerate(line) if i.widget() is not None
                   and i.widget().sizePolicy().horizontalPolicy().value & GROWS]
        if spare > 0 and self.fill and growing:
            for n, k in enumerate(growing):
                widths[k] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
        elif spare < 0 and len(line) == 1:
            widths = [max(line[0].minimumSize().width(), width)]
        return [min(w, i.maximumSize().width()) for i, w in zip(line, widths)]

    def _shown(self):
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self):
        """The layout's own spacing, else the style's for widgets side by side."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    def _margin_size(self):
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())


def _preferred(item):
    """The width an item would like: a widget's own size hint even when its policy is Ignored
    (Qt then reports 0, meaning "may be cut"; here it still gets its line when there is room)."""
    hint = item.widget().sizeHint().width() if item.widget() is not None else -1
    hint = max(hint, item.sizeHint().width())
    return max(item.minimumSize().width(), min(hint, item.maximumSize().width()))
