"""Image files for the GUI: Qt decodes pictures for the importer and encodes saved drawings.

The core's folder importer takes a `decode(path)` function so that `nnviz.core` stays free of
Qt; this module supplies it (the CLI's reader, QImage-based) and the matching writer for the
28×28 PNGs that "Save my drawing" produces — white ink on black, exactly as MNIST stores digits.
"""

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from nnviz.cli.images import read_grey
from nnviz.core.errors import DataError

__all__ = ["read_grey", "write_grey_png"]


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
