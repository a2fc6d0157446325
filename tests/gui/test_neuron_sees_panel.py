"""The "what each neuron sees" panel: its numbers are the core's forward pass, page by page."""

import numpy as np
import pytest

from nnviz.core.network import Network
from nnviz.core.lessons.neuron_sees import what_neurons_see


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
def test_core_numbers_equal_the_forward_pass(activation):
    net = Network.create((784, 16, 16, 10), activation, init="scaled", seed=2)
    x = np.random.default_rng(0).random(784, dtype=np.float32)
    v = what_neurons_see(net, x)
    zs, acts = net.forward(x[None])
    np.testing.assert_allclose(v.z, zs[0][0], atol=1e-5)
    np.testing.assert_allclose(v.a, acts[1][0], atol=1e-5)
    np.testing.assert_array_equal(v.products, net.w[0].astype(np.float64) * x)
    np.testing.assert_allclose(v.sums + v.b, v.z)


def test_panel_shows_the_shown_input_and_pages(window, qtbot):
    window.show_panel("sees")
    panel = window.panels["sees"]
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10000)
    x = window.model.shown[0]
    zs, acts = window.model.network.forward(x[None])
    np.testing.assert_allclose(panel.view.z, zs[0][0], atol=1e-5)
    np.testing.assert_allclose(panel.view.a, acts[1][0], atol=1e-5)
    assert window.model.shown[2] in panel.caption.text()
    # a network with more neurons than fit pages through them
    panel.grid.resize(430, 250)
    window._on_model_edited(Network.create((784, 40, 10), seed=1))
    qtbot.waitUntil(lambda: panel.view is not None and len(panel.view.z) == 40, timeout=10000)
    per_page = panel.grid.page_size()
    assert per_page < 40 and panel.next_button.isVisible()
    panel.next_button.click()
    assert panel.first == per_page and panel.grid._images[0][0] == per_page
    window.pad.draw_strokes([[(0.3, 0.3), (0.7, 0.7)]])
    qtbot.waitUntil(lambda: window.model.drawing is not None, timeout=5000)
    np.testing.assert_allclose(panel.view.products, window.model.network.w[0] * window.model.drawing,
                               rtol=1e-6, atol=1e-7)
