"""The status bar's line about the network and its training, fitted to the room it has.

The line is parts joined by " · " ("epoch 2 · mini-batch 300/6,000 · … · η = 0.1 · test
accuracy 92.6 %"). On a 1024×768 screen it did not fit and Qt cut it mid-number ("η = 0.("),
and its full width was the window's minimum width at 150 %. Here the parts that matter least
give way first (the order is the caller's), the rest is elided with "…" only if even the
first part is too long, and the whole line is the tooltip. It asks for no width of its own, so
the window can be as narrow as the screen. What it leaves out: what the parts say.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

SEPARATOR = " · "


class StatusLine(QLabel):
    def __init__(self, text="", parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._parts, self._drop = [], ()
        self.set_line(text)

    def set_line(self, text, drop=()):
        """Show `text`; `drop`: indices of its " · " parts, the first to give way first."""
        self._parts, self._drop = text.split(SEPARATOR), tuple(drop)
        self.setToolTip(text if SEPARATOR in text else "")
        self._fit()

    def line(self):
        """The whole line, whatever part of it is shown."""
        return SEPARATOR.join(self._parts)

    def text(self):                   # what the line says; `shown` is what fits of it
        return self.line()

    def shown(self):
        return super().text()

    def _fit(self):
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        kept = list(range(len(self._parts)))
        order = [i for i in self._drop if 0 < i < len(self._parts)]
        order += [i for i in reversed(range(1, len(self._parts))) if i not in order]
        text = self.line()
        for index in order:                       # the least useful parts give way first
            if room <= 0 or metrics.horizontalAdvance(text) <= room:
                break
            kept.remove(index)
            text = SEPARATOR.join(self._parts[i] for i in kept)
        if room > 0:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if text != self.shown():
            super().setText(text)

    def setText(self, text):         # a plain setText keeps working, fitted too
        self.set_line(text)

    def minimumSizeHint(self):
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()
