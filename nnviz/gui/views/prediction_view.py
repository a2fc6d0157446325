"""What the network makes of a drawing: the 28×28 image it sees and its ten outputs.

Showing the downscaled image next to the answer matters as much as the answer: when the network
misreads a digit, the person can see whether the drawing survived the trip to 28×28. The outputs
are drawn as horizontal bars with the winner in the accent colour. A sigmoid output layer's
values do not sum to 1, so they are labelled "activation" and shown as they are; only outputs
that form a distribution (softmax) are called "probability" and given as percentages. The view
is called on every mouse move, so updates only store the data and schedule a repaint; it never
runs the network or the preprocessing itself.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


from nnviz.gui import class_names, numbers, theme
from nnviz.gui.plain import plain_label
# English here; `show_nothing` shows them in the window's language.
NOTHING_DRAWN = QT_TRANSLATE_NOOP("PredictionView", "Nothing drawn yet")
NO_MODEL = QT_TRANSLATE_NOOP("PredictionView", "No model yet")
HEADLINE_SIZE = 1.5    # the headline's text, in times the normal text
DIGITS = tuple(str(d) for d in range(10))
ROW_GAP_PX = 3      # the least gap between two classes' labels, in pixels
CAPTION_SIZE = 0.85  # the image's caption and the bars' axis, in times the normal text


def _caption_font(widget: QWidget) -> QFont:
    """Captions a little smaller than the text, as the other views' captions: at 150 % on a
    1280×800 screen the drawing pad's dock is what decides whether the window still fits."""
    font = QFont(widget.font())
    font.setPointSizeF(widget.font().pointSizeF() * CAPTION_SIZE)
    return font


class _SeenImage(QWidget):
    """The 28×28 input, scaled by a whole factor with nearest-neighbour so every pixel is crisp."""

    CAPTION = QT_TRANSLATE_NOOP("PredictionView", "what the network sees (28×28)")

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def minimumSizeHint(self) -> QSize:
        # two screen pixels per pixel; a hint, not setMinimumSize: the caption follows the zoom
        return QSize(56, 56 + self._caption_height())

    def _caption_height(self) -> int:
        return 2 * QFontMetrics(_caption_font(self)).height() + 4  # the caption's two lines

    def sizeHint(self) -> QSize:
        return QSize(142, 142 + self._caption_height())  # five screen pixels per image pixel

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height() - self._caption_height()) - 2
        side = max(28, side - side % 28)  # a whole number of screen pixels per image pixel
        target = QRectF((self.width() - side) // 2, 1, side, side)
        p = QPainter(self)
        p.fillRect(target, Qt.black)
        if self.image is not None:
            p.drawImage(target, self.image)  # no SmoothPixmapTransform: nearest neighbour
        p.setPen(QPen(self.palette().color(QPalette.Mid), 1))
        p.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        p.setPen(self.palette().color(QPalette.WindowText))
        p.setFont(_caption_font(self))
        caption = QRectF(0, target.bottom() + 3, self.width(), self._caption_height())
        p.drawText(caption, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                   QCoreApplication.translate("PredictionView", self.CAPTION))
        p.end()


class _Bars(QWidget):
    """One horizontal bar per class, labelled, on a 0–1 axis."""

    def __init__(self) -> None:
        super().__init__()
        self.values: np.ndarray | None = None
        self.classes: tuple[str, ...] = DIGITS
        self.winner: int | None = None
        self.scale = "activation"
        self.setMinimumWidth(150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def minimumSizeHint(self) -> QSize:
        # every class's row at least a label's height and a gap, however large the text is
        # zoomed: at 60 % of a text line the digits 0–9 ran into each other from 125 % up
        line = QFontMetrics(_caption_font(self)).height()     # the axis: ticks, its name
        return QSize(150, math.ceil(self.min_row_height() * len(self.classes)) + 2 * line + 4)

    def set_classes(self, classes) -> None:
        if tuple(classes) != self.classes:
            self.classes = tuple(classes)
            self.updateGeometry()      # the rows' minimum follows the names' ink

    def min_row_height(self) -> float:
        """The labels' ink height (a digit's; a name's with its descenders) and a gap of a
        fifth of it, at least ROW_GAP_PX, so neighbouring labels never touch. No more: on a
        1024×768 screen these rows decide whether 125 % text still fits."""
        ink = max(self.fontMetrics().tightBoundingRect("".join(self.classes)).height(),
                  self.fontMetrics().capHeight())
        return ink + max(ROW_GAP_PX, 0.2 * ink)

    def _layout(self) -> tuple[float, float, float, float]:
        """(label width, value-text width, row height, top of the axis)."""
        fm = self.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(c) for c in self.classes) + 10, self.width() * 0.4)
        value_w = fm.horizontalAdvance("100 %") + 10
        axis_top = self.height() - 2 * QFontMetrics(_caption_font(self)).height() - 4
        return label_w, value_w, axis_top / len(self.classes), axis_top

    def bar_rect(self, index: int) -> QRectF:
        """Where class `index`'s full-length (value 1) bar lies, in this widget's coordinates."""
        label_w, value_w, row_h, _ = self._layout()
        thickness = min(row_h * 0.64, 1.4 * self.fontMetrics().height())
        return QRectF(label_w, (index + 0.5) * row_h - thickness / 2,
                      self.width() - label_w - value_w, thickness)

    def paintEvent(self, event) -> None:
        label_w, value_w, row_h, axis_top = self._layout()
        t = theme.current()
        accent = t.qcolor("highlight")     # the winner, as the diagram's output neuron
        neutral, track_colour = t.qcolor("dim", 170), t.qcolor("outline", 40)
        text = self.palette().color(QPalette.WindowText)
        faint = QColor(text)
        faint.setAlpha(110)
        bold = QFont(self.font())
        bold.setBold(True)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        for i, name in enumerate(self.classes):
            track = self.bar_rect(i)
            won = i == self.winner
            p.setFont(bold if won else self.font())
            p.setPen(accent if won else (text if self.values is not None else faint))
            label = QRectF(0, i * row_h, label_w - 8, row_h)
            p.drawText(label, Qt.AlignRight | Qt.AlignVCenter,
                       p.fontMetrics().elidedText(name, Qt.ElideRight, int(label.width())))
            p.fillRect(track, track_colour)
            if self.values is None:
                continue
            v = float(self.values[i])
            p.fillRect(QRectF(track.x(), track.y(), track.width() * v, track.height()),
                       accent if won else neutral)
            if won:
                value = QRectF(track.right() + 6, i * row_h, value_w, row_h)
                p.drawText(value, Qt.AlignLeft | Qt.AlignVCenter, self.format_value(v))
        p.setFont(_caption_font(self))
        fm = p.fontMetrics()
        p.setPen(QPen(faint, 1))
        x0, x1 = label_w, self.width() - value_w
        p.drawLine(QPointF(x0, axis_top + 2), QPointF(x1, axis_top + 2))
        ticks = QRectF(x0, axis_top + 3, x1 - x0, fm.height())
        p.drawText(ticks, Qt.AlignLeft, "0")
        p.drawText(ticks, Qt.AlignRight, "1")
        # Centred under the bars, but moved inwards rather than clipped when they are narrow.
        scale_name = (QCoreApplication.translate("PredictionView", "probability")
                      if self.scale == "probability" else
                      QCoreApplication.translate("PredictionView", "activation"))
        name_w = fm.horizontalAdvance(scale_name)
        left = min(max((x0 + x1 - name_w) / 2, 0), self.width() - name_w)
        p.drawText(QRectF(left, axis_top + 3 + fm.height(), name_w, fm.height()), 0, scale_name)
        p.end()

    def format_value(self, v: float) -> str:
        return numbers.output(v, self.scale == "probability")


class PredictionView(QWidget):
    """The network's view of the drawing and its answer; knows nothing of where they come from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headline = plain_label(QLabel())   # it shows a class name
        # A long headline must not force the whole window wider, nor be cut ("Maybe an 8 (45"):
        # it wraps at spaces, and its font shrinks until its longest word fits (`_fit_headline`).
        self._headline.setWordWrap(True)
        self._headline.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        self._seen = _SeenImage()
        self._bars = _Bars()
        # Image above bars: the panel stands beside the pad, where height is plentiful and
        # width is what a 1280-pixel screen runs short of.
        body = QVBoxLayout()
        body.setSpacing(2)      # every pixel of height here is taken from the weights above
        body.addWidget(self._seen, 1)
        body.addWidget(self._bars, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)   # height goes to the weights above at 150 %
        layout.setSpacing(2)
        layout.addWidget(self._headline)
        layout.addLayout(body, 1)
        self.show_nothing()

    def _fit_headline(self) -> None:
        """1.5 × the text size, bold, or smaller until it fits on one line (no smaller than
        the normal text), else wrapped, smaller still until the longest word fits."""
        label = self._headline
        font = QFont(self.font())
        font.setBold(True)
        size = self.font().pointSizeF() * HEADLINE_SIZE
        margins = self.layout().contentsMargins()
        room = max(self.width() - margins.left() - margins.right(), 20)
        words = label.text().split(" ") or [""]   # Qt wraps at spaces, never at a no-break one
        normal = self.font().pointSizeF()
        while True:     # one line, down to the normal text size; then wrapped lines
            font.setPointSizeF(size)
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(w) for w in words)
            whole = metrics.horizontalAdvance(label.text())
            if (whole <= room or size <= normal and widest <= room) or size <= 6:
                break
            size *= 0.9
        if font != label.font():
            label.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_headline()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:    # zoom
            self._fit_headline()

    # ---- state, for the main window and tests -----------------------------------------------

    def caption(self) -> str:
        return self._headline.text()

    def winner(self) -> int | None:
        """The highlighted class, or None in the "nothing to show" state."""
        return self._bars.winner

    def scale(self) -> str:
        """"probability" when the outputs sum to 1, else "activation"."""
        return self._bars.scale

    def bar_rect(self, index: int) -> QRectF:
        """Where class `index`'s bar track lies, in this widget's coordinates."""
        return self._bars.bar_rect(index).translated(self._bars.pos())

    # ---- updates ------------------------------------------------------------------------------

    def show_prediction(self, image28: np.ndarray, outputs: np.ndarray,
                        classes: tuple[str, ...] = DIGITS) -> None:
        """Show the (28, 28) input in [0, 1] and the output layer's activations (k,)."""
        a = np.nan_to_num(np.asarray(outputs, dtype=np.float64).ravel())
        if len(classes) != a.size:
            raise ValueError(f"{a.size} outputs but {len(classes)} class names")
        is_distribution = a.min() >= 0 and abs(a.sum() - 1.0) < 1e-3
        bars = self._bars
        bars.scale = "probability" if is_distribution else "activation"
        bars.values = np.clip(a, 0.0, 1.0)
        bars.set_classes(class_names.shown_all(classes))
        bars.winner = int(a.argmax())
        v = bars.values[bars.winner]
        # A digit is named with an article, a named class without one (see class_names).
        self._headline.setText(class_names.answer(classes[bars.winner], v, bars.format_value(v)))
        self._fit_headline()
        self._set_image(image28)
        bars.update()

    def set_output_kind(self, softmax: bool) -> None:
        """Name the bars' axis for the network on screen before anything is drawn: a softmax
        network's outputs are probabilities, a sigmoid's are activations."""
        scale = "probability" if softmax else "activation"
        if self._bars.values is None and self._bars.scale != scale:
            self._bars.scale = scale
            self._bars.update()

    def show_nothing(self, message: str = NOTHING_DRAWN,
                     classes: tuple[str, ...] | None = None) -> None:
        """The defined empty state: a blank image, no bars, and `message` (e.g. NO_MODEL)."""
        self._bars.values = None
        self._bars.winner = None
        if classes is not None:
            self._bars.set_classes(class_names.shown_all(classes))
        self._headline.setText(self.tr(message))   # a constant here, or already translated
        self._fit_headline()
        self._seen.image = None
        self._seen.update()
        self._bars.update()

    def _set_image(self, image28: np.ndarray) -> None:
        img = np.asarray(image28, dtype=np.float32)
        side = int(round(np.sqrt(img.size)))
        if side * side != img.size:
            raise ValueError(f"expected a square image, got shape {img.shape}")
        pixels = np.ascontiguousarray(
            (np.clip(np.nan_to_num(img.reshape(side, side)), 0.0, 1.0) * 255).astype(np.uint8))
        # QImage borrows the buffer; copy() gives it its own, so `pixels` may be freed.
        self._seen.image = QImage(pixels.data, side, side, side, QImage.Format_Grayscale8).copy()
        self._seen.update()
