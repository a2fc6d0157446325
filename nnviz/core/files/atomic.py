"""Writing a file so that it is either the old one or the complete new one, never half of each.

Data goes to a temporary file beside the target, is flushed to disk, and only then renamed over
the target (`os.replace` is atomic on one file system). A crash, a kill or a full disk during the
write leaves the previous file untouched and no temporary behind (except after SIGKILL). Every
file nnviz writes goes through here: `write_atomically` for a file written in one go (models,
runs, JSON, ONNX), `AtomicFile` for one streamed over time (a GIF frame by frame, a download).
"""

import os
import tempfile
from pathlib import Path


class AtomicFile:
    """A temporary binary file (`.file`) beside `path`: `commit()` moves it to `path`,
    `abort()` deletes it. As a context manager it commits, or aborts on an exception."""

    def __init__(self, path):
        self.path = Path(path)
        fd, self.tmp = tempfile.mkstemp(dir=self.path.parent or ".",
                                        prefix=f".{self.path.name}.", suffix=".part")
        try:
            # mkstemp makes the file private (0600); a saved file gets the usual umask instead.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            self.file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            Path(self.tmp).unlink(missing_ok=True)
            raise

    def commit(self):
        """Flush to disk and move into place; on failure the temporary is deleted."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.tmp, self.path)
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
    with AtomicFile(path) as f:
        write(f.file)
    return Path(path)
