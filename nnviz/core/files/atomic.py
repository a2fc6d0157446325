"""Writing a file so that it is either the old one or the complete new one, never half of each.

Data goes to a temporary file beside the target, is flushed to disk, and only then renamed over
the target (`os.replace` is atomic on one file system). A crash, a kill or a full disk during the
write leaves the previous file untouched and no temporary behind (except after SIGKILL).
"""

import os
import tempfile
from pathlib import Path


def write_atomically(path, write):
    """Call `write(binary_file)` on a temporary file, then move it to `path`; returns `path`."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".part")
    try:
        # mkstemp makes the file private (0600); a saved file gets the usual umask instead.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class Replacement:
    """A temporary file beside `path`, for writers that need a file name rather than a file (an
    encoder in another process): write to `.tmp`, then `commit()` moves it over `path`, or
    `discard()` deletes it."""

    def __init__(self, path):
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent or ".", prefix=f".{self.path.name}.",
                                   suffix=".part")
        os.close(fd)
        self.tmp = Path(tmp)

    def commit(self):
        umask = os.umask(0)
        os.umask(umask)
        try:
            os.chmod(self.tmp, 0o666 & ~umask)
            with open(self.tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise
        return self.path

    def discard(self):
        self.tmp.unlink(missing_ok=True)
