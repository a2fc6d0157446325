"""The prediction panel: the winner is the argmax and is drawn in the accent colour, the caption
says what was read, sigmoid outputs are called activations, and the empty states show no bars."""


import numpy as np
import pytest

from nnviz.gui.views.prediction_view import NO_MODEL, NOTHING_DRAWN, PredictionView

DIGITS = tuple(str(d) for d in range(10))
FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
SIGMOID = np.array([.02, .05, .10, .87, .01, .20, .01, .03, .30, .04], np.float32)


@pytest.fixture
def view(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    view.resize(360, 340)
    view.show()
    qtbot.waitExposed(view)
    return view


def image28():
    img = np.zeros((28, 28), np.float32)
    img[6:22, 12:16] = 1.0
    return img


def bar_pixel(view, index, fraction):
    """The colour drawn at `fraction` of class `index`'s full-length bar, mid-height."""
    rect = view.bar_rect(index)
    shot = view.grab().toImage()
    return shot.pixelColor(int(rect.x() + fraction * rect.width()), int(rect.center().y()))


def test_winner_is_the_argmax_and_is_highlighted(view):
    view.show_prediction(image28(), SIGMOID, DIGITS)
    assert view.winner() == 3
    from nnviz.gui import theme
    accent = theme.current().qcolor("highlight")     # the diagram's winner colour too
    assert bar_pixel(view, 3, 0.5) == accent        # the winner's bar (value 0.87)
    loser = bar_pixel(view, 8, 0.1)                  # the runner-up's bar (value 0.30)
    assert loser != accent and loser != bar_pixel(view, 8, 0.9)  # filled, not accent, not track


def test_sigmoid_outputs_are_activations(view):
    view.show_prediction(image28(), SIGMOID, DIGITS)
    assert view.scale() == "activation"
    assert view.caption() == "It's a 3 (0.87)"


def test_softmax_outputs_are_probabilities(view):
    z = np.array([0, 1, 2, 0, 0, 1, 0, 0, 7.5, 0])
    p = np.exp(z) / np.exp(z).sum()
    view.show_prediction(image28(), p, DIGITS)
    assert view.scale() == "probability"
    assert view.winner() == 8
    assert view.caption() == f"It's an 8 ({p[8] * 100:.0f}\u00a0%)"


def test_an_unsure_winner_is_said_so(view):
    view.show_prediction(image28(), SIGMOID * 0.4, DIGITS)
    assert view.caption() == "Maybe a 3 (0.35)"


def test_fashion_names(view):
    outputs = np.full(10, 0.05)
    outputs[9] = 0.9
    view.show_prediction(image28(), outputs, FASHION)
    assert view.winner() == 9 and view.caption() == "Recognised: Ankle boot (0.90)"
    view.grab()  # long names are elided, not an error


def test_show_nothing_clears_the_bars(view):
    view.show_prediction(image28(), SIGMOID, DIGITS)
    filled = bar_pixel(view, 3, 0.2)
    for message in (NOTHING_DRAWN, NO_MODEL):
        view.show_nothing(message)
        assert view.winner() is None and view.caption() == message
        empty = [bar_pixel(view, i, 0.2) for i in range(10)]
        assert filled not in empty
        assert len({c.name() for c in empty}) == 1  # every row shows the same empty track


def test_mismatched_classes_are_refused(view):
    with pytest.raises(ValueError):
        view.show_prediction(image28(), SIGMOID, DIGITS[:5])


def test_odd_values_do_not_break_drawing(view):
    outputs = np.array([np.nan, 1.5, -0.2, 0, 0, 0, 0, 0, 0, 0.3])
    view.show_prediction(np.full(784, 2.0), outputs, DIGITS)
    assert view.winner() == 1
    view.grab()


def test_show_prediction_only_stores_and_schedules(view, monkeypatch):
    """It runs on every mouse move: only the data changes, and the repaint is left to Qt's next
    turn (never painted on the spot). Its speed is the drawing pad's latency in `nnviz bench`."""
    from PySide6.QtWidgets import QWidget
    painted_now = []
    monkeypatch.setattr(QWidget, "repaint", lambda self, *a: painted_now.append(self))
    rng = np.random.default_rng(0)
    for out in rng.random((20, 10)).astype(np.float32):
        view.show_prediction(image28(), out, DIGITS)
    assert painted_now == []
    assert view.winner() == int(out.argmax())


@pytest.mark.parametrize("width", [150, 200, 260])
def test_the_headline_wraps_or_shrinks_but_is_never_cut(qtbot, width):
    """It read "Maybe an 8 (45" in a 1024×768 window: every word of it must fit, whole."""
    from PySide6.QtGui import QFontMetrics
    view = PredictionView()
    qtbot.addWidget(view)
    view.resize(width, 420)
    view.show()
    qtbot.waitExposed(view)
    view.show_prediction(image28(), np.full(10, 0.1, np.float32) + np.eye(10)[8] * 0.35,
                         DIGITS)
    label = view._headline
    qtbot.waitUntil(lambda: label.width() > 0)
    text = view.caption()
    assert text.startswith("Maybe an 8 (") and text.endswith(")")
    metrics = QFontMetrics(label.font())
    assert max(metrics.horizontalAdvance(w) for w in text.split()) <= label.width()
    # unwrapped, the whole line would have to fit (it did not: it was cut)
    assert label.wordWrap() or metrics.horizontalAdvance(text) <= label.width()
    # the label is tall enough for the lines the words wrap into
    assert label.height() >= label.heightForWidth(label.width()) - 1
    assert label.font().pointSizeF() >= 6


def label_bands(view):
    """How many separate runs of ink lie down the class labels' column of the bars: ten apart
    when every label stands clear of its neighbours, fewer when some run into each other."""
    bars = view._bars
    label_w, _, _, axis_top = bars._layout()
    label_w = int(label_w) - 8
    shot = bars.grab().toImage()
    ratio = shot.devicePixelRatio()
    background = shot.pixelColor(1, 1).lightness()
    inked = [any(abs(shot.pixelColor(int(x * ratio), y).lightness() - background) > 60
                 for x in range(label_w))
             for y in range(int(axis_top * ratio))]      # the rows, not the axis
    return sum(1 for y in range(1, len(inked)) if inked[y] and not inked[y - 1]) + inked[0]


@pytest.mark.parametrize("zoom", [100, 125, 150, 200])
def test_the_digit_labels_stand_apart_at_any_zoom_even_at_the_smallest_height(qtbot, zoom):
    """At 150 % the labels 0–9 ran into each other (rows of 13.7 px for 13-px digits): the
    bars' minimum height allowed 60 % of a text line per row."""
    from PySide6.QtWidgets import QApplication
    from nnviz.gui import theme
    app = QApplication.instance()
    theme.set_zoom(zoom)
    theme.apply(app)
    try:
        view = PredictionView()
        qtbot.addWidget(view)
        view.show_prediction(image28(), SIGMOID, DIGITS)
        bars = view._bars            # alone, at the least height a layout may give it
        bars.setParent(None)
        qtbot.addWidget(bars)
        bars.show()
        qtbot.waitExposed(bars)
        bars.resize(bars.minimumSizeHint())
        qtbot.waitUntil(lambda: bars.height() == bars.minimumSizeHint().height())
        assert label_bands(view) == 10
    finally:
        theme.set_zoom(100)
        theme.apply(app)
