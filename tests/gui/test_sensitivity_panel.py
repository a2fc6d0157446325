"""The sensitivity panel on a small network and data set: pictures and rankings are the core's."""

import numpy as np
import pytest

from nnviz.core.data.dataset import Dataset
from nnviz.core.network import Network
from nnviz.core.data.dataset import sample_indices
from nnviz.core.lessons.sensitivity import ratio, sensitivity
from nnviz.gui.panels import Context
from nnviz.gui.panels.sensitivity_panel import SensitivityPanel

CLASSES = tuple(str(i) for i in range(10))


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (300, 784)).astype(np.float32)
    x.reshape(300, 28, 28)[:, :2, :] = 0.0       # two dark rows: weights the cost ignores
    labels = rng.integers(0, 10, 300).astype(np.uint8)
    return Dataset("tiny", x, labels, x[:20].copy(), labels[:20].copy(), CLASSES, "generated")


@pytest.fixture
def net():
    return Network.create((784, 6, 5, 10), seed=1)


@pytest.fixture
def panel(qtbot, net, data):
    p = SensitivityPanel()
    qtbot.addWidget(p)
    p.resize(600, 700)
    p.show()
    p.update_context(Context(net, CLASSES, data, None), "architecture")
    qtbot.waitUntil(lambda: p.result is not None and p.job is None, timeout=10000)
    return p


def test_shows_the_gradient_over_the_sample(panel, net, data):
    idx = sample_indices(len(data.train_images), 1000, 0)          # 300 < 1000: all of them
    want = sensitivity(net, data.train_images[idx], data.train_labels[idx])
    np.testing.assert_allclose(panel.result.nabla_w[0], want.nabla_w[0], rtol=1e-6, atol=1e-9)
    assert len(panel.tiles.shown) == 6
    for i, img in panel.tiles.shown:
        np.testing.assert_allclose(img, -want.nabla_w[0][i].reshape(28, 28), rtol=1e-6,
                                   atol=1e-9)
    assert f"{want.C:.4f}" in panel.cost.text()


def test_ranked_tables_and_ratio_sentence_match_the_core(panel):
    most, least, n_zero = panel.result.ranked(8)
    assert panel.most.rowCount() == panel.least.rowCount() == 8
    for r, p in enumerate(most):
        assert panel.most.item(r, 0).text() == p.name()
        assert panel.most.item(r, 1).data(256) == pytest.approx(p.gradient)
        assert panel.most.item(r, 2).data(256) == pytest.approx(ratio(most[0], p))
    for r, p in enumerate(least):
        assert panel.least.item(r, 0).text() == p.name()
        assert panel.least.item(r, 2).data(256) == pytest.approx(ratio(p, least[0]))
    assert n_zero == 6 * 56                                  # 6 neurons × 2 dark rows of 28
    text = panel.sentence.text()
    from nnviz.gui import numbers
    assert numbers.times(most[0].magnitude / panel.result.median()) in text
    assert numbers.times(ratio(most[0], least[0])) in text and most[0].name() in text
    assert "e+" not in text                       # words, not 5.74e+17
    assert f"{n_zero:,} parameters" in text


def test_a_smaller_sample_and_a_new_sample_recompute(panel, net, data, qtbot):
    panel.size_box.setCurrentIndex(0)                        # 10 examples
    qtbot.waitUntil(lambda: panel.result.n == 10 and panel.job is None, timeout=10000)
    first = panel.result
    idx = sample_indices(len(data.train_images), 10, 0)
    want = sensitivity(net, data.train_images[idx], data.train_labels[idx])
    np.testing.assert_allclose(first.nabla_b[-1], want.nabla_b[-1], rtol=1e-6, atol=1e-9)
    panel.new_sample()
    qtbot.waitUntil(lambda: panel.result is not first and panel.job is None, timeout=10000)
    assert not np.allclose(panel.result.nabla_b[-1], first.nabla_b[-1])


def test_without_data_it_says_why(qtbot, net):
    p = SensitivityPanel()
    qtbot.addWidget(p)
    p.show()
    p.update_context(Context(net, CLASSES, None, None), "architecture")
    assert p.result is None and "No network" in p.tiles.message


def test_in_the_window(window, qtbot):
    window.show_panel("sensitivity")
    panel = window.panels["sensitivity"]
    qtbot.waitUntil(lambda: panel.result is not None and panel.job is None, timeout=20000)
    assert panel.result.n == 1000 and panel.most.rowCount() == 8
