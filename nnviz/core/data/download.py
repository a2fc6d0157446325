"""Download MNIST from public mirrors into a folder, trusting nothing until it verifies.

Each missing file is streamed from the first mirror that can deliver it into a `.part` file in
the destination folder, gunzipped and hashed on the fly against the pinned SHA-256 of its
uncompressed content, and only then renamed into place — so the folder never holds a file that
has not verified, and an interrupted run leaves nothing behind to confuse the next. A mirror's
failure (refused, timed out, HTTP error, truncated, wrong checksum) moves on to the next mirror;
a local failure (disk full, folder not writable) or a cancel stops at once, since another
mirror could not help. Standard library only: urllib, zlib, hashlib. Proxies come from the
usual environment variables, as urllib reads them; resuming partial downloads is left out.
"""

from __future__ import annotations

import errno
import hashlib
import http.client
import os
import urllib.error
import urllib.request
import zlib
from pathlib import Path
from typing import Callable, Mapping

from nnviz.core.data.verify import MNIST_PINS, Pin, file_matches, record_verified, verify_mnist
from nnviz.core.errors import CancelCheck, DownloadError, check_cancelled
from nnviz.core.files.atomic import AtomicFile
from nnviz.core.messages import QT_TRANSLATE_NOOP, Joined, Message

MNIST_MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
_CHUNK = 64 * 1024

Progress = Callable[[int, int | None, str], None]   # (done bytes, total or None, file name)


class _MirrorFailed(Exception):
    """One mirror could not deliver one file; str() is a short reason for the user."""


def _reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return Message("HTTP {code}", code=str(err.code))
    if isinstance(err, urllib.error.URLError) and isinstance(err.reason, BaseException):
        err = err.reason   # urllib wraps connect-time failures; the cause is the useful part
    if isinstance(err, ConnectionRefusedError):
        return QT_TRANSLATE_NOOP("Errors", "connection refused")
    if isinstance(err, TimeoutError):
        return QT_TRANSLATE_NOOP("Errors", "timed out")
    if isinstance(err, http.client.IncompleteRead):
        return QT_TRANSLATE_NOOP("Errors", "truncated")
    if isinstance(err, (ConnectionError, http.client.HTTPException)):
        return QT_TRANSLATE_NOOP("Errors", "connection lost")
    if isinstance(err, zlib.error):
        return QT_TRANSLATE_NOOP("Errors", "not valid gzip data")
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _local_failure(err: OSError, folder: Path) -> DownloadError:
    why = QT_TRANSLATE_NOOP("Errors", "disk full") if err.errno == errno.ENOSPC \
        else (err.strerror or str(err))
    return DownloadError(QT_TRANSLATE_NOOP("Errors", "cannot write the download into {folder}: "
                                                     "{why}."), folder=folder, why=why)


def _stream(url: str, out, folder: Path, pin: Pin, timeout: float, progress: Progress | None,
            cancel: CancelCheck | None, name: str) -> None:
    """Copy `url` into the open file `out`, checking the gunzipped content against `pin`."""
    try:
        response = urllib.request.urlopen(url, timeout=timeout)
    except (OSError, http.client.HTTPException) as err:
        raise _MirrorFailed(_reason(err)) from err
    with response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)   # 16+: expect a gzip header
        digest, size, done = hashlib.sha256(), 0, 0
        if progress is not None:
            progress(0, total, name)
        while True:
            check_cancelled(cancel, QT_TRANSLATE_NOOP("Errors", "download cancelled"))
            try:
                chunk = response.read(_CHUNK)
                content = inflate.decompress(chunk) if chunk else b""
            except (OSError, http.client.HTTPException, zlib.error) as err:
                raise _MirrorFailed(_reason(err)) from err
            if not chunk:
                break
            done += len(chunk)
            if done > _most_bytes(pin) or (inflate.eof and inflate.unused_data):
                # Bytes after the gzip stream or beyond what the pinned file can compress to:
                # stop now, rather than keep reading (and storing) whatever the mirror sends.
                raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "checksum mismatch (more data "
                                                                "than the pinned file)"))
            try:
                out.write(chunk)
            except OSError as err:
                raise _local_failure(err, folder) from err
            digest.update(content)
            size += len(content)
            if size > pin.size:   # stop early rather than inflate a wrong (or hostile) file
                raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "checksum mismatch (larger than "
                                                                "the pinned file)"))
            if progress is not None:
                progress(done, total, name)
    if (total is not None and done < total) or not inflate.eof:
        raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "truncated"))
    if inflate.unused_data or size != pin.size or digest.hexdigest() != pin.sha256:
        raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "checksum mismatch"))


def _most_bytes(pin: Pin) -> int:
    """The most gzip bytes the pinned file can take: deflate's stored blocks add 5 bytes per
    64 KiB to incompressible data, and the gzip header and trailer a few dozen (a long file
    name in the header counts too): 1 % and 64 KiB of slack cover all of it."""
    return pin.size + pin.size // 100 + 65536


def _fetch(url: str, target: Path, pin: Pin, timeout: float, progress: Progress | None,
           cancel: CancelCheck | None) -> None:
    """Download `url` to `target` via a verified `.part` file, or leave nothing behind."""
    try:
        part = AtomicFile(target)
    except OSError as err:
        raise _local_failure(err, target.parent) from err
    try:
        _stream(url, part.file, target.parent, pin, timeout, progress, cancel, target.name)
    except BaseException:
        part.abort()
        raise
    try:   # a full disk may only show itself when the buffers reach it
        part.commit()
    except OSError as err:
        raise _local_failure(err, target.parent) from err


def download_mnist(dest_dir: str | os.PathLike, mirrors: tuple[str, ...] = MNIST_MIRRORS,
                   progress: Progress | None = None, timeout: float = 30.0,
                   cancel: CancelCheck | None = None,
                   pins: Mapping[str, Pin] = MNIST_PINS) -> Path:
    """Make `dest_dir` hold every pinned file as `<name>.gz`, verified; return the folder.

    Files already present and verified are kept. `timeout` bounds each connect and each read,
    so a server that stalls mid-file fails instead of hanging. `pins` exists for tests and for
    other MNIST-format sets served the same way.
    """
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _local_failure(err, dest) from err
    if verify_mnist(dest, pins):
        return dest
    for stem, pin in pins.items():
        target = dest / f"{stem}.gz"
        if target.is_file() and file_matches(target, pin):
            continue
        reasons = []
        for base in mirrors:
            check_cancelled(cancel, QT_TRANSLATE_NOOP("Errors", "download cancelled"))
            url = base.rstrip("/") + "/" + target.name
            try:
                _fetch(url, target, pin, timeout, progress, cancel)
                break
            except _MirrorFailed as failure:
                reasons.append(Message("{mirror} {reason}", mirror=base, reason=failure))
        else:
            tried = Joined("; ", reasons) if reasons else \
                QT_TRANSLATE_NOOP("Errors", "no mirrors were given")
            raise DownloadError(QT_TRANSLATE_NOOP("Errors", "could not download {name} from any "
                                                            "mirror: {tried}."),
                                name=target.name, tried=tried)
    record_verified(dest, pins)
    return dest
