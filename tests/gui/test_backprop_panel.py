"""The backpropagation panel on a small network: every number it shows is the core's."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.core.lessons.explain import explain, levers, one_example_step
from nnviz.core.network import Network
from nnviz.gui.panels import Context
from nnviz.gui.panels.backprop_panel import BackpropPanel

CLASSES = tuple(str(i) for i in range(10))


@pytest.fixture
def net():
    return Network.create((784, 8, 6, 10), seed=2)


@pytest.fixture
def x():
    return np.random.default_rng(0).uniform(0, 1, 784).astype(np.float32)


@pytest.fixture
def panel(qtbot, net, x):
    p = BackpropPanel()
    qtbot.addWidget(p)
    p.resize(600, 700)
    p.show()
    p.update_context(Context(net, CLASSES, None, (x, 7, "training example 3")), "input")
    return p


def table_column(panel, c):
    return np.array([panel.table.item(r, c).data(256) for r in range(panel.table.rowCount())])


def test_defaults_to_the_label_and_shows_backprops_numbers(panel, net, x):
    ex = explain(net, x, 7)
    assert panel.target == 7 and panel.j == 7
    assert panel.wanted.checkedId() == 7
    np.testing.assert_array_equal(panel.nudges.values, ex.nudges)
    np.testing.assert_allclose(panel.nudges.values, ex.y - ex.a[-1], atol=1e-7)   # quadratic
    np.testing.assert_array_equal(panel.wish_last.values, ex.wishes(2))
    np.testing.assert_array_equal(panel.wish_back.values, ex.wishes(1))
    np.testing.assert_allclose(panel.wish_last.values, -(ex.nabla_b[2] @ net.w[2]), rtol=1e-6)
    lv = levers(net, ex, 7)
    order = table_column(panel, 0).astype(int)
    assert sorted(order) == list(range(6))
    np.testing.assert_allclose(table_column(panel, 1), ex.a[2][order], rtol=1e-6)
    np.testing.assert_allclose(table_column(panel, 2), lv.da_dw[order], rtol=1e-6)
    np.testing.assert_allclose(table_column(panel, 3), -ex.nabla_w[2][7][order], rtol=1e-6)
    np.testing.assert_allclose(table_column(panel, 5), lv.da_dprev[order], rtol=1e-6)
    assert np.all(np.diff(np.abs(table_column(panel, 2))) <= 0)      # most useful lever first
    assert f"{ex.C:.4f}" in panel.summary.text()


def test_clicking_an_output_neuron_shows_its_levers(panel, net, x, qtbot):
    rect = panel.nudges._slots()[0][3]
    qtbot.mouseClick(panel.nudges, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert panel.j == 3 and panel.target == 7
    lv = levers(net, explain(net, x, 7), 3)
    np.testing.assert_allclose(panel.fan.state[4], lv.da_dw)
    assert panel.fan.state[3] == pytest.approx(lv.da_db)


def test_choosing_another_digit_changes_the_nudges(panel, net, x):
    panel.wanted.button(2).click()
    assert panel.target == 2
    np.testing.assert_array_equal(panel.nudges.values, explain(net, x, 2).nudges)


def test_a_drawing_defaults_to_the_networks_answer(panel, net, x):
    drawing = x[::-1].copy()
    panel.update_context(Context(net, CLASSES, None, (drawing, None, "your drawing")), "input")
    assert panel.target == int(np.argmax(net.feedforward(drawing[None, :])))
    assert "no label" in panel.caption.text()


def test_step_emits_the_stepped_copy_and_reports_the_cost(panel, net, x, qtbot):
    before = [w.copy() for w in net.w]
    panel.lr.setValue(1.5)
    with qtbot.waitSignal(panel.model_edited) as edited, qtbot.waitSignal(panel.input_chosen):
        panel.step.click()
    expected = one_example_step(net, x, 7, 1.5)
    for got, want, old in zip(edited.args[0].w, expected.net.w, before):
        np.testing.assert_array_equal(got, want)
    for w, old in zip(net.w, before):
        np.testing.assert_array_equal(w, old)                        # context model untouched
    # the window makes the new network current; the panel keeps the before → after line
    panel.update_context(Context(edited.args[0], CLASSES, None, (x, 7, "t")), "architecture")
    text = panel.step_result.text()
    assert f"{expected.C_before:.4f} → {expected.C_after:.4f}" in text
    assert expected.C_after < expected.C_before
    assert panel.ex.C == pytest.approx(expected.C_after)


def test_explains_why_when_there_is_nothing_to_show(qtbot):
    p = BackpropPanel()
    qtbot.addWidget(p)
    p.show()
    p.update_context(Context(Network.create((4, 3, 2)), CLASSES, None,
                             (np.zeros(784, np.float32), 1, "x")), "input")
    assert p.stack.currentWidget() is p.message
    assert "does not take this input" in p.message.text()


def test_in_the_window_a_step_makes_the_new_model_current(window, qtbot):
    window.show_panel("backprop")
    panel = window.panels["backprop"]
    qtbot.waitUntil(lambda: panel.ex is not None, timeout=5000)
    x = panel.context.example[0]
    old = window.model.network
    panel.step.click()
    assert window.model.network is not old and window.model.chosen is not None
    assert np.array_equal(window.model.shown[0], x)
    assert panel.last_step is not None and panel.ex.C == pytest.approx(panel.last_step.C_after)


class Data:
    """The little a panel reads from a Dataset: training images and labels."""
    def __init__(self, n=40, seed=4):
        rng = np.random.default_rng(seed)
        self.train_images = rng.uniform(0, 1, (n, 784)).astype(np.float32)
        self.train_labels = rng.integers(0, 10, n)
        self.n_inputs = 784


def test_the_mini_batch_page_shows_each_examples_wishes_and_their_average(panel, net, x):
    from nnviz.core.lessons.batch_wishes import batch_wishes
    data = Data()
    panel.update_context(Context(net, CLASSES, data, (x, 7, "training example 3")), "data")
    panel.show_batch_page()
    page = panel.batch_page
    assert page.wishes is not None and len(page.wishes.targets) == page.batch_size
    rows = [int(np.flatnonzero((data.train_images == xi).all(axis=1))[0]) for xi in page.xs]
    expected = batch_wishes(net, data.train_images[rows], data.train_labels[rows])
    np.testing.assert_allclose(page.wishes.mean_nudges, expected.mean_nudges, rtol=1e-6)
    _, out0, hidden0 = page.rows[0]
    np.testing.assert_array_equal(out0.values, expected.nudges[0])
    np.testing.assert_array_equal(hidden0.values, expected.hidden[0])
    _, out_avg, hidden_avg = page.rows[-1]
    np.testing.assert_allclose(out_avg.values, expected.mean_nudges, rtol=1e-6)
    np.testing.assert_allclose(hidden_avg.values, expected.mean_hidden, rtol=1e-6)
    page.count.setValue(6)
    assert page.shown_rows() == 6 and page.rows[5][1].isVisible() and not page.rows[6][1].isVisible()


def test_after_a_step_the_page_shows_that_mini_batch_and_its_costs(panel, net, x):
    data = Data()
    panel.update_context(Context(net, CLASSES, data, (x, 7, "training example 3")), "data")
    rows = np.array([3, 1, 4, 15, 9])
    y = np.eye(10, dtype=np.float32)[data.train_labels[rows]]
    nabla_w, nabla_b, C = net.backprop(data.train_images[rows], y)
    after = net.copy()
    for l in range(len(after.w)):
        after.w[l] -= 3.0 * nabla_w[l]
        after.b[l] -= 3.0 * nabla_b[l]
    panel.show_trained_batch(net, after, rows)
    page = panel.batch_page
    assert panel.pages.currentIndex() == 1
    before_cost, after_cost, n = page.step_result
    assert n == 5 and before_cost == pytest.approx(C, rel=1e-5)
    assert after_cost == pytest.approx(after.cost_value(data.train_images[rows], y), rel=1e-5)
    assert f"{before_cost:.4f} → {after_cost:.4f}" in page.result.text()
    np.testing.assert_array_equal(page.xs, data.train_images[rows])
    # a model update (training goes on) keeps the step on show until another batch is picked
    panel.update_context(Context(after, CLASSES, data, (x, 7, "training example 3")), "model")
    assert page.step_result is not None
    page.pick.click()
    assert page.step_result is None and not page.result.isVisible()


def test_next_example_asks_the_diagram_for_another(panel, net, x, qtbot):
    data = Data()
    panel.update_context(Context(net, CLASSES, data, (x, 7, "training example 3")), "data")
    with qtbot.waitSignal(panel.input_chosen) as sent:
        panel.next.click()
    chosen, label, caption = sent.args
    i = int(caption.split()[-1].replace(",", ""))
    np.testing.assert_array_equal(chosen, data.train_images[i])
    assert label == data.train_labels[i]
