"""Reading image files into greyscale NumPy arrays, through Qt's image readers.

Qt already ships decoders for PNG, JPEG, BMP and more, so nnviz needs no imaging library of its
own; this module is outside `nnviz.core`, which stays free of Qt.
"""

from pathlib import Path

import numpy as np

from nnviz.core.errors import DataError


def read_grey(path):
    """The image at `path` as a float array in [0, 1], shape (height, width)."""
    from PySide6.QtGui import QImage

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
        from PySide6.QtGui import QPainter
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    h, w, stride = grey.height(), grey.width(), grey.bytesPerLine()
    buf = np.frombuffer(grey.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return buf[:, :w].astype(np.float32) / 255.0
