"""Export replay as video (MP4) in the window: the frames of the GIF, read back one by one; a
cancel leaves no file; without the optional encoder the menu says how to get it."""

import numpy as np
import pytest

from nnviz.core.files import video
from nnviz.gui.window.replay_frames import BAND, chosen_moments
from nnviz.gui.window.controller import Menus
from nnviz.gui.window.video_export import VideoExportController
from tests.core.test_gif import read_gif
from tests.gui.test_timeline import train

needs_encoder = pytest.mark.skipif(not video.available(),
                                   reason='video export needs pip install "nnviz[video]"')


@pytest.fixture
def out(tmp_path):
    """A folder of its own (tmp_path also holds the window's settings file)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def trained(window, qtbot):
    train(window, qtbot, 60, stepped=8)
    return window


@needs_encoder
def test_mp4_has_the_gifs_frames_and_reads_back_frame_by_frame(trained, qtbot, out):
    iio = pytest.importorskip("imageio.v3")
    w = trained
    path = out / "weights.mp4"
    assert w.video_export.export("weights", str(path)) == str(path)
    qtbot.waitUntil(lambda: not w.video_export.busy(), timeout=60000)
    assert not w.model.replaying and [p.name for p in out.iterdir()] == ["weights.mp4"]
    frames = np.stack(list(iio.imiter(path, extension=".mp4")))
    n = len(chosen_moments(len(w.replay.history)))
    assert n >= 9 and frames.shape[0] == n
    size = w.weights_view.size()
    assert frames.shape[1:] == (video.even(size.height() + BAND), video.even(size.width()), 3)
    assert frames.shape[1] % 2 == 0 and frames.shape[2] % 2 == 0
    band = frames[:, :BAND].astype(int)
    assert np.abs(band[0] - band[-1]).mean() > 1                # "frame 1/n · step 0" moved on

    gif = out / "weights.gif"
    w.exports.export_replay_gif("weights", str(gif))
    qtbot.waitUntil(lambda: w.exports.gif_export is None, timeout=60000)
    _, _, _, gif_frames = read_gif(gif)
    assert len(gif_frames) == n
    for k in (0, n - 1):                        # the same caption and picture as the GIF's
        gif_frame = gif_frames[k][1][:, :size.width() - 1].astype(int)
        mp4_frame = frames[k, :gif_frame.shape[0], :size.width() - 1].astype(int)
        assert gif_frame[:BAND].max() > 200
        assert np.abs(gif_frame[:BAND] - mp4_frame[:BAND]).mean() < 8
        assert np.abs(gif_frame[BAND:] - mp4_frame[BAND:]).mean() < 8


@needs_encoder
def test_cancel_leaves_no_file_and_returns_to_live(trained, qtbot, out):
    w = trained
    ended = []
    w.video_export.finished.connect(ended.append)
    w.video_export.export("network", str(out / "net.mp4"))
    w.video_export.running.progress.cancel()          # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not w.video_export.busy(), timeout=30000)
    assert ended == [""] and list(out.iterdir()) == []
    assert not w.model.replaying


def test_without_the_encoder_the_menu_says_how_to_enable_it(window, dialogs, monkeypatch):
    monkeypatch.setattr(video, "available", lambda: False)
    menus = Menus(window, None)
    VideoExportController(window).add_actions(menus)
    action = [a for a in menus.file.actions() if "MP4" in a.text()][0]
    assert "MP4" in action.text() and 'pip install "nnviz[video]"' in action.toolTip()
    action.trigger()
    assert dialogs and 'pip install "nnviz[video]"' in dialogs[-1][2]


def test_nothing_recorded_nothing_exported(window, dialogs, out):
    assert window.video_export.export("weights", str(out / "x.mp4")) is None
    assert dialogs[-1][0] == "information" and list(out.iterdir()) == []
