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
