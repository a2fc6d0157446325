"""H.264 MP4 writing for exporting a replayed run, through imageio-ffmpeg's bundled encoder.

A video is far smaller than the GIF of the same run and plays in any slide program, but
encoding H.264 by hand is out of the question, and a system ffmpeg cannot be assumed. The
optional extra `nnviz[video]` brings imageio and imageio-ffmpeg, whose wheel carries an ffmpeg
binary; nnviz runs without it, and `available()` says whether it is there. Frames stream as raw
RGB to the encoder's process (`imageio_ffmpeg.write_frames`), so encoding runs beside the GUI
thread that renders them. yuv420p (what players and slide programs accept) needs even sizes:
an odd width or height is padded by repeating the last column or row. The file is written
under a temporary name and moved into place by `close()`; `abort()` leaves nothing.
"""

import numpy as np

from nnviz.core.errors import NnvizError
from nnviz.core.files.atomic import AtomicFile
from nnviz.core.messages import QT_TRANSLATE_NOOP

INSTALL_HINT = 'pip install "nnviz[video]"'


def available():
    """True when the optional encoder (imageio-ffmpeg and its ffmpeg binary) can be used."""
    try:
        import imageio_ffmpeg
        imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        return False
    return True


def even(n):
    return int(n) + int(n) % 2


class VideoWriter:
    """`with VideoWriter(path, w, h, fps) as video: video.add_frame(rgb)`; H.264 in MP4.

    `width`/`height` are the sizes written: the requested ones rounded up to even.
    """

    def __init__(self, path, width, height, fps=10, crf=20):
        if not available():
            raise NnvizError(QT_TRANSLATE_NOOP("Errors", "video export needs imageio-ffmpeg: "
                                                         "{install_hint}"),
                             install_hint=INSTALL_HINT)
        import imageio_ffmpeg
        if not (2 <= width <= 8192 and 2 <= height <= 8192):
            raise ValueError(f"a video frame cannot be {width}×{height} pixels")
        self.source = (int(height), int(width))
        self.width, self.height = even(width), even(height)
        self.fps, self.frames = fps, 0
        # ffmpeg writes by name into the temporary file AtomicFile holds open (same inode)
        self._file = AtomicFile(path)
        try:
            self._encoder = imageio_ffmpeg.write_frames(
                str(self._file.tmp), (self.width, self.height), fps=fps, codec="libx264", quality=None,
                macro_block_size=2, pix_fmt_out="yuv420p", ffmpeg_log_level="error",
                # constant quality; the index at the front so a player starts before the end
                output_params=["-crf", str(crf), "-preset", "medium", "-movflags", "+faststart",
                               "-f", "mp4"])
            self._encoder.send(None)          # starts ffmpeg
        except BaseException:
            self._file.abort()
            raise
        self._open = True

    def add_frame(self, rgb):
        rgb = np.asarray(rgb, np.uint8)
        if rgb.shape != self.source + (3,):
            raise ValueError(f"frame of shape {rgb.shape}, expected {self.source + (3,)}")
        h, w = self.source
        if (h, w) != (self.height, self.width):
            rgb = np.pad(rgb, ((0, self.height - h), (0, self.width - w), (0, 0)), mode="edge")
        try:
            self._encoder.send(np.ascontiguousarray(rgb))
        except (OSError, RuntimeError) as e:   # the encoder died (a full disk, a killed process)
            self.abort()
            raise OSError(f"the video encoder stopped: {e}") from e
        self.frames += 1

    def close(self):
        """Finish encoding and move the file into place."""
        if not self._open:
            return
        self._open = False
        try:
            self._encoder.close()
        except BaseException:
            self._file.abort()
            raise
        self._file.commit()

    def abort(self):
        """Stop the encoder and delete the partial file."""
        if not self._open:
            return
        self._open = False
        try:
            self._encoder.close()
        except Exception:
            pass              # the encoder's own failure is why we abort; the file goes anyway
        self._file.abort()

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        self.close() if kind is None else self.abort()
