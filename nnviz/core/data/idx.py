"""Read and write IDX files, the format MNIST and Fashion-MNIST ship in.

An IDX file is a big-endian header (a magic number whose third byte is the element type and
fourth byte the number of dimensions, then one uint32 per dimension) followed by the raw
elements. The reader is strict because a dataset file is the one input a user hands us from
outside: every way the bytes can disagree with the header becomes a `DataError` naming the file
and the problem in one sentence, never a NumPy traceback. Gzip is recognised by its own magic
bytes rather than by the file name, so a `.gz` that a browser already unpacked still loads.
Only unsigned-byte files are supported (that is all the MNIST family uses); arrays come back as
read-only views of the file's bytes, which avoids a second 47 MB copy on every start.
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import numpy as np

from nnviz.core.errors import DataError
from nnviz.core.files.atomic import write_atomically

UBYTE = 0x08                  # IDX type code for unsigned bytes
IMAGES_MAGIC = 0x00000803     # 2051: unsigned bytes, 3 dimensions (n, rows, cols)
LABELS_MAGIC = 0x00000801     # 2049: unsigned bytes, 1 dimension (n,)
_GZIP_MAGIC = b"\x1f\x8b"

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


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise DataError(f"{path}: is a folder, not an IDX file.")
    if not path.exists():
        raise DataError(f"{path}: file not found.")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DataError(f"{path}: cannot be read ({err.strerror or err}).") from err
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (EOFError, zlib.error, OSError) as err:  # BadGzipFile is an OSError
            raise DataError(f"{path}: the gzip data is truncated or corrupt ({err}).") from err
    if not data:
        raise DataError(f"{path}: the file is empty.")
    return data


def _parse(path: Path, data: bytes, ndim: int, what: str) -> tuple[tuple[int, ...], int]:
    """Check the header against `ndim` and the byte count; return (dims, header length)."""
    if len(data) < 4:
        raise DataError(f"{path}: only {len(data)} bytes, too short for an IDX header.")
    magic = int.from_bytes(data[:4], "big")
    expected = (UBYTE << 8) | ndim
    if magic >> 16 != 0:
        raise DataError(f"{path}: not an IDX file (magic number 0x{magic:08x}, "
                        f"expected 0x{expected:08x} for {what}).")
    if (magic >> 8) & 0xFF != UBYTE:
        raise DataError(f"{path}: element type 0x{(magic >> 8) & 0xFF:02x} is not supported "
                        f"(only unsigned bytes, 0x{UBYTE:02x}).")
    if magic & 0xFF != ndim:
        raise DataError(f"{path}: has {magic & 0xFF} dimension(s) but {what} need {ndim} "
                        f"(magic 0x{magic:08x}, expected 0x{expected:08x}).")
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError(f"{path}: the {header}-byte header is cut short at {len(data)} bytes.")
    dims = tuple(int(d) for d in np.frombuffer(data, dtype=">u4", count=ndim, offset=4))
    if ndim == 3 and (dims[1] == 0 or dims[2] == 0):
        raise DataError(f"{path}: header says images of {dims[1]}×{dims[2]}, which is empty.")
    body = int(np.prod(dims, dtype=object))   # Python ints: a hostile header cannot overflow
    if len(data) - header != body:
        shape = f"{dims[0]} images of {dims[1]}×{dims[2]}" if ndim == 3 else f"{dims[0]} labels"
        raise DataError(f"{path}: header says {shape} ({body} bytes) but the file holds "
                        f"{len(data) - header} bytes after its {header}-byte header.")
    return dims, header


def read_idx_images(path: PathLike) -> np.ndarray:
    """Images as a read-only uint8 array (n, rows, cols)."""
    path = Path(path)
    data = _read_bytes(path)
    dims, header = _parse(path, data, 3, "images")
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def read_idx_labels(path: PathLike) -> np.ndarray:
    """Labels as a read-only uint8 array (n,)."""
    path = Path(path)
    data = _read_bytes(path)
    _, header = _parse(path, data, 1, "labels")
    return np.frombuffer(data, dtype=np.uint8, offset=header)


def read_idx_pair(images_path: PathLike, labels_path: PathLike,
                  n_classes: int | None = 10) -> tuple[np.ndarray, np.ndarray]:
    """Images and their labels, checked to match in count and (unless None) label range."""
    images = read_idx_images(images_path)
    labels = read_idx_labels(labels_path)
    if len(images) != len(labels):
        raise DataError(f"{images_path} holds {len(images)} images but {labels_path} holds "
                        f"{len(labels)} labels.")
    if n_classes is not None and len(labels):
        bad = np.flatnonzero(labels >= n_classes)
        if bad.size:
            raise DataError(f"{labels_path}: label {labels[bad[0]]} at index {bad[0]} is "
                            f"outside 0–{n_classes - 1} ({bad.size} such labels).")
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
