"""The point map: a dot per sampled test image and layer, placed by the core's PCA, coloured by
label; hovering and clicking tell about and show that image."""

import numpy as np

from nnviz.core.lessons import pca
from nnviz.gui.panels.pointmap_panel import SAMPLE
from nnviz.gui.theme import CLASS_COLOURS as COLOURS


def test_points_are_the_core_pca_of_each_layer(pointmap, window):
    n = min(SAMPLE, len(window.model.data.test_images))
    x = window.model.data.test_images[pointmap.index]
    _, acts = window.model.network.forward(x)
    for l, (scatter, a) in enumerate(zip(pointmap.scatters, acts)):
        assert len(scatter.data) == n
        want, _ = pca.project(a)
        np.testing.assert_allclose(pointmap.xy[l], want, rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(scatter.data["x"], want[:, 0], rtol=1e-6, atol=1e-6)
    assert "hidden 1 ·" in pointmap.plots[1].titleLabel.text


def test_colours_follow_the_labels(pointmap, window):
    labels = window.model.data.test_labels[pointmap.index]
    brushes = pointmap.scatters[2].data["brush"]
    for i in range(0, len(labels), 97):
        assert brushes[i].color().name() == COLOURS[labels[i]]


def test_hover_finds_a_point_and_tells_its_label_and_answer(pointmap, window):
    i = 123
    x, y = pointmap.xy[1][i]
    found = pointmap.point_at(1, x, y)
    np.testing.assert_allclose(pointmap.xy[1][found], pointmap.xy[1][i])
    pointmap._show_hover(i)
    j = int(pointmap.index[i])
    a = window.model.network.feedforward(window.model.data.test_images[j][None, :])[0]
    text = pointmap.hover_text.text()
    assert f"test image {j:,}" in text
    assert f"true label: {window.model.data.test_labels[j]}" in text
    assert f"network says: {a.argmax()} ({a.max():.2f}" in text
    assert pointmap.picture.pixmap() is not None and not pointmap.picture.pixmap().isNull()
    assert all(len(ring.data) == 1 for ring in pointmap.rings)    # the same image, every plot
    far = pointmap.xy[1].max(axis=0) * 10 + 100
    assert pointmap.point_at(1, *far) is None


def test_click_shows_the_image_in_the_diagram(pointmap, window):
    pointmap.choose(5)
    j = int(pointmap.index[5])
    assert window.model.shown[2] == f"test image {j:,}"
    np.testing.assert_array_equal(window.model.shown[0], window.model.data.test_images[j])
