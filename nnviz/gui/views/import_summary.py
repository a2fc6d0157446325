"""What an imported dataset holds, one row per class: its name, a few of its images, a bar.

Before training on data they brought, people want to see it: did the labels line up with the
pictures, is a class nearly empty, are the images upside down or inverted? Each row shows the
class name, its first few training images as the network will see them (bright ink on black),
and a bar of how many training (and test) images it has, scaled to the largest class.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import theme

SAMPLES = 6          # images shown per class
THUMB = 26           # logical pixels per thumbnail
ROW = THUMB + 6
NAME_W = 64


def class_samples(images: np.ndarray, labels: np.ndarray, n_classes: int,
                  k: int = SAMPLES) -> list[np.ndarray]:
    """The first `k` images (side, side) uint8 of each class; fewer if a class has fewer."""
    side = int(round(np.sqrt(images.shape[1])))
    out = []
    for c in range(n_classes):
        idx = np.flatnonzero(labels == c)[:k]
        out.append(np.rint(images[idx] * 255).astype(np.uint8).reshape(-1, side, side))
    return out


class ImportSummaryView(QWidget):
    """Rows of class name, sample images and a train/test count bar; taller for more classes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []       # (name, samples (m, side, side) uint8, n_train, n_test)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_summary(self, classes, samples, train_counts, test_counts):
        self._rows = list(zip(classes, samples, train_counts, test_counts))
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def clear(self):
        self.set_summary((), (), (), ())

    def rows(self):
        return list(self._rows)

    def sizeHint(self):
        return QSize(NAME_W + SAMPLES * THUMB + 160, max(ROW * len(self._rows) + 22, 1))

    def paintEvent(self, event):
        if not self._rows:
            return
        p = QPainter(self)
        t = theme.current()
        TRAIN, TEST = t.qcolor("smooth"), t.qcolor("train")   # noqa: N806 — the chart's two series
        fm = p.fontMetrics()
        biggest = max(max(r[2] + r[3] for r in self._rows), 1)
        x_bar = NAME_W + SAMPLES * (THUMB + 2) + 8
        bar_w = max(self.width() - x_bar - 70, 30)
        for i, (name, images, n_train, n_test) in enumerate(self._rows):
            y = i * ROW
            p.setPen(t.qcolor("text"))
            p.drawText(QRectF(0, y, NAME_W - 6, ROW), Qt.AlignRight | Qt.AlignVCenter,
                       fm.elidedText(str(name), Qt.ElideRight, NAME_W - 6))
            for j, img in enumerate(images):
                side = img.shape[0]
                qimg = QImage(np.ascontiguousarray(img).data, side, side, side,
                              QImage.Format.Format_Grayscale8)
                p.drawImage(QRectF(NAME_W + j * (THUMB + 2), y + 3, THUMB, THUMB), qimg)
            w_train = bar_w * n_train / biggest
            w_test = bar_w * n_test / biggest
            p.fillRect(QRectF(x_bar, y + 8, w_train, ROW - 16), TRAIN)
            p.fillRect(QRectF(x_bar + w_train, y + 8, w_test, ROW - 16), TEST)
            p.setPen(t.qcolor("dim"))
            p.drawText(QRectF(x_bar + w_train + w_test + 6, y, 90, ROW),
                       Qt.AlignLeft | Qt.AlignVCenter, f"{n_train:,} + {n_test:,}")
        y = len(self._rows) * ROW + 4
        legend = ((TRAIN, QCoreApplication.translate("ImportSummaryView", "training")),
                  (TEST, QCoreApplication.translate("ImportSummaryView", "test")))
        for k, (colour, text) in enumerate(legend):
            x = x_bar + k * 90
            p.fillRect(QRectF(x, y + 4, 12, 10), colour)
            p.setPen(t.qcolor("dim"))
            p.drawText(QRectF(x + 16, y, 80, 18), Qt.AlignLeft | Qt.AlignVCenter, text)
        p.end()
