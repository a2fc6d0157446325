"""Rows that become columns when a docked panel is too narrow for them.

A teaching panel lays its parts side by side (controls, table, plot) because a wide dock has the
room; docked beside the diagram on a 1024×768 screen it has a third of it, and a fixed row made
the panel a clipped box with two scroll bars. `reflow(panel, box, …)` watches the width the panel
is given — its scroll area's viewport when it sits in one, since a scroll area would otherwise
widen the panel to its row's minimum — and turns each QBoxLayout (or QSplitter) from left-to-right
to top-to-bottom when the row's parts would not fit side by side, and back when they would. The
panel then needs at most a vertical scroll bar. A row may sit deeper in the panel (in a group
box, in a row of its own): it is given the room the panel has minus the margins around it. What
it leaves out: wrapping a row's parts onto several lines (that is `flow.FlowLayout`).
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QSplitter

SLACK = 8   # px: switch back to a row only with a little room to spare, so it does not flicker


def reflow(panel, *rows):
    """Let each of `rows` (QBoxLayout or QSplitter, horizontal) stack when `panel` is narrow."""
    watcher = _Reflow(panel, rows)
    panel.installEventFilter(watcher)
    return watcher


def row_need(row):
    """The width `row`'s parts need side by side (their minimum widths, spacing, margins)."""
    if isinstance(row, QSplitter):
        # a widget's own minimum width counts too (a painted view may have no size hint)
        widths = [max(row.widget(i).minimumSizeHint().width(), row.widget(i).minimumWidth())
                  for i in range(row.count())]
        return sum(widths) + row.handleWidth() * max(0, row.count() - 1)
    widths = []
    for i in range(row.count()):
        item = row.itemAt(i)
        if item.widget() is not None and item.widget().isHidden():
            continue
        widths.append(max(item.minimumSize().width(), 0))
    margins = row.contentsMargins()
    spacing = max(row.spacing(), 0) * max(0, len(widths) - 1)
    return sum(widths) + spacing + margins.left() + margins.right()


def is_stacked(row):
    if isinstance(row, QSplitter):
        return row.orientation() == Qt.Orientation.Vertical
    return row.direction() == QBoxLayout.Direction.TopToBottom


class _Reflow(QObject):
    def __init__(self, panel, rows):
        super().__init__(panel)
        self.panel, self.rows = panel, rows
        self._viewport = None

    def room(self):
        """The width the panel is given: its scroll area's viewport, else its own."""
        parent = self.panel.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QScrollArea):
            if self._viewport is not parent:
                self._viewport = parent
                parent.installEventFilter(self)
            return parent.width()
        return self.panel.width()

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            if self.update() or event.type() == QEvent.Type.Show:
                # a panel resized while hidden (under another tab) kept its old layout
                QTimer.singleShot(0, self, self._relayout)   # dropped if the panel goes
        return False

    def _relayout(self):
        layout = self.panel.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def _around(self, row):
        """The width the panel spends around `row`: the margins of every layout and box (a
        group box's frame and title) between the panel's edge and the row. Computed from the
        margins, since Qt voids the row's laid-out width whenever its layout is invalidated
        (a text zoom on a hidden panel left the lab's row side by side, 13 px too wide); the
        panel's width minus the row's when that is known and larger (a tab's frame, a sibling
        beside the row)."""
        width = row.width() if isinstance(row, QSplitter) else row.geometry().width()
        laid_out = self.panel.width() - width if 0 < width <= self.panel.width() else 0
        widget = row.parentWidget()
        around = 0
        while widget is not None:
            for margins in (widget.contentsMargins(),
                            widget.layout().contentsMargins() if widget.layout() else None):
                if margins is not None:
                    around += margins.left() + margins.right()
            if widget is self.panel:
                break
            widget = widget.parentWidget()
        return max(around, laid_out)

    def update(self):
        """Stack or unstack each row for the room there is; True when one changed."""
        changed = False
        room = self.panel.width() if self.room() <= 0 else self.room()
        for row in self.rows:
            need = row_need(row)
            left = room - self._around(row)
            stack = need > left if not is_stacked(row) else need + SLACK > left
            if stack != is_stacked(row):
                changed = True
                if isinstance(row, QSplitter):
                    row.setOrientation(Qt.Orientation.Vertical if stack
                                       else Qt.Orientation.Horizontal)
                else:
                    row.setDirection(QBoxLayout.Direction.TopToBottom if stack
                                     else QBoxLayout.Direction.LeftToRight)
        return changed
