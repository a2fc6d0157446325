"""Image files for the GUI: Qt decodes pictures for the importer and encodes saved drawings.

Qt already ships decoders for PNG, JPEG, BMP and more, so nnviz needs no imaging library of its
own. The core's folder importer takes a `decode(path)` function so that `nnviz.core` stays free
of Qt; `read_grey` is that function (the command line's `predict` and importers use it too), and
`write_grey_png` is the matching writer for the 28×28 PNGs that "Save my drawing" produces —
white ink on black, exactly as MNIST stores digits. `save_png` writes any picture (a view, the
window) the way every other file is written: encoded in memory, then moved into place whole
(`core.files.atomic`), so a full disk or a kill never leaves half a PNG over a good one.
"""

import errno
import os
import stat
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader, QPainter

from nnviz.core.errors import DataError
from nnviz.core.messages import QT_TRANSLATE_NOOP
from nnviz.core.files.atomic import write_atomically

__all__ = ["read_grey", "save_png", "write_grey_png"]


MAX_SIDE = 16384              # pixels along either side: beyond any scan or photo of a digit
MAX_PIXELS = 50_000_000      # a 50-megapixel photo; decoded as 32-bit colour that is 200 MB
MAX_FILE_BYTES = 256 * 2**20


def read_grey(path):
    """The image at `path` as a float array in [0, 1], shape (height, width).

    The file is read by Python and handed to Qt as bytes: Qt takes a file name as a QString,
    which cannot hold a name that is not valid UTF-8, so such a picture (common on old USB
    sticks) once read as "not an image". Only regular files are read (a FIFO would hang, a
    device would never end). Qt's reader reports an image's size before decoding it, so a 24 KB
    run-length-encoded BMP of 3,000,000×1 pixels is refused at once instead of decoding into
    gigabytes; Qt's own allocation limit stops formats that cannot say their size in advance.
    """
    path = Path(path)
    data = _read_file(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    QImageReader.setAllocationLimit(MAX_PIXELS * 4 // 2**20 + 1)   # megabytes
    if not reader.canRead():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: not an image Qt can read (PNG, "
                                          "JPEG, BMP, GIF…)."), name=path.name)
    size = reader.size()
    w, h = size.width(), size.height()
    if size.isValid() and (w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: an image of {w:,}×{h:,} pixels; "
                                          "nnviz reads pictures of at most {side:,} pixels a "
                                          "side and {megapixels} megapixels."),
                        name=path.name, w=w, h=h, side=MAX_SIDE, megapixels=MAX_PIXELS // 10**6)
    image = reader.read()
    if image.isNull():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: not an image Qt can read "
                                          "({reason})."),
                        name=path.name, reason=reader.errorString())
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


def _read_file(path):
    """The bytes of a regular file of at most MAX_FILE_BYTES, or a DataError saying why not."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: no such image file."),
                        name=path.name) from None
    except OSError as e:
        raise _unreadable(path, e) from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: is a folder, not an image "
                                              "file.") if stat.S_ISDIR(info.st_mode) else
                            QT_TRANSLATE_NOOP("Errors", "{name}: is a device, pipe or socket, "
                                              "not an image file."), name=path.name)
        if info.st_size > MAX_FILE_BYTES:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: {mb:,.0f} MB, more than the "
                                              "{limit} MB nnviz reads for one picture."),
                            name=path.name, mb=info.st_size / 2**20, limit=MAX_FILE_BYTES >> 20)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        try:
            return f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise _unreadable(path, e) from None


def _unreadable(path, e):
    return DataError(QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})."),
                     name=path.name, reason=e.strerror or e)


def write_grey_png(path, image):
    """Save a 2-D float image in [0, 1] as an 8-bit greyscale PNG; creates the folder."""
    path = Path(path)
    pixels = np.ascontiguousarray(np.rint(np.clip(image, 0.0, 1.0) * 255).astype(np.uint8))
    h, w = pixels.shape
    qimage = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "cannot create the folder {folder} "
                                          "({reason})."),
                        folder=path.parent, reason=e.strerror or e) from e
    try:
        return save_png(qimage, path)
    except OSError as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "could not write {path} ({reason})."),
                        path=path, reason=e.strerror or e) from e


def save_png(picture, path):
    """Write `picture` (a QImage or QPixmap) to `path` as a PNG, atomically; returns the path.

    Raises OSError when the picture cannot be encoded or the file cannot be written.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if picture.isNull() or not picture.save(buffer, "PNG"):
        raise OSError(f"the picture could not be encoded as PNG ({picture.width()}×"
                      f"{picture.height()} pixels)")
    buffer.close()
    folder = Path(path).parent
    if not folder.is_dir():       # said plainly, rather than naming the temporary file
        raise FileNotFoundError(errno.ENOENT, "there is no such folder", str(folder))
    return write_atomically(path, lambda f: f.write(data.data()))
