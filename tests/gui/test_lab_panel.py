"""The lab panel: its sliders, numbers and accuracies agree with `nnviz.core.lessons.surgery`."""

import numpy as np
import pytest

from nnviz.core.data.dataset import sample_indices
from nnviz.core.lessons import surgery
from nnviz.core.files.model_io import load_model
from nnviz.core.lessons.surgery import Edits


@pytest.fixture
def lab(window, qtbot):
    window.show_panel("lab")
    panel = window.panels["lab"]
    qtbot.waitUntil(lambda: panel.isVisible() and panel.edited is not None, timeout=10000)
    return panel


def _sample(window):
    idx = sample_indices(len(window.model.data.test_images), 1000, 0)
    return window.model.data.test_images[idx], window.model.data.test_labels[idx]


def test_bias_slider_moves_z_by_the_shift_and_numbers_match_core(lab, window):
    window.network_view.neuron_clicked.emit(2, 5)          # routed by the window
    assert lab.inspector.current() == (2, 5)
    lab.inspector.bias.slider.setValue(150)                # Δb = +5.0
    assert lab.edits.neuron(2, 5).bias_shift == 5.0
    x = lab.context.example[0][None, :]
    zs0, _ = window.model.network.forward(x)
    zs1, acts1 = surgery.lab_forward(window.model.network, lab.edits, x)
    assert zs1[1][0, 5] == pytest.approx(zs0[1][0, 5] + 5.0, abs=1e-5)
    text = lab.inspector.numbers.text()
    for v in (zs0[1][0, 5], zs1[1][0, 5], acts1[2][0, 5], window.model.network.b[1][5] + 5.0):
        assert f"{v:.3f}".replace("-", "−") in text
    assert "layer 2 neuron 5: b +5.00" in [lab.edit_list.item(i).text()
                                           for i in range(lab.edit_list.count())]


def test_quick_and_full_accuracy_equal_core_evaluate(lab, window, qtbot):
    lab.knobs.prune.slider.setValue(160)                   # 80 % pruned in each layer
    lab.inspector.select(1, 3)
    lab.inspector.off.setChecked(True)
    edits = Edits(prune=80.0).with_neuron(1, 3, off=True)
    assert lab.edits == edits
    expected = surgery.apply(window.model.network, edits)
    x, labels = _sample(window)
    net = window.model.network
    assert lab.quick == (net.evaluate(x, labels)[1], expected.evaluate(x, labels)[1])
    assert f"{100 * lab.quick[1]:.1f} %" in lab.quick_label.text()
    qtbot.waitUntil(lambda: lab.full is not None and not lab.full_accuracy.pending, timeout=10000)
    full = expected.evaluate(window.model.data.test_images, window.model.data.test_labels)[1]
    assert lab.full[1] == full
    assert f"{100 * full:.1f} %" in lab.full_label.text()


def test_weights_picture_shows_the_edited_weights(lab, window):
    lab.inspector.select(1, 0)
    lab.inspector.scale.slider.setValue(150)               # s = 2.0 on the −1…3 slider
    s = lab.inspector.scale.value()
    assert s == 2.0
    np.testing.assert_allclose(lab.inspector.image.image,
                               (s * window.model.network.w[0][0]).reshape(28, 28), rtol=1e-6,
                               atol=1e-6)
    lab.inspector.select(3, 2)                              # an output neuron: bars
    assert lab.inspector.pictures.currentIndex() == 1


def test_temperature_and_reset_and_original_untouched(lab, window):
    before = [w.copy() for w in window.model.network.w]
    lab.knobs.temperature.set_value(2.0)
    assert lab.edits.temperature == 2.0
    x, labels = _sample(window)
    edited = surgery.apply(window.model.network, lab.edits)
    assert lab.quick_cost[1] == edited.evaluate(x, labels)[0]
    assert lab.quick[0] == lab.quick[1]          # σ(z/T) keeps the order: same answers
    np.testing.assert_allclose(lab.edited.w[-1], window.model.network.w[-1] / 2.0, rtol=1e-6)
    lab.reset_edits()
    assert lab.edits.is_empty and lab.knobs.temperature.value() == 1.0
    for w0, w1, w2 in zip(before, window.model.network.w, lab.edited.w):
        np.testing.assert_array_equal(w0, w1)
        np.testing.assert_array_equal(w0, w2)


def test_use_and_save_the_edited_network(lab, window, tmp_path):
    lab.inspector.select(1, 2)
    lab.inspector.off.setChecked(True)
    expected = surgery.apply(window.model.network, lab.edits)
    assert lab.save_edited(tmp_path / "edited.npz")
    saved, _ = load_model(tmp_path / "edited.npz")
    for a, b in zip(saved.w, expected.w):
        np.testing.assert_array_equal(a, b)
    lab.use_network()
    np.testing.assert_array_equal(window.model.network.w[1][:, 2], 0.0)
    assert lab.edits.is_empty
