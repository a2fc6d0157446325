"""The data explorer: pages, filters, click-to-diagram, statistics, the augmentation preview."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.core.lessons import data_stats
from nnviz.core.augment.jitter import Augment
from nnviz.core.data.dataset import FASHION_CLASSES, Dataset
from nnviz.gui.panels import Context
from nnviz.gui.panels.data_panel import PER_PAGE, DataPanel


def dataset(classes=tuple("0123456789"), n=300, seed=0):
    rng = np.random.default_rng(seed)
    x = lambda m: (rng.random((m, 784)) ** 4).astype(np.float32)   # noqa: E731
    return Dataset("synthetic", x(n), rng.integers(0, 10, n).astype(np.uint8), x(100),
                   rng.integers(0, 10, 100).astype(np.uint8), classes, "made for a test", True)


@pytest.fixture
def panel(qtbot):
    p = DataPanel()
    qtbot.addWidget(p)
    p.resize(600, 500)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.job_bar.cancel()


def give(panel, data):
    panel.update_context(Context(classes=data.classes, data=data), "data")


def test_pages_filter_and_captions(panel, qtbot):
    data = dataset()
    give(panel, data)
    assert panel.gallery.count() == PER_PAGE
    assert panel.gallery.captions() == [str(v) for v in data.train_labels[:PER_PAGE]]
    panel.label_filter.setCurrentIndex(panel.label_filter.findData(3))
    threes = np.flatnonzero(data.train_labels == 3)
    assert panel.gallery.captions() == ["3"] * min(PER_PAGE, len(threes))
    assert panel.page_label.text() == f"page 1 of {-(-len(threes) // PER_PAGE)}"
    panel.split.setCurrentIndex(1)   # the test set
    assert panel.shown_idx.tolist() == np.flatnonzero(data.test_labels == 3)[:PER_PAGE].tolist()


def test_next_page_wraps_around(panel, qtbot):
    data = dataset()
    give(panel, data)
    pages = -(-300 // PER_PAGE)
    for _ in range(pages - 1):
        qtbot.mouseClick(panel.next_page, Qt.MouseButton.LeftButton)
    assert panel.shown_idx.tolist() == list(range((pages - 1) * PER_PAGE, 300))
    qtbot.mouseClick(panel.next_page, Qt.MouseButton.LeftButton)
    assert panel.page == 0


def test_clicking_an_image_sends_it_to_the_diagram(panel, qtbot):
    data = dataset()
    give(panel, data)
    panel.label_filter.setCurrentIndex(panel.label_filter.findData(7))
    i = int(np.flatnonzero(data.train_labels == 7)[2])
    item = panel.gallery.item(2)
    with qtbot.waitSignal(panel.input_chosen) as blocker:
        rect = panel.gallery.visualItemRect(item)
        qtbot.mouseClick(panel.gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    x, label, caption = blocker.args
    np.testing.assert_array_equal(x, data.train_images[i])
    assert label == 7 and caption == f"training image {i:,}"
    assert not np.shares_memory(x, data.train_images)


def test_statistics_match_the_core(panel, qtbot):
    data = dataset()
    give(panel, data)
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=20000)
    counts = data_stats.class_counts(data.train_labels, 10)
    widths = panel.overview.bars.opts["width"]
    np.testing.assert_array_equal(widths, counts)
    np.testing.assert_allclose(panel.stats[2], data_stats.class_means(data.train_images,
                                                                      data.train_labels, 10))
    hist, _ = data_stats.pixel_histogram(data.train_images)
    np.testing.assert_array_equal(panel.histogram.curve.yData, np.maximum(hist, 1))
    assert f"{hist[0] / hist.sum():.0%} fall in the darkest bin" in panel.pixel_note.text()


def test_fashion_class_names_appear(panel, qtbot):
    data = dataset(FASHION_CLASSES)
    give(panel, data)
    names = [panel.label_filter.itemText(i) for i in range(panel.label_filter.count())]
    assert names[0] == "All classes" and names[10] == "9: Ankle boot"
    assert panel.gallery.captions() == [FASHION_CLASSES[v] for v in data.train_labels[:PER_PAGE]]
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=20000)
    ticks = panel.overview.plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == list(FASHION_CLASSES)


def test_augmentation_preview_follows_the_settings(panel, qtbot):
    give(panel, dataset())
    original, shown = panel.preview
    np.testing.assert_array_equal(original, shown)
    assert "off" in panel.augment_note.text()
    panel.show_augment(Augment(rotate=30, shift=2))
    original2, shown2 = panel.preview
    np.testing.assert_array_equal(original, original2)   # the same images, now jittered
    assert not np.allclose(original2, shown2)
    assert "rotation ±30°, shift ±2 px" in panel.augment_note.text()
    panel.show_augment(None)
    np.testing.assert_array_equal(*panel.preview)
