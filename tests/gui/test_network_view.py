"""NetworkView on a small real network: it paints, it highlights the argmax, its hover text matches
the core's numbers, clicking a first-hidden neuron opens that neuron's weights, and wide, tiny and
empty networks draw without error."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from nnviz.core.network import Network
from nnviz.gui import plain
from nnviz.gui.views.network_view import NetworkView

FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
           "Bag", "Ankle boot")


def forward(net, seed=0):
    """(activations, zs) of one random input, each layer a 1-D array as the window sends them."""
    x = np.random.default_rng(seed).random((1, net.sizes[0])).astype(np.float32)
    zs, acts = net.forward(x)
    return [a[0].copy() for a in acts], [z[0].copy() for z in zs]


def show(view, net, seed=0, **kw):
    acts, zs = forward(net, seed)
    view.show_state(acts, zs, [w.copy() for w in net.w], [b.copy() for b in net.b], **kw)
    return acts, zs


def pixels(view):
    """The painted widget as an (h, w, 4) uint8 array."""
    img = view.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes())
    return arr.reshape(img.height(), img.bytesPerLine() // 4, 4)[:, :img.width()].copy()


@pytest.fixture
def net():
    return Network.create((784, 16, 16, 10), seed=0)


@pytest.fixture
def view(qtbot):
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_show_state_paints_a_picture(view, net):
    empty = pixels(view)
    show(view, net, label=7, caption="training example 4,213")
    full = pixels(view)
    assert full[..., :3].std() > 2 * empty[..., :3].std()
    # Both weight colours appear: blue-ish (b > r) and orange-ish (r > b) edges.
    rgb = full[..., :3].astype(int)
    assert np.count_nonzero(rgb[..., 2] - rgb[..., 0] > 60) > 50
    assert np.count_nonzero(rgb[..., 0] - rgb[..., 2] > 60) > 50


def test_highlighted_output_is_the_argmax(view, net):
    assert view.highlighted_output() is None
    for seed in range(5):
        acts, _ = show(view, net, seed)
        assert view.highlighted_output() == int(np.argmax(acts[-1]))


@pytest.mark.parametrize("layer, index", [(1, 0), (1, 15), (2, 7), (3, 0), (3, 9)])
def test_tooltip_gives_the_core_numbers(view, net, layer, index):
    acts, zs = show(view, net)
    pos = view.neuron_pos(layer, index)
    assert view.neuron_at(pos) == (layer, index)
    assert view.neuron_at(pos + QPointF(3, -2)) == (layer, index)
    text = view.tooltip_text(layer, index)
    assert f"a = {acts[layer][index]:.3f}" in text
    assert f"b = {net.b[layer - 1][index]:.3f}" in text
    assert f"z = {zs[layer - 1][index]:.3f}" in text
    assert np.isclose(zs[layer - 1][index], net.w[layer - 1][index] @ acts[layer - 1]
                      + net.b[layer - 1][index], atol=1e-4)


def test_tooltip_event_shows_the_text(view, net):
    show(view, net)
    pos = view.neuron_pos(2, 3).toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos))
    QApplication.sendEvent(view, event)
    # shown literally (plain.tooltip), whatever a class name in it holds
    assert QToolTip.text() == plain.tooltip(view.tooltip_text(2, 3))
    assert "Hidden layer" in QToolTip.text()
    QToolTip.hideText()


def test_input_picture_answers_with_pixels(view, net):
    acts, _ = show(view, net)
    pos = view.neuron_pos(0, 28 * 10 + 20)
    assert view.neuron_at(pos) == (0, 300)
    assert f"a = {acts[0][300]:.3f}" in view.tooltip_text(0, 300)
    assert "row 10, column 20" in view.tooltip_text(0, 300)
    assert view.neuron_at(QPointF(2, 2)) is None


def test_clicking_a_first_hidden_neuron_opens_its_weights(qtbot, view, net):
    show(view, net)
    before = pixels(view)
    with qtbot.waitSignal(view.neuron_clicked) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.neuron_pos(1, 4).toPoint())
    assert blocker.args == [1, 4]
    assert view.inset_neuron() == 4
    np.testing.assert_array_equal(view.inset_weights(), net.w[0][4].reshape(28, 28))
    assert not np.array_equal(pixels(view), before)
    # While open the inset follows training: new weights arrive with the next state.
    net.w[0][4] *= -1
    show(view, net)
    np.testing.assert_array_equal(view.inset_weights(), net.w[0][4].reshape(28, 28))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.inset_weights() is None


def test_a_click_elsewhere_closes_the_inset_silently(qtbot, view, net):
    show(view, net)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.neuron_pos(1, 2).toPoint())
    assert view.inset_neuron() == 2
    with qtbot.assertNotEmitted(view.neuron_clicked):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.inset_weights() is None


def test_clicking_other_neurons_only_emits(qtbot, view, net):
    show(view, net)
    for layer, index in [(2, 5), (3, 8)]:
        with qtbot.waitSignal(view.neuron_clicked) as blocker:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                             pos=view.neuron_pos(layer, index).toPoint())
        assert blocker.args == [layer, index]
        assert view.inset_weights() is None


def test_wide_layers_show_a_subset(qtbot, view):
    wide = Network.create((784, 100, 10), seed=1)
    acts, _ = show(view, wide, classes=FASHION)
    drawn = [i for i in range(100) if view.neuron_pos(1, i) is not None]
    assert 0 < len(drawn) < 100
    assert drawn[0] == 0 and drawn[-1] == 99   # first and last kept, the middle elided
    for i in drawn:
        assert view.neuron_at(view.neuron_pos(1, i)) == (1, i)
    assert "Sneaker" in view.tooltip_text(2, 7)
    assert view.highlighted_output() == int(np.argmax(acts[-1]))
    assert pixels(view)[..., :3].std() > 5


def test_very_wide_network_at_minimum_size(view):
    big = Network.create((784, 512, 256, 10), init="scaled", seed=2)
    view.resize(500, 350)
    show(view, big, classes=FASHION, label=3, caption="your drawing")
    for layer in (1, 2, 3):
        for i in (0, big.sizes[layer] - 1):
            assert view.neuron_at(view.neuron_pos(layer, i)) == (layer, i)
    assert pixels(view)[..., :3].std() > 5


def test_positions_follow_a_resize(qtbot, view, net):
    show(view, net)
    old = view.neuron_pos(2, 3)
    view.resize(600, 400)
    new = view.neuron_pos(2, 3)
    assert new != old
    assert view.neuron_at(new) == (2, 3)


def test_clear_shows_the_empty_state(qtbot, view, net):
    show(view, net)
    view.clear()
    assert view.highlighted_output() is None
    assert view.neuron_at(QPointF(450, 300)) is None
    with qtbot.assertNotEmitted(view.neuron_clicked):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 300))
    assert pixels(view)[..., :3].std() < 10
    show(view, net)   # and it comes back
    assert view.highlighted_output() is not None


def test_non_square_input_is_a_column(qtbot, view):
    tiny = Network.create((5, 3, 2), seed=0)
    acts, _ = show(view, tiny)
    pos = view.neuron_pos(0, 2)
    assert view.neuron_at(pos) == (0, 2)
    assert f"a = {acts[0][2]:.3f}" in view.tooltip_text(0, 2)
    with qtbot.waitSignal(view.neuron_clicked) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.neuron_pos(1, 1).toPoint())
    assert blocker.args == [1, 1]
    assert view.inset_weights() is None   # no picture to show for 5 inputs


def test_relu_activations_above_one_are_clamped_and_said(view):
    relu = Network.create((784, 16, 10), activation="relu", seed=0)
    acts, _ = show(view, relu)
    big = int(np.argmax(acts[1]))
    assert acts[1][big] > 1
    assert "clamped" in view.tooltip_text(1, big)
    assert pixels(view)[..., :3].std() > 5


def test_nan_parameters_do_not_break_painting(view, net):
    broken = net.copy()
    broken.w[1][0, 0] = np.nan
    show(view, broken)
    assert pixels(view)[..., :3].std() > 5


@pytest.mark.parametrize("zoom, width", [(100, 330), (125, 330), (150, 390)])
def test_the_legend_is_whole_in_a_narrow_diagram(net, qtbot, zoom, width):
    """At 1024×768 and 125 % the key read "eight ━ + blue …": it began left of the view."""
    from PySide6.QtWidgets import QApplication
    from nnviz.gui import theme
    theme.set_zoom(zoom)
    theme.apply(QApplication.instance())
    try:
        view = NetworkView()
        qtbot.addWidget(view)
        view.resize(width, 390)
        view.show()
        qtbot.waitExposed(view)
        show(view, net)
        view.grab()                                 # paints, placing the legend
        legend = view.legend_rect
        assert legend.left() >= 0 and legend.right() <= view.width() + 1, legend
    finally:
        theme.set_zoom(100)
        theme.apply(QApplication.instance())
