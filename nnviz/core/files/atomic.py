"""Writing a file so that it is either the old one or the complete new one, never half of each.

Data goes to a temporary file beside the target, is flushed to disk, and only then renamed over
the target (`os.replace` is atomic on one file system). A crash, a kill or a full disk during the
write leaves the previous file untouched and no temporary behind (except after SIGKILL; SIGTERM
is turned into an exception for the length of the write where nobody else handles it, so the
temporary is removed). What the user made of the old file is kept: a read-only file is refused
rather than replaced (even for root, who may write anything), the new file gets the old one's
permissions (a private 0600 model stays private), and a symbolic link is written through — the
file it points to is replaced and the link stays a link. Every file nnviz writes goes through
here: `write_atomically` for a file written in one go (models, runs, JSON, ONNX, IDX),
`AtomicFile` for one streamed over time (a GIF frame by frame, a download).
"""

import contextlib
import os
import signal
import stat
import tempfile
import threading
from pathlib import Path

from nnviz.core.messages import QT_TRANSLATE_NOOP, Message


class ReadOnlyFileError(PermissionError):
    """The target exists and is read-only: the user protected it, so it is not replaced."""


class AtomicFile:
    """A temporary binary file (`.file`) beside the file `path` names: `commit()` moves it into
    place, `abort()` deletes it. As a context manager it commits, or aborts on an exception.
    The target is checked at once (`replace_target`), not after minutes of writing."""

    def __init__(self, path):
        self.path = Path(path)
        self.target, mode = replace_target(self.path)
        fd, self.tmp = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.",
                                        suffix=".part")
        try:
            os.chmod(self.tmp, mode)
            self.file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            Path(self.tmp).unlink(missing_ok=True)
            raise

    def commit(self):
        """Flush to disk and move into place; on any failure the temporary is deleted."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.tmp, self.target)
        except BaseException:
            self.abort()
            raise
        return self.path

    def abort(self):
        if not self.file.closed:
            self.file.close()
        Path(self.tmp).unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        if kind is None:
            self.commit()
        else:
            self.abort()


def write_atomically(path, write):
    """Call `write(binary_file)` on a temporary file, then move it to `path`; returns `path`."""
    with _terminate_as_exception(), AtomicFile(path) as f:
        write(f.file)
    return Path(path)


def replace_target(path):
    """(the file to replace for `path`, the permission bits to give it); raises OSError
    (ReadOnlyFileError for a read-only file) when it must not be replaced."""
    target = _through_links(Path(path))
    return target, _mode_to_keep(target)


def _through_links(path):
    """The file a (chain of) symbolic link(s) points to, or `path` itself; replacing that keeps
    the link. A link to a missing file names the file to create."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def _mode_to_keep(target):
    """The permission bits for the new file: the old file's, or the usual umask for a new one."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if not stat.S_ISREG(info.st_mode):
        why = Message(QT_TRANSLATE_NOOP("Errors", "{target} is not a regular file; it was not "
                                                  "replaced."), target=target)
        raise IsADirectoryError(why) if stat.S_ISDIR(info.st_mode) else PermissionError(why)
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise ReadOnlyFileError(Message(QT_TRANSLATE_NOOP("Errors", "{target} is read-only; it "
                                                                    "was not replaced."),
                                        target=target))
    return stat.S_IMODE(info.st_mode)


@contextlib.contextmanager
def _terminate_as_exception():
    """While the block runs, SIGTERM raises SystemExit (so the temporary file is removed)
    instead of ending the process at once — only on the main thread and only where SIGTERM
    still has its default action (the window installs a handler of its own)."""
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def terminated(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
