"""The point map's t-SNE option: computed in the background once the network is still, cached
per network state (the input's once per dataset), cancellable, and explained when the optional
extra is missing."""

import threading
import time

import numpy as np
import pytest

from nnviz.core.lessons import tsne
from nnviz.core.errors import Cancelled
from nnviz.gui.panels.pointmap_tsne import MapChoice


@pytest.fixture
def fake_embed(monkeypatch):
    """A stand-in for openTSNE that is instant: the first two columns, with progress reports."""
    calls = []

    def embed(a, progress=None, cancelled=None, **_):
        calls.append(a.shape)
        for done in (100, tsne.iterations()):
            if cancelled is not None and cancelled():
                raise Cancelled()
            progress(done, tsne.iterations())
        return np.asarray(a[:, :2], np.float64) * 2 + 1
    monkeypatch.setattr(tsne, "available", lambda: True)
    monkeypatch.setattr(tsne, "embed", embed)
    return calls


def choose_tsne(panel):
    panel.method.combo.setCurrentIndex(panel.method.combo.findData("tsne"))


def test_tsne_maps_every_layer_then_serves_them_from_the_cache(pointmap, window, qtbot,
                                                                fake_embed):
    choose_tsne(pointmap)
    qtbot.waitUntil(lambda: len(fake_embed) == 4 and not pointmap.busy(), timeout=20000)
    _, acts = window.model.network.forward(window.model.data.test_images[pointmap.index])
    for l, a in enumerate(acts):
        np.testing.assert_allclose(pointmap.xy[l], a[:, :2] * 2 + 1, rtol=1e-6)
        np.testing.assert_allclose(pointmap.scatters[l].data["x"], a[:, 0] * 2 + 1, rtol=1e-5)
        assert "%" not in pointmap.plots[l].titleLabel.text
    assert "t-SNE" in pointmap.info.text() and pointmap.tsne_current
    pointmap.method.combo.setCurrentIndex(0)                     # PCA, then t-SNE again: cached
    assert "%" in pointmap.plots[1].titleLabel.text
    choose_tsne(pointmap)
    assert pointmap.tsne_current and len(fake_embed) == 4
    window.training.step_batch()                                 # a new state: three layers more
    qtbot.waitUntil(lambda: len(fake_embed) == 7 and not pointmap.busy(), timeout=30000)
    assert fake_embed[4:] == [(len(pointmap.index), 16), (len(pointmap.index), 16),
                              (len(pointmap.index), 10)]
    assert pointmap.tsne_current


def test_cancel_stops_the_job_and_leaves_no_thread(pointmap, qtbot, monkeypatch):
    started = threading.Event()

    def slow(a, progress=None, cancelled=None, **_):
        started.set()
        while not cancelled():
            progress(1, tsne.iterations())
            time.sleep(0.01)
        raise Cancelled()
    monkeypatch.setattr(tsne, "available", lambda: True)
    monkeypatch.setattr(tsne, "embed", slow)
    choose_tsne(pointmap)
    qtbot.waitUntil(lambda: pointmap.method.jobs.busy() and started.is_set(), timeout=10000)
    assert pointmap.method.jobs.isVisible()
    pointmap.method.jobs.cancel_button.click()
    assert not pointmap.method.jobs.busy()
    assert all(xy is None for xy in pointmap.xy)
    assert "computing" in pointmap.plots[0].titleLabel.text


def test_without_the_extra_the_option_says_how_to_get_it(qapp, monkeypatch):
    monkeypatch.setattr(tsne, "available", lambda: False)
    choice = MapChoice()
    i = choice.combo.findData("tsne")
    assert 'pip install "nnviz[tsne]"' in choice.combo.itemText(i)
    assert not choice.combo.model().item(i).isEnabled()
    assert not choice.is_tsne()


@pytest.mark.skipif(not tsne.available(), reason='the t-SNE map needs pip install "nnviz[tsne]"')
@pytest.mark.slow   # ~10 s of real t-SNE; the panel's wiring is tested fast above
def test_real_tsne_in_the_panel(pointmap, qtbot, monkeypatch):
    monkeypatch.setattr(tsne, "EXAGGERATED", 50)       # a short optimisation: this checks the
    monkeypatch.setattr(tsne, "NORMAL", 50)            # wiring, tests/core/test_tsne.py the maps
    choose_tsne(pointmap)
    qtbot.waitUntil(lambda: pointmap.tsne_current and not pointmap.busy(), timeout=240000)
    assert all(xy.shape == (len(pointmap.index), 2) and np.isfinite(xy).all()
               for xy in pointmap.xy)


def test_the_canvas_tooltip_explains_the_map_on_screen(pointmap, qtbot, fake_embed):
    """It described PCA whatever the map showed."""
    assert "(PCA)" in pointmap.canvas.toolTip() and "t-SNE" not in pointmap.canvas.toolTip()
    choose_tsne(pointmap)
    assert "t-SNE" in pointmap.canvas.toolTip() and "PCA" not in pointmap.canvas.toolTip()
    qtbot.waitUntil(lambda: not pointmap.busy(), timeout=20000)
    assert "t-SNE" in pointmap.canvas.toolTip()       # still so once the maps arrived
    pointmap.method.combo.setCurrentIndex(pointmap.method.combo.findData("pca"))
    assert "(PCA)" in pointmap.canvas.toolTip()
