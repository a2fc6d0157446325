"""A wrapping, scrolling grid of small 28×28 images with captions, each clickable.

The evaluation panel shows test images in several places: the images in a confusion-matrix
cell, the most confidently wrong ones, the ones a hidden neuron likes best. `ImageGallery` is a
QListWidget in icon mode, so scrolling, wrapping, keyboard navigation and tooltips come from Qt.
Clicking (or Enter on) an image emits its position in the list; the panel maps it back.
"""

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from nnviz.gui.plain import tooltip

THUMB = 56


def pixmap(image, size=THUMB):
    """A (28, 28) float image in [0, 1] as a grey pixmap, white ink on black like MNIST."""
    grey = np.ascontiguousarray(np.clip(image * 255.0, 0, 255).astype(np.uint8))
    h, w = grey.shape
    qimage = QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation)


class ImageGallery(QListWidget):
    image_clicked = Signal(int)      # position in the list last given to set_images

    def __init__(self, empty_text="", parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 26, THUMB + 34))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self._empty_text = empty_text
        self.itemClicked.connect(lambda item: self.image_clicked.emit(self.row(item)))
        self.itemActivated.connect(lambda item: self.image_clicked.emit(self.row(item)))

    def set_images(self, images, captions, tooltips=None):
        """images (m, 784) or (m, 28, 28); one caption (and optional tooltip) per image."""
        self.clear()
        side = int(round(np.sqrt(images.shape[-1]))) if images.ndim == 2 else None
        for i, (image, caption) in enumerate(zip(images, captions)):
            square = image.reshape(side, side) if side and side * side == image.size else image
            item = QListWidgetItem(QIcon(pixmap(square)), caption)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            if tooltips is not None:
                item.setToolTip(tooltip(tooltips[i]))
            self.addItem(item)
        self.viewport().update()

    def captions(self):
        return [self.item(i).text() for i in range(self.count())]

    def paintEvent(self, event):
        super().paintEvent(event)
        if self.count() == 0 and self._empty_text:
            from PySide6.QtGui import QPainter
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)

    def set_empty_text(self, text):
        self._empty_text = text
        self.viewport().update()
