"""WeightsView: tiles show each neuron's weights (or their change), symmetric levels, pages."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from nnviz.gui.views.weights_view import PERCENTILE, WeightsView


@pytest.fixture
def view(qtbot):
    v = WeightsView()
    qtbot.addWidget(v)
    v.resize(500, 350)
    v.show()
    return v


def weights(n, seed=0):
    return np.random.default_rng(seed).normal(0, 1, (n, 784)).astype(np.float32)


def test_tiles_show_each_neurons_weights_as_28x28(view):
    w0 = weights(16)
    view.set_weights(w0)
    assert len(view.cells) == 16
    for i in range(16):
        np.testing.assert_array_equal(view.picture(i), w0[i].reshape(28, 28))
        assert view.caption(i) == str(i)
    assert view.mosaic.image.shape == (4 * 28 + 3 * 2, 4 * 28 + 3 * 2)   # one image, 2 px gaps


def test_change_mode_shows_the_difference(view):
    w_init, w0 = weights(16, 1), weights(16, 2)
    view.set_initial(w_init)
    view.set_weights(w0)
    view.set_mode("change")
    assert view.mode() == "change"
    for i in range(16):
        np.testing.assert_allclose(view.picture(i), (w0 - w_init)[i].reshape(28, 28), atol=1e-6)
    view.set_mode("weights")
    np.testing.assert_array_equal(view.picture(3), w0[3].reshape(28, 28))


def test_levels_are_symmetric_about_zero(view):
    w0 = weights(16) + 0.5  # lopsided on purpose
    view.set_weights(w0)
    expected = np.percentile(np.abs(w0), PERCENTILE, method="nearest")
    lo, hi = view.mosaic.getLevels()
    assert lo == -hi and hi == pytest.approx(expected)
    assert tuple(view.colour_bar.levels()) == (pytest.approx(-expected), pytest.approx(expected))


def test_paging_through_100_neurons(view, qtbot):
    w0 = weights(100)
    view.set_weights(w0)
    assert len(view.cells) == 16
    assert view._page_label.text() == "neurons 0–15 of 100"
    assert not view._prev_button.isEnabled()
    qtbot.mouseClick(view._next_button, Qt.MouseButton.LeftButton)
    assert view.page() == 1
    assert view._page_label.text() == "neurons 16–31 of 100"
    for t in range(16):
        assert view.caption(t) == str(16 + t)
        np.testing.assert_array_equal(view.picture(t), w0[16 + t].reshape(28, 28))
    view.set_page(99)  # clamped to the last page: 96–99 and 12 blank cells
    assert view.page() == 6 and not view._next_button.isEnabled()
    assert [view.picture(t) is not None for t in range(16)] == [True] * 4 + [False] * 12
    assert [view.caption(t) for t in range(5)] == ["96", "97", "98", "99", ""]


def test_messages_instead_of_pictures(view):
    view.set_weights(np.zeros((16, 30)))
    assert view._stack.currentWidget() is view._message and "square" in view._message.text()
    view.set_weights(weights(16))
    assert view._stack.currentWidget() is view._canvas
    view.set_mode("change")  # no initial weights yet
    assert view._stack.currentWidget() is view._message
    view.clear()
    assert "No weights" in view._message.text()


def test_grab_shows_coloured_pictures(view, qtbot):
    view.set_weights(weights(16))
    qtbot.waitExposed(view)
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :3 * image.width()].reshape(
        image.height(), image.width(), 3).astype(int)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    assert np.count_nonzero((r > 150) & (b < 100)) > 500  # red: positive weights
    assert np.count_nonzero((b > 150) & (r < 100)) > 500  # blue: negative weights


def test_levels_hold_through_small_changes_and_follow_large_ones(view):
    w0 = weights(16)
    view.set_weights(w0)
    first = view.colour_bar.levels()[1]
    view.set_weights(w0 * 1.1)                 # inside the ±15 % band: the colours stay put
    assert view.colour_bar.levels()[1] == first
    assert view.mosaic.getLevels()[1] == first
    view.set_weights(w0 * 1.5)
    expected = np.percentile(np.abs(w0 * 1.5), PERCENTILE, method="nearest")
    assert view.colour_bar.levels()[1] == pytest.approx(expected)
    assert view.mosaic.getLevels()[1] == pytest.approx(expected)


def test_a_new_layer_size_lays_the_mosaic_out_again(view):
    view.set_weights(weights(10))                # 4 columns, 3 rows, 2 spare cells
    assert len(view.cells) == 10 and view.mosaic.image.shape == (3 * 28 + 4, 4 * 28 + 6)
    np.testing.assert_array_equal(view.picture(9), weights(10)[9].reshape(28, 28))
    assert np.isnan(view.mosaic.image[-28:, -28:]).all()   # the spare corner stays empty
    view.set_weights(weights(16))
    assert len(view.cells) == 16 and view.caption(15) == "15"
    captions = [item for item in view._box.addedItems if hasattr(item, "textItem")]
    assert len(captions) == 16                   # the old layout's captions are gone
