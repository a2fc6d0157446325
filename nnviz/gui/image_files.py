"""Image files for the GUI: Qt decodes pictures for the importer and encodes saved drawings.

Qt already ships decoders for PNG, JPEG, BMP and more, so nnviz needs no imaging library of its
own. The core's folder importer takes a `decode(path)` function so that `nnviz.core` stays free
of Qt; `read_grey` is that function (the command line's `predict` and importers use it too), and
`write_grey_png` is the matching writer for the 28×28 PNGs that "Save my drawing" produces —
white ink on black, exactly as MNIST stores digits.
"""

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage, QPainter

from nnviz.core.errors import DataError

__all__ = ["read_grey", "write_grey_png"]


def read_grey(path):
    """The image at `path` as a float array in [0, 1], shape (height, width)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path.name}: no such image file.")
    image = QImage(str(path))
    if image.isNull():
        raise DataError(f"{path.name}: not an image Qt can read (PNG, JPEG, BMP, GIF…).")
    if image.hasAlphaChannel():
        # Transparent pixels count as background: composite onto white before going grey,
        # so a PNG drawn in black ink on a transparent sheet reads as ink.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(0xFFFFFFFF)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    h, w, stride = grey.height(), grey.width(), grey.bytesPerLine()
    buf = np.frombuffer(grey.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return buf[:, :w].astype(np.float32) / 255.0


def write_grey_png(path, image):
    """Save a 2-D float image in [0, 1] as an 8-bit greyscale PNG; creates the folder."""
    path = Path(path)
    pixels = np.ascontiguousarray(np.rint(np.clip(image, 0.0, 1.0) * 255).astype(np.uint8))
    h, w = pixels.shape
    qimage = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataError(f"cannot create the folder {path.parent} ({e.strerror or e}).") from e
    if not qimage.save(str(path), "PNG"):
        raise DataError(f"could not write {path}.")
    return path
