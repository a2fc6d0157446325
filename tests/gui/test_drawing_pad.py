"""The drawing pad: strokes land where drawn, mouse and tablet input, clear and undo, the
throttled signal, the sample digits, and that a trained network can read what the pad draws."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QPushButton

from nnviz.core.preprocess import has_ink, to_mnist
from nnviz.gui.views.drawing_pad import MIN_SIDE, DrawingPad
from nnviz.gui.views.prediction_view import PredictionView
from nnviz.gui.views.sample_strokes import sample_strokes

HORIZONTAL = [[(0.2, 0.5), (0.8, 0.5)]]
VERTICAL = [[(0.5, 0.2), (0.5, 0.8)]]


@pytest.fixture
def pad(qtbot):
    pad = DrawingPad()
    qtbot.addWidget(pad)
    pad.resize(320, 380)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


@pytest.fixture
def signals(pad):
    """Every drawing_changed array and the number of cleared signals, in order."""
    record = {"arrays": [], "cleared": 0}
    pad.drawing_changed.connect(record["arrays"].append)
    pad.cleared.connect(lambda: record.__setitem__("cleared", record["cleared"] + 1))
    return record


def at(canvas, u, v):
    """The canvas value at normalised position (u, v)."""
    h, w = canvas.shape
    return canvas[min(int(v * h), h - 1), min(int(u * w), w - 1)]


def widget_pos(pad, u, v):
    r = pad.canvas_rect()
    return QPointF(r.x() + u * r.width(), r.y() + v * r.height())


def mouse(pad, kind, u, v, button=Qt.LeftButton, buttons=Qt.LeftButton):
    # QTest.mouseMove carries no button state, so the events are built by hand.
    pos = widget_pos(pad, u, v)
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), button, buttons, Qt.NoModifier)
    QApplication.sendEvent(pad, event)


def mouse_stroke(pad, points):
    mouse(pad, QEvent.MouseButtonPress, *points[0])
    for u, v in points[1:]:
        mouse(pad, QEvent.MouseMove, u, v, Qt.NoButton)
    mouse(pad, QEvent.MouseButtonRelease, *points[-1], buttons=Qt.NoButton)


def test_canvas_is_square_at_least_280_and_grows(pad, qtbot):
    assert pad.canvas_array().shape[0] == pad.canvas_array().shape[1] >= MIN_SIDE
    pad.draw_strokes(HORIZONTAL)
    pad.resize(700, 520)
    qtbot.wait(10)
    canvas = pad.canvas_array()
    assert canvas.shape[0] == canvas.shape[1] > 400
    assert at(canvas, 0.5, 0.5) > 0.9  # the drawing is re-rendered at the new size
    need = pad.minimumSizeHint()      # a hint: its toolbar's share follows the zoom
    assert need.width() >= MIN_SIDE and need.height() >= MIN_SIDE


def test_programmatic_strokes_put_ink_where_drawn(pad, signals):
    assert not pad.canvas_array().any()
    pad.draw_strokes(HORIZONTAL)
    assert len(signals["arrays"]) == 1
    canvas = signals["arrays"][0]
    assert canvas.dtype == np.float32 and canvas.ndim == 2
    assert canvas.min() >= 0.0 and canvas.max() <= 1.0
    for u in np.linspace(0.2, 0.8, 13):
        assert at(canvas, u, 0.5) > 0.95
    assert at(canvas, 0.5, 0.2) == 0 and at(canvas, 0.1, 0.5) == 0 and at(canvas, 0.9, 0.5) == 0
    # the emitted array is a copy, not a view of the pad's live canvas
    pad.clear()
    assert canvas.max() > 0.9


def test_mouse_press_move_release_draws_a_line(pad, signals):
    mouse_stroke(pad, [(0.5, 0.2 + 0.05 * i) for i in range(13)])
    assert pad.stroke_count() == 1
    canvas = signals["arrays"][-1]
    np.testing.assert_array_equal(canvas, pad.canvas_array())
    for v in np.linspace(0.2, 0.8, 13):
        assert at(canvas, 0.5, v) > 0.95
    assert at(canvas, 0.3, 0.5) == 0
    # moving without a button held draws nothing more
    mouse(pad, QEvent.MouseMove, 0.1, 0.1, Qt.NoButton, Qt.NoButton)
    assert at(pad.canvas_array(), 0.1, 0.1) == 0


def test_qtest_press_and_release_make_a_dot(pad, qtbot):
    qtbot.mousePress(pad, Qt.LeftButton, pos=widget_pos(pad, 0.3, 0.3).toPoint())
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=widget_pos(pad, 0.3, 0.3).toPoint())
    assert pad.stroke_count() == 1
    assert at(pad.canvas_array(), 0.3, 0.3) > 0.95


def test_fast_stroke_leaves_no_gap(pad):
    mouse_stroke(pad, [(0.05, 0.4), (0.95, 0.6)])  # one move across the whole pad
    canvas = pad.canvas_array()
    for u in np.linspace(0.05, 0.95, 200):
        assert at(canvas, u, 0.4 + 0.2 * (u - 0.05) / 0.9) > 0.9


def test_escape_and_delete_clear_and_emit_cleared(pad, qtbot, signals):
    for key in (Qt.Key_Escape, Qt.Key_Delete):
        pad.draw_strokes(HORIZONTAL)
        qtbot.keyClick(pad, key)
        assert not pad.canvas_array().any() and pad.stroke_count() == 0
        assert not signals["arrays"][-1].any()
    assert signals["cleared"] == 2


def test_undo_removes_only_the_last_stroke(pad, qtbot, signals):
    alone = DrawingPad()
    qtbot.addWidget(alone)
    alone.resize(pad.size())
    alone.draw_strokes(HORIZONTAL)

    pad.draw_strokes(HORIZONTAL)
    pad.draw_strokes(VERTICAL)
    assert at(pad.canvas_array(), 0.5, 0.3) > 0.9
    qtbot.keyClick(pad, Qt.Key_Z, Qt.ControlModifier)
    assert pad.stroke_count() == 1
    np.testing.assert_array_equal(pad.canvas_array(), alone.canvas_array())
    np.testing.assert_array_equal(signals["arrays"][-1], alone.canvas_array())

    undo = next(b for b in pad.findChildren(QPushButton) if b.text() == "Undo")
    qtbot.mouseClick(undo, Qt.LeftButton)
    assert pad.stroke_count() == 0 and not pad.canvas_array().any()
    pad.undo()  # nothing left to undo: harmless
    assert pad.stroke_count() == 0


def test_undo_after_mouse_strokes_is_exact(pad):
    mouse_stroke(pad, [(0.2, 0.3), (0.4, 0.35), (0.6, 0.3), (0.8, 0.4)])
    first = pad.canvas_array()
    mouse_stroke(pad, [(0.3, 0.7), (0.7, 0.75)])
    pad.undo()
    np.testing.assert_array_equal(pad.canvas_array(), first)


def test_drawing_changed_is_throttled(pad, signals):
    mouse(pad, QEvent.MouseButtonPress, 0.1, 0.5)
    start, n_moves = time.perf_counter(), 200
    for i in range(n_moves):
        u, v = 0.1 + 0.8 * i / n_moves, 0.5 + 0.1 * np.sin(i / 10)
        mouse(pad, QEvent.MouseMove, u, v, Qt.NoButton)
    elapsed = time.perf_counter() - start
    during = len(signals["arrays"])
    assert 1 <= during <= min(n_moves + 1, elapsed * 60 + 3)
    mouse(pad, QEvent.MouseButtonRelease, 0.9, 0.5, buttons=Qt.NoButton)
    assert len(signals["arrays"]) == during + 1  # the stroke's end is always sent
    np.testing.assert_array_equal(signals["arrays"][-1], pad.canvas_array())


def test_tablet_pressure_sets_the_width(pad):
    device = QPointingDevice("test pen", 1, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                             1, 3)
    widths = []
    for pressure in (0.1, 1.0):
        pad.clear()
        for kind, u in ((QEvent.TabletPress, 0.2), (QEvent.TabletMove, 0.5),
                        (QEvent.TabletMove, 0.8), (QEvent.TabletRelease, 0.8)):
            pos = widget_pos(pad, u, 0.5)
            held = Qt.NoButton if kind == QEvent.TabletRelease else Qt.LeftButton
            QApplication.sendEvent(pad, QTabletEvent(kind, device, pos, pad.mapToGlobal(pos),
                                                     pressure, 0, 0, 0, 0, 0, Qt.NoModifier,
                                                     Qt.LeftButton, held))
        canvas = pad.canvas_array()
        widths.append(int((canvas[:, canvas.shape[1] // 2] > 0.5).sum()))
    assert pad.stroke_count() == 1
    assert 0 < widths[0] < widths[1]


def test_pen_width_is_mnist_like(pad):
    pad.draw_strokes(VERTICAL)
    canvas = pad.canvas_array()
    width = (canvas[canvas.shape[0] // 2] > 0.5).sum() / canvas.shape[1]
    assert 1 / 14 <= width <= 1 / 8


def test_empty_canvas_is_the_nothing_drawn_state(pad, qtbot):
    canvas = pad.canvas_array()
    assert not canvas.any()  # the hint text is painted on the widget, not into the canvas
    assert not has_ink(canvas)
    np.testing.assert_array_equal(to_mnist(canvas), np.zeros((28, 28), np.float32))
    view = PredictionView()
    qtbot.addWidget(view)
    view.show_nothing()
    assert view.winner() is None and view.caption() == "Nothing drawn yet"


@pytest.mark.parametrize("digit", range(10))
def test_sample_strokes_draw_ink(pad, digit):
    strokes = sample_strokes(digit)
    points = np.array([p for s in strokes for p in s])
    assert points.min() >= 0.0 and points.max() <= 1.0
    pad.draw_strokes(strokes)
    image = to_mnist(pad.canvas_array())
    assert has_ink(image) and 40 < image.sum() < 200  # MNIST digits hold ≈ 100 units of ink


def test_sample_strokes_rejects_other_digits():
    with pytest.raises(ValueError):
        sample_strokes(10)


@pytest.mark.mnist
def test_a_trained_network_reads_the_sample_digits(qtbot, mnist):
    from nnviz.core.network import Network
    from nnviz.core.training import Trainer

    net = Network.create((784, 30, 10), seed=1)
    trainer = Trainer(net, mnist.train_images, mnist.train_labels, lr=3.0, batch_size=10,
                      snapshot_every=10**9)
    for _ in trainer.snapshots(1):
        pass
    pad = DrawingPad()
    qtbot.addWidget(pad)
    pad.resize(300, 340)
    images = []
    for digit in range(10):
        pad.clear()
        pad.draw_strokes(sample_strokes(digit))
        images.append(to_mnist(pad.canvas_array()).reshape(-1))
    guesses = net.feedforward(np.array(images)).argmax(axis=1)
    assert (guesses == np.arange(10)).sum() >= 7, f"read {guesses.tolist()} for 0–9"


def test_the_pad_is_never_narrower_than_its_buttons(pad, qtbot):
    """At 125 % in German "Rückgängig" and "Löschen" needed more than the pad's 196 px."""
    from PySide6.QtWidgets import QSlider
    font = pad.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    pad.setFont(font)
    buttons = pad.findChildren(QPushButton)
    words = sum(b.fontMetrics().horizontalAdvance(b.text()) for b in buttons)
    assert words + pad.findChild(QSlider).minimumWidth() > MIN_SIDE
    qtbot.waitUntil(lambda: pad.minimumSizeHint().width() > words + 40)
    pad.resize(pad.minimumSizeHint().width(), 260)   # short: the canvas is narrower than the bar
    qtbot.wait(10)
    for b in buttons:
        assert b.width() > b.fontMetrics().horizontalAdvance(b.text()) + 8, b.text()
        assert b.mapTo(pad, b.rect().topLeft()).x() >= 0
        assert b.mapTo(pad, b.rect().topRight()).x() < pad.width()
    assert pad.findChild(QSlider).parentWidget().geometry().right() < pad.width()


@pytest.mark.parametrize("zoom", [100, 150, 200])
def test_the_empty_pads_prompt_stays_inside_the_canvas(qtbot, zoom):
    """At 150 % "Draw a digit here" ran past both edges of a 211-px canvas ("aw a digit he"):
    no letter may touch the canvas's sides."""
    from nnviz.gui import theme
    theme.set_zoom(zoom)
    theme.apply(QApplication.instance())
    try:
        pad = DrawingPad()
        qtbot.addWidget(pad)
        pad.resize(MIN_SIDE + 120, pad.minimumSizeHint().height())   # room beside the canvas
        pad.show()
        qtbot.waitExposed(pad)
        rect = pad.canvas_rect()
        shot = pad.grab().toImage()
        ratio = shot.devicePixelRatio()
        prompt_ink = 0
        for y in range(int(rect.top() * ratio) + 2, int(rect.bottom() * ratio) - 2):
            left, right = int(rect.left() * ratio), int(rect.right() * ratio)
            for x in list(range(left + 2, left + 6)) + list(range(right - 6, right - 2)):
                c = shot.pixelColor(x, y)
                prompt_ink += abs(c.red() - 110) < 40 and abs(c.green() - c.red()) < 6 \
                    and c.lightness() > 60
        assert prompt_ink == 0
    finally:
        theme.set_zoom(100)
        theme.apply(QApplication.instance())
