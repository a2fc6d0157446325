"""The robustness panel: its curves are the core's numbers, and the slider reads them off."""

import numpy as np
import pytest

from nnviz.core.network import Network
from nnviz.core.lessons.robustness import abstention_curve, accuracy_curve
from nnviz.gui.panels import Context
from nnviz.gui.panels.robustness_panel import SAMPLE, THRESHOLDS, RobustnessPanel


@pytest.fixture(scope="module")
def trained():
    from nnviz.core.data import load_dataset
    from nnviz.core.training import Trainer
    data = load_dataset("synthetic")
    net = Network.create((784, 16, 10), output="softmax", cost="cross-entropy", init="scaled")
    list(Trainer(net, data.train_images, data.train_labels, lr=0.1, batch_size=20,
                 momentum=0.9).snapshots(1))
    return net, data


@pytest.fixture
def panel(qtbot, trained):
    net, data = trained
    p = RobustnessPanel()
    qtbot.addWidget(p)
    p.resize(1000, 300)
    p.show()
    qtbot.waitExposed(p)
    p.update_context(Context(model=net, classes=data.classes, data=data, step=7), "data")
    yield p
    p.job_bar.cancel()


def sample(data):
    idx = np.sort(np.random.default_rng(0).choice(len(data.test_images), SAMPLE, replace=False))
    return data.test_images[idx], data.test_labels[idx]


def test_curve_is_the_core_curve_and_starts_at_the_test_accuracy(panel, qtbot, trained):
    net, data = trained
    qtbot.waitUntil(lambda: "noise" in panel.results, timeout=30000)
    levels, accuracy, token, n = panel.results["noise"]
    x, labels = sample(data)
    want = accuracy_curve(net, x, labels, "noise")
    np.testing.assert_array_equal(levels, want[0])
    np.testing.assert_array_equal(accuracy, want[1])
    assert accuracy[0] == net.evaluate(x, labels)[1] and n == SAMPLE
    np.testing.assert_allclose(panel.damage_plot.curve.yData, 100 * accuracy)
    assert f"{accuracy[0]:.1%} undamaged" in panel.note.text()


def test_choosing_another_damage_measures_it(panel, qtbot):
    qtbot.waitUntil(lambda: "noise" in panel.results, timeout=30000)
    panel.kind.setCurrentIndex(panel.kind.findData("thickness"))
    qtbot.waitUntil(lambda: "thickness" in panel.results, timeout=30000)
    levels = panel.results["thickness"][0]
    np.testing.assert_array_equal(panel.damage_plot.curve.xData, levels)
    assert panel.damage_plot.strip_image.image.shape[1] == len(levels) * 32 - 4


def test_a_changed_model_marks_the_curve_stale(panel, qtbot, trained):
    net, data = trained
    qtbot.waitUntil(lambda: "noise" in panel.results, timeout=30000)
    panel.update_context(Context(model=net, classes=data.classes, data=data, step=8), "model")
    assert "has changed since" in panel.note.text()


def test_threshold_slider_reads_off_coverage_and_accuracy(panel, qtbot, trained):
    net, data = trained
    x, labels = sample(data)
    outputs = net.feedforward(x)
    coverage, accuracy = abstention_curve(outputs, labels, THRESHOLDS)
    np.testing.assert_allclose(panel.abstention.coverage.yData, 100 * coverage)
    panel.slider.setValue(0)
    assert f"answers {SAMPLE:,} of {SAMPLE:,} (100.0%), {accuracy[0]:.1%} of them right" \
        in panel.numbers.text()
    panel.slider.setValue(90)
    answered = int((outputs.max(axis=1) >= 0.9).sum())
    assert f"answers {answered:,} of {SAMPLE:,}" in panel.numbers.text()
    assert f"“don't know” for {SAMPLE - answered:,}" in panel.numbers.text()
    assert panel.abstention.line.value() == pytest.approx(0.9)
