"""MNIST's pinned checksums, and a cheap way to remember that a folder matched them.

The pins are the size and SHA-256 of each *uncompressed* IDX file, so a folder verifies whether
it holds the mirrors' `.gz` files or files a user unpacked. Hashing 55 MB costs a few tenths of
a second, too much for every start, so a successful check leaves a `.verified` marker holding
each file's size, modification time and pin; while those still agree the folder is trusted
without rehashing. The marker only saves work — it cannot make a folder that never verified
pass, and a folder we cannot write to (a read-only share) is simply hashed each time.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from nnviz.core.data.idx import idx_file
from nnviz.core.files.atomic import write_atomically

MARKER = ".verified"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Pin:
    size: int      # bytes of the uncompressed IDX file
    sha256: str    # of the uncompressed IDX file, lowercase hex


MNIST_PINS: Mapping[str, Pin] = {
    "train-images-idx3-ubyte": Pin(47040016,
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
    "train-labels-idx1-ubyte": Pin(60008,
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
    "t10k-images-idx3-ubyte": Pin(7840016,
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
    "t10k-labels-idx1-ubyte": Pin(10008,
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
}


def content_digest(path: str | os.PathLike) -> tuple[int, str]:
    """(size, sha256 hex) of a file's content, gunzipped if it is gzip, read in chunks."""
    with open(path, "rb") as raw:
        is_gzip = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw) if is_gzip else raw
        digest, size = hashlib.sha256(), 0
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def file_matches(path: str | os.PathLike, pin: Pin) -> bool:
    """True if the file's uncompressed content has the pinned size and checksum."""
    try:
        size, digest = content_digest(path)
    except (OSError, EOFError, zlib.error):   # unreadable or corrupt gzip: simply not a match
        return False
    return size == pin.size and digest == pin.sha256


def _stamp(folder: Path, pins: Mapping[str, Pin]) -> dict | None:
    stamp = {}
    for stem, pin in pins.items():
        path = idx_file(folder, stem)
        if path is None:
            return None
        info = path.stat()
        stamp[path.name] = [info.st_size, info.st_mtime_ns, pin.sha256]
    return stamp


def record_verified(folder: str | os.PathLike, pins: Mapping[str, Pin] = MNIST_PINS) -> None:
    """Write the marker for files just verified; best effort, as it only saves time."""
    folder = Path(folder)
    try:
        stamp = _stamp(folder, pins)
        if stamp is not None:
            text = json.dumps(stamp, indent=1, sort_keys=True)
            write_atomically(folder / MARKER, lambda f: f.write(text.encode("utf-8")))
    except OSError:
        pass


def verify_mnist(folder: str | os.PathLike, pins: Mapping[str, Pin] = MNIST_PINS) -> bool:
    """True if `folder` holds every pinned file (.gz or raw) with the pinned content."""
    folder = Path(folder)
    try:
        stamp = _stamp(folder, pins)
    except OSError:
        return False
    if stamp is None:
        return False
    try:
        if json.loads((folder / MARKER).read_text()) == stamp:
            return True
    except (OSError, ValueError):   # no marker yet, or a torn one: fall back to hashing
        pass
    if not all(file_matches(idx_file(folder, stem), pin) for stem, pin in pins.items()):
        return False
    record_verified(folder, pins)
    return True
