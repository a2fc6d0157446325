"""Read and write IDX files, the format MNIST and Fashion-MNIST ship in.

An IDX file is a big-endian header (a magic number whose third byte is the element type and
fourth byte the number of dimensions, then one uint32 per dimension) followed by the raw
elements. The reader is strict because a dataset file is the one input a user hands us from
outside: every way the bytes can disagree with the header becomes a `DataError` naming the file
and the problem in one sentence, never a NumPy traceback. Gzip is recognised by its own magic
bytes rather than by the file name, so a `.gz` that a browser already unpacked still loads.
Only unsigned-byte files are supported (that is all the MNIST family uses); arrays come back
read-only, read straight into their final buffer (no second 47 MB copy on every start). Only
regular files are read, and never more bytes than the header promises (itself at most
`MAX_BODY`), so a pipe, a device or a gzip bomb is refused instead of hanging or filling memory.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from pathlib import Path

import numpy as np

from nnviz.core.errors import DataError
from nnviz.core.files.atomic import write_atomically
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message

UBYTE = 0x08                  # IDX type code for unsigned bytes
IMAGES_MAGIC = 0x00000803     # 2051: unsigned bytes, 3 dimensions (n, rows, cols)
LABELS_MAGIC = 0x00000801     # 2049: unsigned bytes, 1 dimension (n,)
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
MAX_BODY = 2**30   # bytes of elements in one file: EMNIST ByClass, the largest set, is 0.64 GB

PathLike = str | os.PathLike


def idx_file(folder: PathLike, stem: str) -> Path | None:
    """The file for `stem` in `folder`, preferring `<stem>.gz` over the raw `<stem>`.

    Anything by that name counts, even a folder: the reader then says what is wrong with it,
    which helps more than calling the file missing.
    """
    for candidate in (Path(folder) / f"{stem}.gz", Path(folder) / stem):
        if candidate.exists():
            return candidate
    return None


def open_regular(path: Path, what: str = QT_TRANSLATE_NOOP("Errors", "file")):
    """`path` opened for reading in binary, only if it is a regular file (after symlinks).

    A FIFO would block the open (and the window's close) for ever, and /dev/zero or a disk
    device would read until memory runs out, so anything but a regular file is a `DataError`.
    The check is made on the opened descriptor (opened non-blocking, so a FIFO cannot hang it),
    leaving no gap for the file to be swapped between the check and the read.
    """
    if path.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not an IDX file."),
                        path=path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: file not found."),
                        path=path) from None
    except OSError as err:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({reason})."),
                        path=path, reason=err.strerror or err) from err
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: is not a regular {what} (a device, "
                                                    "pipe or socket); nnviz reads only ordinary "
                                                    "files."), path=path, what=what)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read_exactly(f, into: memoryview) -> int:
    got = 0
    while got < len(into):
        n = f.readinto(into[got:got + _CHUNK])
        if not n:
            break
        got += n
    return got


def _read_idx(path: Path, ndim: int, what: str) -> tuple[tuple[int, ...], np.ndarray]:
    """(dims, elements) of an IDX file, decompressing gzip as a stream: the header is read
    first and at most the bytes it promises (itself capped at `MAX_BODY`) are ever held, so a
    5 MB gzip that inflates without end is refused after its promised size, not at MemoryError."""
    with open_regular(path) as raw:
        try:
            gz = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
            f = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
            header = f.read(4 + 4 * ndim)
            dims, length = _parse(path, header, ndim, what)
            body = int(np.prod(dims, dtype=object))   # Python ints: cannot overflow
            if body > MAX_BODY:
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: header says {shape} "
                                                            "({body:,} bytes), more than the "
                                                            "{gb} GiB nnviz reads from one IDX "
                                                            "file."),
                                path=path, shape=_shape(dims, ndim), body=body, gb=MAX_BODY >> 30)
            if not gz and os.fstat(raw.fileno()).st_size - length != body:
                held = os.fstat(raw.fileno()).st_size - length
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: header says {shape} "
                                                            "({body:,} bytes) but the file "
                                                            "holds {held:,} bytes after its "
                                                            "{length}-byte header."),
                                path=path, shape=_shape(dims, ndim), body=body, held=held,
                                length=length)
            data = np.empty(body, np.uint8)
            got = _read_exactly(f, memoryview(data))
            extra = f.read(1)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the gzip data is truncated or "
                                                        "corrupt ({err})."),
                            path=path, err=err) from err
        except OSError as err:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({reason})."),
                            path=path, reason=err.strerror or err) from err
    if got != body or extra:
        sentence = (QT_TRANSLATE_NOOP("Errors", "{path}: header says {shape} ({body:,} bytes) "
                                                "but the file holds fewer bytes after its "
                                                "{length}-byte header.") if got < body else
                    QT_TRANSLATE_NOOP("Errors", "{path}: header says {shape} ({body:,} bytes) "
                                                "but the file holds more bytes after its "
                                                "{length}-byte header."))
        raise DataError(sentence, path=path, shape=_shape(dims, ndim), body=body, length=length)
    data.flags.writeable = False
    return dims, data


def _shape(dims, ndim):
    if ndim == 3:
        return Message(QT_TRANSLATE_NOOP("Errors", "{n:,} images of {rows}×{cols}"),
                       n=dims[0], rows=dims[1], cols=dims[2])
    return Message(QT_TRANSLATE_NOOP("Errors", "{n:,} labels"), n=dims[0])


def _parse(path: Path, data: bytes, ndim: int, what: str) -> tuple[tuple[int, ...], int]:
    """Check the header against `ndim`; return (dims, header length)."""
    if not data:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the file is empty."), path=path)
    if len(data) < 4:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: only {n_data} bytes, too short for "
                                                    "an IDX header."), path=path, n_data=len(data))
    magic = int.from_bytes(data[:4], "big")
    expected = (UBYTE << 8) | ndim
    if magic >> 16 != 0:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: not an IDX file (magic number "
                                                    "0x{magic:08x}, expected 0x{expected:08x} "
                                                    "for {what})."),
                        path=path, magic=magic, expected=expected, what=what)
    if (magic >> 8) & 0xFF != UBYTE:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: element type 0x{kind:02x} is not "
                                                    "supported (only unsigned bytes, "
                                                    "0x{ubyte:02x})."),
                        path=path, kind=magic >> 8 & 255, ubyte=UBYTE)
    if magic & 0xFF != ndim:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: has {dims} dimension(s) but {what} "
                                                    "need {ndim} (magic 0x{magic:08x}, expected "
                                                    "0x{expected:08x})."),
                        path=path, dims=magic & 255, what=what, ndim=ndim, magic=magic,
                        expected=expected)
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the {header}-byte header is cut "
                                                    "short at {n_data} bytes."),
                        path=path, header=header, n_data=len(data))
    dims = tuple(int(d) for d in np.frombuffer(data, dtype=">u4", count=ndim, offset=4))
    if ndim == 3 and (dims[1] == 0 or dims[2] == 0):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: header says images of "
                                                    "{rows}×{cols}, which is empty."),
                        path=path, rows=dims[1], cols=dims[2])
    return dims, header


def read_idx_images(path: PathLike) -> np.ndarray:
    """Images as a read-only uint8 array (n, rows, cols)."""
    dims, data = _read_idx(Path(path), 3, QT_TRANSLATE_NOOP("Errors", "images"))
    return data.reshape(dims)


def read_idx_labels(path: PathLike) -> np.ndarray:
    """Labels as a read-only uint8 array (n,)."""
    return _read_idx(Path(path), 1, QT_TRANSLATE_NOOP("Errors", "labels"))[1]


def read_idx_pair(images_path: PathLike, labels_path: PathLike,
                  n_classes: int | None = 10) -> tuple[np.ndarray, np.ndarray]:
    """Images and their labels, checked to match in count and (unless None) label range."""
    images = read_idx_images(images_path)
    labels = read_idx_labels(labels_path)
    if len(images) != len(labels):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{images_path} holds {n_images} images but "
                                                    "{labels_path} holds {n_labels} labels."),
                        images_path=images_path, n_images=len(images), labels_path=labels_path,
                        n_labels=len(labels))
    if len(images) == 0:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{images_path}: holds no images."),
                        images_path=images_path)
    if n_classes is not None and len(labels):
        bad = np.flatnonzero(labels >= n_classes)
        if bad.size:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{labels_path}: label {label} at index "
                                                        "{index} is outside 0–{top} ({size} "
                                                        "such labels)."),
                            labels_path=labels_path, label=labels[bad[0]], index=bad[0],
                            top=n_classes - 1, size=bad.size)
    return images, labels


def write_idx(path: PathLike, array: np.ndarray) -> Path:
    """Write a uint8 array as IDX (gzip-compressed if the name ends in .gz); return the path.

    Values must already fit in a byte: silently wrapping 256 to 0 would corrupt a user's set.
    """
    array = np.asarray(array)
    if array.dtype != np.uint8:
        if array.dtype.kind not in "iub" or (array.size and (array.min() < 0 or array.max() > 255)):
            raise ValueError(f"IDX arrays must be bytes (0–255); got {array.dtype}.")
        array = array.astype(np.uint8)
    if not 1 <= array.ndim <= 255:
        raise ValueError(f"IDX arrays need 1 to 255 dimensions; got {array.ndim}.")
    header = ((UBYTE << 8) | array.ndim).to_bytes(4, "big")
    header += np.asarray(array.shape, dtype=">u4").tobytes()
    payload = header + np.ascontiguousarray(array).tobytes()
    path = Path(path)
    if path.name.endswith(".gz"):
        payload = gzip.compress(payload, mtime=0)   # mtime=0: same array, same bytes
    return write_atomically(path, lambda f: f.write(payload))
