"""A row of controls that wraps onto further lines when the panel is too narrow for it.

A panel's controls (a combo box, three spin boxes, a button…) sat in a QHBoxLayout, so the panel
could never be narrower than all of them side by side: 624 px for the cost landscape's, in a dock
of 380. `reflow` (reflow.py) would turn such a row into a column, one control a line, which eats
the height the picture below needs. `FlowLayout` instead places its items left to right at their
preferred widths and starts a new line where the next one would not fit, like words in a
paragraph; on a wide dock it is the old single row. It needs only as much width as its widest
item and tells its parent the height it takes at a given width (height-for-width), which scroll
areas and box layouts honour. With `fill=True` a line's spare room is shared out among the items
that may grow (buttons that should span their column, as the training controls' data buttons
do); otherwise every line is packed from the left. What it leaves out: stretch factors and
right-aligned items.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QStyle

DEFAULT_SPACING = 6   # px between items and between lines (Fusion's layout spacing)
GROWS = QSizePolicy.PolicyFlag.GrowFlag.value


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing=DEFAULT_SPACING, fill=False):
        super().__init__(parent)
        self._items, self.fill = [], fill
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # ---- the QLayout protocol ---------------------------------------------------------------
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

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self):
        """All items on one line: what the layout would like when there is room."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) \
            + self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self):
        """The widest item alone on a line (the height follows from `heightForWidth`)."""
        m = self.contentsMargins()
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    # ---- placing -------------------------------------------------------------------------------
    def _shown(self):
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self):
        gap = self.spacing()
        if gap < 0 and self.parentWidget() is not None:
            gap = self.parentWidget().style().pixelMetric(
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(gap, 0)

    def lines(self, width):
        """The items on each line at `width`: a list of lists of (item, item width)."""
        m = self.contentsMargins()
        room = max(width - m.left() - m.right(), 0)
        lines, used = [[]], 0
        for item in self._shown():
            w = max(min(item.sizeHint().width(), room), item.minimumSize().width())
            if lines[-1] and used + self._gap() + w > room:
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + w
            lines[-1].append((item, w))
        return [line for line in lines if line]

    def _place(self, rect, apply):
        """Lay the lines out inside `rect` (when `apply`); return the height they take."""
        m = self.contentsMargins()
        gap = self._gap()
        y = rect.y() + m.top()
        for n, line in enumerate(self.lines(rect.width())):
            if n:
                y += gap
            if self.fill and apply:
                line = _filled(line, rect.width() - m.left() - m.right(), gap)
            height = max(_height(item, w) for item, w in line)
            x = rect.x() + m.left()
            for item, w in line:
                h = _height(item, w)
                if apply:   # each item centred on its line, as a QHBoxLayout would put it
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + gap
            y += height
        return y + m.bottom() - rect.y()


def _height(item, width):
    """The item's height at `width`: a word-wrapping label squeezed onto a narrow line takes
    the lines its words need."""
    hint = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
    return min(max(hint, item.minimumSize().height()), item.maximumSize().height())


def _filled(line, room, gap):
    """`line` with its spare room shared out among the items whose width may grow."""
    spare = room - sum(w for _, w in line) - gap * (len(line) - 1)
    growing = [k for k, (item, _) in enumerate(line) if item.widget() is None
               or item.widget().sizePolicy().horizontalPolicy().value & GROWS]
    if spare <= 0 or not growing:
        return line
    line = list(line)
    for n, k in enumerate(growing):
        item, w = line[k]
        extra = spare // len(growing) + (1 if n < spare % len(growing) else 0)
        line[k] = (item, min(w + extra, item.maximumSize().width()))
    return line
