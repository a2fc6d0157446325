"""One sign colour across the app: every view that draws a signed quantity, given a known +1 or −1,
draws it in the theme's blue or orange — never the other one, never a third hue — in both themes.

Each view is rendered offscreen and its saturated pixels are sorted by hue. The views differ in
what else they draw (legends show both colours, the diagram rings the winner in yellow), so the
check is on shares: most of the sign-coloured pixels carry the expected hue.
"""

import colorsys

import numpy as np
import pytest

from nnviz.core.lessons.neuron_sees import what_neurons_see
from nnviz.core.files.gif import quantize
from nnviz.core.network import Network
from nnviz.gui import theme
from nnviz.gui.panels.lab_neuron import NeuronInspector
from nnviz.gui.views.gradient_tiles import GradientTiles
from nnviz.gui.views.network_view import NetworkView
from nnviz.gui.views.neuron_fan import NeuronFan
from nnviz.gui.views.neuron_sees_grid import NeuronSeesGrid
from nnviz.gui.views.signed_bars import SignedBars
from nnviz.gui.views.weights_view import WeightsView
from nnviz.gui.window.replay_frames import image_to_rgb

SIZES = (784, 16, 16, 10)
TOLERANCE = 12.0     # degrees of hue


def _hue(rgb):
    return 360.0 * colorsys.rgb_to_hsv(*(c / 255 for c in rgb))[0]


POSITIVE_HUE, NEGATIVE_HUE = _hue(theme.POSITIVE_RGB), _hue(theme.NEGATIVE_RGB)


def sign_pixels(rgb):
    """(pixels near the positive hue, pixels near the negative hue) among the saturated ones."""
    x = rgb.reshape(-1, 3).astype(float) / 255
    hi, lo = x.max(1), x.min(1)
    saturated = (hi > 0.2) & (hi - lo > 0.25 * hi) & (hi - lo > 0.08)
    x = x[saturated]
    hi, lo = hi[saturated], lo[saturated]
    r, g, b = x.T
    d = np.maximum(hi - lo, 1e-9)
    h = np.where(hi == r, (g - b) / d % 6, np.where(hi == g, (b - r) / d + 2, (r - g) / d + 4))
    h *= 60.0
    near = lambda target: np.abs((h - target + 180) % 360 - 180) <= TOLERANCE  # noqa: E731
    return int(near(POSITIVE_HUE).sum()), int(near(NEGATIVE_HUE).sum())


def grab(widget):
    return image_to_rgb(widget.grab().toImage())


def network(sign, first=None):
    net = Network.create(SIZES, seed=0)
    net.w = [np.full_like(w, sign) for w in net.w]
    if first is not None:
        net.w[0][:] = first
    net.b = [np.zeros_like(b) for b in net.b]
    return net


def show_widget(qtbot, widget, size=(520, 380)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def diagram(qtbot, sign):
    net = network(sign)
    x = np.random.default_rng(0).uniform(0, 1, 784)
    zs, acts = net.forward(x[None, :])
    view = show_widget(qtbot, NetworkView(), (900, 520))
    view.show_state([a[0] for a in acts], [z[0] for z in zs], net.w, net.b)
    return grab(view)


def popup(qtbot, sign):
    """Only the pop-up's picture: the first layer has the sign, the rest the opposite one."""
    net = network(-sign, first=sign)
    x = np.random.default_rng(0).uniform(0, 1, 784)
    zs, acts = net.forward(x[None, :])
    view = show_widget(qtbot, NetworkView(), (900, 520))
    view.show_state([a[0] for a in acts], [z[0] for z in zs], net.w, net.b)
    view._open_inset(0)
    view.update()
    rect = view._inset[4].toRect()
    return grab(view)[rect.top():rect.bottom(), rect.left():rect.right()]


def weights_mosaic(qtbot, sign):
    view = show_widget(qtbot, WeightsView())
    view.set_weights(np.full((16, 784), float(sign)))
    return grab(view)


def gif_frame(qtbot, sign):
    """What a GIF export stores: the view's picture after the 256-colour quantisation."""
    palette, indices = quantize(weights_mosaic(qtbot, sign))
    return palette[indices]


def sees(qtbot, sign):
    view = show_widget(qtbot, NeuronSeesGrid(), (460, 260))
    view.show_view(what_neurons_see(network(sign), np.ones(784)), 0)
    return grab(view)


def sensitivity(qtbot, sign):
    view = show_widget(qtbot, GradientTiles())
    view.set_gradient(np.full((16, 784), -float(sign)))   # the tiles show −∂C/∂w
    return grab(view)


def backprop_bars(qtbot, sign):
    view = show_widget(qtbot, SignedBars("nudges"))
    view.set_bars(np.full(10, float(sign)))
    return grab(view)


def backprop_fan(qtbot, sign):
    view = show_widget(qtbot, NeuronFan())
    n = 16
    view.show_levers("7", np.full(n, 0.8), 0.5, 0.25, np.full(n, float(sign)),
                     np.full(n, float(sign)))
    return grab(view)


def lab_picture(qtbot, sign, layer=1):
    inspector = show_widget(qtbot, NeuronInspector(), (420, 420))
    inspector.set_architecture(SIZES)
    inspector.select(layer, 0)
    n_in = SIZES[layer - 1]
    inspector.show_weights(np.full(n_in, float(sign)), np.ones(n_in))
    return grab(inspector.pictures)


VIEWS = {"diagram lines": diagram, "neuron pop-up": popup, "weights mosaic": weights_mosaic,
         "GIF export": gif_frame, "what each neuron sees": sees,
         "sensitivity / gradient tiles": sensitivity, "backprop nudges": backprop_bars,
         "backprop levers": backprop_fan, "lab picture": lab_picture,
         "lab bars": lambda qtbot, sign: lab_picture(qtbot, sign, layer=2)}


@pytest.fixture(params=["dark", "light"])
def each_theme(request):
    theme.set_current(request.param)
    yield request.param
    theme.set_current("dark")


@pytest.mark.parametrize("name", VIEWS)
def test_a_sign_has_the_same_hue_in_every_view(qtbot, each_theme, name):
    for sign in (+1, -1):
        pos, neg = sign_pixels(VIEWS[name](qtbot, sign))
        same, other = (pos, neg) if sign > 0 else (neg, pos)
        assert same >= 50, f"{name} ({each_theme}): {sign:+d} drew only {same} pixels of its hue"
        assert other <= 0.1 * same, (f"{name} ({each_theme}): {sign:+d} drew {other} pixels of "
                                     f"the opposite sign's hue (and {same} of its own)")


def test_zero_is_the_background_and_the_ends_are_the_same_in_both_themes():
    for name in ("dark", "light"):
        t = theme.set_current(name)
        rgb = t.sign_rgb(np.array([-1.0, 0.0, 1.0]), 1.0)
        assert tuple(rgb[1]) == t.background
        assert tuple(rgb[0]) == theme.NEGATIVE_RGB and tuple(rgb[2]) == theme.POSITIVE_RGB
    theme.set_current("dark")


def test_sign_colours_have_3_to_1_contrast_on_both_backgrounds():
    def luminance(rgb):
        c = np.array(rgb) / 255
        c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return float(c @ [0.2126, 0.7152, 0.0722])
    for end in (theme.POSITIVE_RGB, theme.NEGATIVE_RGB):
        for t in theme.THEMES.values():
            a, b = sorted((luminance(end), luminance(t.background)))
            assert (b + 0.05) / (a + 0.05) >= 3.0, (end, t.name)
