"""Replaying a run in the window: scrub, the views follow, Live returns, save/open, GIF export.

Exported GIFs are decoded twice: by the textbook decoder in tests/core/test_gif.py and by Qt's
own GIF reader (`QImageReader`), which shares no code with nnviz's writer, so a mistake the
writer and the test's decoder made alike would still show.
"""

import time

import numpy as np
import pytest
from PySide6.QtGui import QImage, QImageReader

from nnviz.core.files.gif import GifWriter
from tests.core.test_gif import read_gif


def qt_gif(path):
    """(loop count, [(delay ms, rgb (h, w, 3))]) as Qt's GIF reader decodes the file."""
    reader = QImageReader(str(path))
    assert reader.format() == b"gif" and reader.supportsAnimation(), reader.errorString()
    frames = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        delay = reader.nextImageDelay()
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        h, w = image.height(), image.width()
        rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
        frames.append((delay, rows.reshape(h, image.bytesPerLine())[:, :3 * w]
                       .reshape(h, w, 3).copy()))
    assert not reader.canRead()
    return reader.loopCount(), frames


def test_qt_reads_the_gifs_nnviz_writes_pixel_for_pixel(tmp_path):
    rng = np.random.default_rng(3)
    colours = rng.integers(0, 256, (150, 3), dtype=np.uint8)
    frames = [colours[rng.integers(0, 150, (29, 41))] for _ in range(3)]
    frames.append(np.full((29, 41, 3), (200, 30, 90), np.uint8))
    path = tmp_path / "frames.gif"
    with GifWriter(path, 41, 29, delay_ms=80) as gif:
        for frame in frames:
            gif.add_frame(frame)
    loops, decoded = qt_gif(path)
    assert loops == -1 and len(decoded) == len(frames)     # -1: Qt's "loops for ever"
    for (delay, rgb), want in zip(decoded, frames):
        assert delay == 80
        np.testing.assert_array_equal(rgb, want)


def train(window, qtbot, batches, stepped=12):
    """Step `stepped` single mini-batches (a moment each), then train on to `batches`."""
    for k in range(1, stepped + 1):
        window.training.step_batch()
        qtbot.waitUntil(lambda: window.replay.history is not None and window.replay.history.last_step == k,
                        timeout=30000)
    session = window.training.session
    session.pause_at_step(batches)
    session.resume()
    qtbot.waitUntil(lambda: session.trainer.step >= batches and session.state == "paused",
                    timeout=120000)
    qtbot.waitUntil(lambda: window.replay.history.last_step == batches, timeout=5000)


@pytest.fixture
def trained(window, qtbot):
    train(window, qtbot, 150)
    return window


def test_scrubbing_shows_the_recorded_moment_everywhere(trained, qtbot):
    w = trained
    h = w.replay.history
    assert h is not None and len(h) >= 13, h.steps
    assert h.steps[0] == 0 and h.steps[-1] == 150
    live_w0 = w.model.network.w[0].copy()
    i = 2
    w.replay.timeline.slider.setValue(i)                  # as the user's drag does
    m = h.moment(i)
    assert w.model.replaying and w.replay.timeline.index() == i
    for got, want in zip(w.model.network.w + w.model.network.b, m.w + m.b):
        assert got.tobytes() == want.tobytes()
    assert w.weights_view._w.tobytes() == m.w[0].tobytes()
    assert w.cost_view.cursor.isVisible()
    assert w.cost_view.cursor.value() == pytest.approx(float(w.cost_view._x_of(m.step)))
    assert f"step {m.step:,}" in w.replay.timeline.label.text()
    # the drawing pad's prediction uses the replayed network
    w.pad.draw_strokes([[(0.5, 0.2), (0.5, 0.8)]])
    qtbot.waitUntil(lambda: w.model.drawing is not None, timeout=5000)
    assert w.prediction.winner() == int(w.model.network.feedforward(w.model.drawing).argmax())
    w.replay.timeline.live_button.click()
    assert not w.model.replaying and not w.cost_view.cursor.isVisible()
    np.testing.assert_array_equal(w.model.network.w[0], live_w0)
    assert w.replay.timeline.index() == len(h) - 1


def test_scrubbing_is_fast(trained):
    w = trained
    w.replay.show_moment(0)
    times = []
    for i in [1, 2, 3, 2, 1, 0] * 4:
        t0 = time.perf_counter()
        w.replay.timeline.slider.setValue(i)
        w.repaint()                               # the views' paint, not just their data
        times.append(time.perf_counter() - t0)
    print(f"scrub → views updated and painted: best {min(times) * 1e3:.1f} ms, "
          f"median {sorted(times)[len(times) // 2] * 1e3:.1f} ms")
    assert w.replay.timeline.index() == 0


def test_play_advances_and_stops_at_the_end(trained, qtbot):
    w = trained
    w.replay.timeline.speed_box.setCurrentIndex(w.replay.timeline.speed_box.count() - 1)
    w.replay.show_moment(len(w.replay.history) - 3)
    w.replay.timeline.play()
    qtbot.waitUntil(lambda: not w.replay.timeline.playing(), timeout=5000)
    assert w.replay.timeline.index() == len(w.replay.history) - 1 and w.model.replaying


def test_save_and_open_run_without_training(trained, qtbot, tmp_path):
    w = trained
    path = tmp_path / "lesson.npz"
    from nnviz.core.files.run_io import save_run
    save_run(path, w.replay.history, {"activation": w.model.network.activation, "output": w.model.network.output,
                               "cost": w.model.network.cost, "classes": w.model.classes})
    steps = list(w.replay.history.steps)
    w.training.reset()                                      # a fresh network forgets the run
    assert w.replay.history is None and not w.replay.timeline.slider.isEnabled()
    assert w.replay.open_run(str(path))
    assert w.training.session is None and w.replay.history.steps == steps
    assert not w.replay.timeline.live_button.isEnabled()
    assert w.cost_view.n_costs() == 150
    w.replay.timeline.slider.setValue(2)
    assert w.model.network.w[0].tobytes() == w.replay.history.moment(2).w[0].tobytes()


def test_gif_export_of_the_weights(window, qtbot, tmp_path):
    # A short run: every recorded moment becomes a frame, and encoding a frame takes ~0.1 s.
    w = window
    train(w, qtbot, 24)
    path = tmp_path / "weights.gif"
    w.exports.export_replay_gif("weights", str(path))
    qtbot.waitUntil(lambda: w.exports.gif_export is None, timeout=60000)
    width, height, loops, frames = read_gif(path)
    assert len(frames) == len(w.replay.history) and loops
    size = w.weights_view.size()
    assert (width, height) == (size.width(), size.height() + 26)
    assert not np.array_equal(frames[0][1], frames[-1][1])      # the weights moved
    qt_loops, qt_frames = qt_gif(path)                           # an independent reader agrees
    assert qt_loops == -1 and len(qt_frames) == len(frames)
    for (_, ours), (_, qts) in zip(frames, qt_frames):
        assert qts.shape == (height, width, 3)
        assert (qts[height // 2, width // 2] == ours[height // 2, width // 2]).all()
    np.testing.assert_array_equal(qt_frames[-1][1], frames[-1][1])
    assert not w.model.replaying                                 # back to Live afterwards


def test_model_exports(trained, tmp_path):
    w = trained
    from nnviz.core.files.export import import_json
    net, classes = import_json(w.exports.export_model_json(str(tmp_path / "m")))
    assert classes == w.model.classes
    assert net.w[0].tobytes() == w.model.network.w[0].tobytes()
    assert (tmp_path / "m.onnx").exists() is False
    assert w.exports.export_model_onnx(str(tmp_path / "m")).endswith("m.onnx")


def test_the_moment_label_grows_with_the_zoom(qtbot):
    """Its fixed width was measured once, at the start-up text size: zoomed to 150 % the
    label ("step 300 · epoch 1 · …") was cut."""
    from PySide6.QtWidgets import QApplication
    from nnviz.gui import theme
    from nnviz.gui.views.timeline import TimelineView
    view = TimelineView()
    qtbot.addWidget(view)
    view.show()
    normal = view.label.width()
    try:
        theme.set_zoom(150)
        theme.apply(QApplication.instance())
        qtbot.wait(20)
        assert view.label.width() >= 1.35 * normal
        sample = view.tr("step 1,234,567 · epoch 1,000 · test acc 99.9 %   (2,000/2,000)")
        assert view.label.fontMetrics().horizontalAdvance(sample) <= view.label.width()
    finally:
        theme.set_zoom(100)
        theme.apply(QApplication.instance())
