"""The MP4 writer: H.264 frames that read back, in order and close to what went in, with even
sizes, and a file that appears only when the export finishes. Needs the optional extra
`nnviz[video]` (imageio and imageio-ffmpeg); without it these tests skip and say so."""

import numpy as np
import pytest

from nnviz.core.errors import NnvizError
from nnviz.core.files import video

iio = pytest.importorskip("imageio.v3", reason='video export needs pip install "nnviz[video]"')
imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg",
                                     reason='video export needs pip install "nnviz[video]"')


def frame(k, h=41, w=63):
    """Large flat blocks (what H.264 keeps well): a background whose colour moves with k and a
    bright square whose position says k."""
    rgb = np.empty((h, w, 3), np.uint8)
    rgb[:] = (20 + 10 * k, 40, 200 - 10 * k)
    x = 2 + 4 * k
    rgb[8:28, x:x + 16] = (250, 220, 60)
    return rgb


def read_back(path):
    meta = next(imageio_ffmpeg.read_frames(str(path)))
    frames = list(iio.imiter(path, extension=".mp4"))
    return meta, np.stack(frames)


def test_frames_read_back_in_order_with_even_size_as_h264(tmp_path):
    path = tmp_path / "run.mp4"
    n = 12
    with video.VideoWriter(path, 63, 41, fps=10) as v:
        assert (v.width, v.height) == (64, 42)
        for k in range(n):
            v.add_frame(frame(k))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.mp4"]
    meta, frames = read_back(path)
    assert meta["codec"].startswith("h264"), meta
    assert meta["size"] == (64, 42)
    assert frames.shape == (n, 42, 64, 3)
    for k in range(n):
        want = frame(k).astype(int)
        got = frames[k, :41, :63].astype(int)
        error = np.abs(got - want).mean()
        assert error < 6, (k, error)
        # each decoded frame is nearer its own original than its neighbours'
        others = [np.abs(got - frame(j).astype(int)).mean() for j in (k - 1, k + 1) if 0 <= j < n]
        assert all(error < o for o in others), (k, error, others)
    # the padding repeats the last column and row
    assert np.abs(frames[:, :, 63].astype(int) - frames[:, :, 62].astype(int)).mean() < 6


def test_abort_and_error_leave_no_file(tmp_path):
    v = video.VideoWriter(tmp_path / "a.mp4", 32, 32)
    v.add_frame(np.zeros((32, 32, 3), np.uint8))
    v.abort()
    with pytest.raises(ValueError):
        with video.VideoWriter(tmp_path / "b.mp4", 32, 32) as v:
            v.add_frame(np.zeros((30, 32, 3), np.uint8))        # wrong shape
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_on_success(tmp_path):
    path = tmp_path / "old.mp4"
    path.write_bytes(b"the previous export")
    v = video.VideoWriter(path, 16, 16)
    v.add_frame(np.zeros((16, 16, 3), np.uint8))
    v.abort()
    assert path.read_bytes() == b"the previous export"
    with video.VideoWriter(path, 16, 16) as v:
        v.add_frame(np.zeros((16, 16, 3), np.uint8))
    assert path.read_bytes()[4:8] == b"ftyp"                   # an MP4 box now


def test_without_the_extra_the_error_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(video, "available", lambda: False)
    with pytest.raises(NnvizError, match=r'pip install "nnviz\[video\]"'):
        video.VideoWriter(tmp_path / "x.mp4", 16, 16)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_target_is_refused_before_any_encoding(tmp_path):
    from nnviz.core.files.atomic import ReadOnlyFileError
    path = tmp_path / "kept.mp4"
    path.write_bytes(b"protected")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError):
        video.VideoWriter(path, 16, 16)
    assert path.read_bytes() == b"protected" and sorted(tmp_path.iterdir()) == [path]
