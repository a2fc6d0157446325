""""Save my drawing": the pad's digit becomes a 28×28 PNG in my-digits/<label>/, and comes back.

The saved file must be exactly the network's view of the drawing (`to_mnist`, to 1/255), in
the folder layout the importer reads, so a person's own digits can be trained on.
"""

import numpy as np
import pytest

from nnviz.core.preprocess import to_mnist
from nnviz.gui.image_files import read_grey
from nnviz.gui.views.sample_strokes import sample_strokes


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NNVIZ_DATA_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def draw_and_save(window, digit, label):
    window.pad.draw_strokes(sample_strokes(digit))
    expected = to_mnist(window.pad.canvas_array())
    window.save_bar.label.setCurrentText(label)
    return window.save_bar.save_drawing(), expected


def test_saved_drawing_is_the_networks_view_of_it(qtbot, window, data_home):
    bar = window.save_bar
    bar.refresh_count()
    assert bar.count.text() == "none saved yet" and not bar.open.isEnabled()
    path, expected = draw_and_save(window, 7, "7")
    assert path.parent == data_home / "my-digits" / "7" and path.suffix == ".png"
    pixels = read_grey(path)
    assert pixels.shape == (28, 28)
    assert np.abs(pixels - expected).max() <= 1 / 255 + 1e-6
    assert bar.count.text() == "1 saved" and bar.open.isEnabled()
    assert window.pad.stroke_count() == 0          # cleared, ready for the next one


def test_nothing_drawn_or_a_bad_label_is_refused_with_a_reason(qtbot, window, data_home):
    bar = window.save_bar
    window.pad.clear()
    assert bar.save_drawing() is None and bar.count.text() == "Draw something first."
    window.pad.draw_strokes(sample_strokes(1))
    bar.label.setCurrentText("a/b")
    assert bar.save_drawing() is None and "cannot contain" in bar.count.text()
    assert not (data_home / "my-digits").exists()


def test_open_my_digits_imports_them_back(qtbot, window, data_home):
    for digit in (7, 7, 1):
        draw_and_save(window, digit, str(digit))
    window.save_bar.open.click()
    panel = window.panels["import"]
    qtbot.waitUntil(lambda: panel.result is not None, timeout=30000)
    data, report = panel.result
    assert data.classes == ("1", "7") and report.n_imported == 3
    assert report.skipped == []
    saved = sorted((data_home / "my-digits" / "7").iterdir())
    first = read_grey(saved[0]).reshape(-1)
    all_images = np.concatenate([data.train_images, data.test_images])
    assert np.abs(all_images - first).max(axis=1).min() < 1e-6   # taken as-is, 28×28
