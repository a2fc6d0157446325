"""The gradient-noise, landscape and evaluation panels driven on a small network: the numbers
they show must be the core's, they compute off the GUI thread, and they fail politely."""

import numpy as np
import pytest

from nnviz.core.data.dataset import Dataset
from nnviz.core.lessons.evaluation import compare, evaluate, hidden_activations, top_activating
from nnviz.core.lessons.gradient_noise import gradient
from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network
from nnviz.core.training import Trainer
from nnviz.gui.panels import Context


@pytest.fixture
def tiny():
    """A 4×4-pixel, 4-class data set and a 16-6-5-4 network trained a little on it."""
    rng = np.random.default_rng(0)
    centres = rng.random((4, 16)).astype(np.float32)

    def draw(n):
        labels = rng.integers(0, 4, n).astype(np.uint8)
        x = np.clip(centres[labels] + 0.35 * rng.standard_normal((n, 16)), 0, 1)
        return x.astype(np.float32), labels
    (xt, lt), (xs, ls) = draw(1200), draw(300)
    data = Dataset("tiny", xt, lt, xs, ls, ("a", "b", "c", "d"), "generated for a test")
    net = Network.create((16, 6, 5, 4), init="scaled", seed=1)
    trainer = Trainer(net, xt, lt, lr=2.0, batch_size=10, snapshot_every=20, with_params=True)
    path = [(s.w, s.b) for s in trainer.snapshots(1)]
    return data, net, path


def context(net, data, step=0):
    return Context(model=net, classes=data.classes if data else (), data=data, step=step)


def show(qtbot, cls):
    panel = cls()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    return panel


def test_evaluation_panel_shows_the_cores_numbers(qtbot, tiny, tmp_path):
    from nnviz.gui.panels.evaluation_panel import N_SHOWN, EvaluationPanel
    data, net, _ = tiny
    panel = show(qtbot, EvaluationPanel)
    panel.update_context(context(None, None), "data")
    assert "needs a dataset" in panel.summary.text() and not panel.tabs.isEnabled()
    panel.update_context(context(net, data), "architecture")
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy(), timeout=20000)
    ev = evaluate(net, data.test_images, data.test_labels)
    assert f"Test accuracy {100 * ev.accuracy:.2f} %" in panel.summary.text()
    np.testing.assert_array_equal(panel.matrix.counts, ev.confusion)
    # Click the biggest off-diagonal cell: its images are listed, clicking one shows it.
    off = ev.confusion - np.diag(np.diag(ev.confusion))
    t, p = np.unravel_index(off.argmax(), off.shape)
    left, top, cell = panel.matrix._geometry()
    from PySide6.QtCore import QPoint, Qt
    qtbot.mouseClick(panel.matrix, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(left + (p + 0.5) * cell), int(top + (t + 0.5) * cell)))
    np.testing.assert_array_equal(panel.cell_gallery.indices, ev.cell(t, p)[:N_SHOWN * 5])
    assert panel.cell_gallery.count() == min(ev.confusion[t, p], N_SHOWN * 5)
    with qtbot.waitSignal(panel.input_chosen) as chosen:
        panel.cell_gallery.itemClicked.emit(panel.cell_gallery.item(0))
    i = ev.cell(t, p)[0]
    np.testing.assert_array_equal(chosen.args[0], data.test_images[i])
    assert chosen.args[1] == data.test_labels[i]
    np.testing.assert_array_equal(panel.wrong_gallery.indices, ev.confidently_wrong(N_SHOWN))
    # The hidden neurons' favourite images.
    panel.layer_box.setCurrentIndex(1)
    panel.neuron_box.setValue(3)
    acts = hidden_activations(net, data.test_images, 2)
    np.testing.assert_array_equal(panel.neuron_gallery.indices, top_activating(acts, 3, N_SHOWN))
    # Compare with a saved model, and refuse one that does not fit.
    other = Network.create((16, 8, 4), seed=5)
    save_model(tmp_path / "other.npz", other, data.classes)
    assert panel.compare_tab.load(str(tmp_path / "other.npz"))
    qtbot.waitUntil(lambda: panel.compare_tab.result is not None and not panel.busy(),
                    timeout=20000)
    c = compare(net, other, data.test_images, data.test_labels)
    assert panel.compare_tab.right.title.endswith(f"{100 * c.b.accuracy:.2f} %")
    np.testing.assert_array_equal(panel.compare_tab.right.counts, c.b.confusion)
    assert f"agree {100 * c.agree:.1f} %" in panel.compare_tab.message.text()
    save_model(tmp_path / "big.npz", Network.create((25, 4), seed=0), data.classes)
    panel.compare_tab.load(str(tmp_path / "big.npz"))
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20000)
    assert "takes 25 inputs but these images have 16 pixels" in panel.summary.text()


def test_landscape_panel_slices_around_the_current_parameters(qtbot, tiny):
    from nnviz.gui.panels.landscape_panel import LandscapePanel
    data, net, path = tiny
    panel = show(qtbot, LandscapePanel)
    start = Network.create((16, 6, 5, 4), init="scaled", seed=1)
    panel.update_context(context(start, data), "architecture")
    for step, (w, b) in enumerate(path, start=1):     # training sends parameters as it goes
        moved = start.copy()
        moved.w, moved.b = w, b
        panel.update_context(context(moved, data, step * 20), "model")
    assert len(panel.trajectory) == len(path) + 1
    panel.examples.setValue(300)
    panel.grid.setValue(9)
    panel.start()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy(), timeout=30000)
    r = panel.result
    assert r["C"].shape == (9, 9) and r["share"] is not None          # the PCA plane
    pick = np.random.default_rng(0).choice(len(data.train_images), 300, replace=False)
    x, labels = data.train_images[pick], data.train_labels[pick]
    C0 = moved.cost_value(x, np.eye(4)[labels])
    assert np.allclose(r["path"][-1], 0, atol=1e-9)                    # the path ends at θ₀
    sl = r["slice"]
    assert sl["C0"] == pytest.approx(C0, rel=1e-5)
    g = gradient(moved, x, labels)
    assert -sl["slope"] == pytest.approx(np.linalg.norm(g), rel=1e-4)
    assert f"from {sl['C0']:.4g} to {sl['C_step']:.4g}" in panel.info.text()
    np.testing.assert_allclose(panel.view.image.image, np.log10(r["C"]))
    # Random directions, and a cancelled computation leaves no thread and no change.
    panel.mode.setCurrentIndex(1)
    panel.grid.setValue(101)
    panel.examples.setValue(1200)
    panel.start()
    panel.jobs.cancel()
    assert panel.result is r and not panel.jobs.busy()


def test_landscape_of_a_network_too_large_to_record_says_so(qtbot, tiny):
    from nnviz.gui.panels.landscape_panel import LandscapePanel
    data, net, path = tiny
    panel = show(qtbot, LandscapePanel)
    panel.trajectory.max_bytes = 4 * net.n_parameters() * 3       # room for 3 points: too few
    panel.update_context(context(net, data), "architecture")
    for step, (w, b) in enumerate(path, start=1):
        moved = net.copy()
        moved.w, moved.b = w, b
        panel.update_context(context(moved, data, step * 20), "model")
    assert len(panel.trajectory) == 0
    panel.examples.setValue(300)
    panel.grid.setValue(9)
    panel.start()                                      # the training-path plane was chosen
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy(), timeout=30000)
    assert panel.result["share"] is None                          # random directions
    assert "too many parameters to record its training path" in panel.info.text()


def test_gradient_panel_shows_the_cores_numbers(qtbot, tiny):
    from nnviz.gui.panels.gradient_panel import GradientPanel
    data, net, _ = tiny
    panel = show(qtbot, GradientPanel)
    panel.seconds.setValue(0.2)
    panel.update_context(context(net, data), "architecture")
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy(), timeout=60000)
    noise, sgd, gd = panel.result
    g = gradient(net, data.train_images, data.train_labels)
    assert noise.full_norm == pytest.approx(np.linalg.norm(g))
    assert f"{noise.full_norm:.3g}" in panel.info.text()
    assert [r.batch_size for r in noise.rows] == [1, 10, 100, 1000]
    x, y = panel.view.noise.xData, panel.view.noise.yData      # before the log axes
    np.testing.assert_allclose(x, [1, 10, 100, 1000])
    np.testing.assert_allclose(y, [r.relative for r in noise.rows])
    assert sgd.costs[0] == gd.costs[0] and gd.batch_size == len(data.train_images)
    np.testing.assert_allclose(panel.view.sgd.getData()[1], sgd.costs)
    for r in noise.rows:
        angle = np.degrees(np.arccos(r.cosine))
        assert f"b = {r.batch_size}: {angle:.0f}°" in panel.info.text()
