"""CostView: the smoothed curve is the EMA, epochs land where added, the raw curve stays bounded.

The bounded-curve test stores 600,000 costs (100 epochs at batch 10) — the load the view is
designed for — and checks that the plot keeps the extremes while receiving ≤ 4,000 points.
"""


import numpy as np
import pytest

from nnviz.gui.views.cost_view import MAX_BINS, CostView


@pytest.fixture
def view(qtbot):
    v = CostView(smoothing=100)
    qtbot.addWidget(v)
    v.resize(700, 450)
    v.show()
    return v


def ema(costs, span=100):  # CostView's default span; the bias-corrected EMA, written out
    beta = 1.0 - 2.0 / (span + 1.0)
    weights = beta ** np.arange(len(costs))[::-1]
    return float(np.dot(weights, costs) / weights.sum())


def test_smoothed_cost_starts_at_the_first_cost_and_averages_the_first_few(view):
    costs = 0.45 + 1.85 * np.exp(-np.arange(1, 41) / 4.0)    # a network learning fast
    view.add_batch_costs(1, costs)
    average = view.history.average
    assert average[0] == pytest.approx(costs[0], rel=1e-12)
    for k in range(1, 6):    # the first few: the average of the costs so far, within 1 %
        assert average[k - 1] == pytest.approx(costs[:k].mean(), rel=0.01)
    # an average started at the first cost (the old curve) would still be near 2.1 here
    assert average[19] < costs[:20].mean() * 1.01


def test_smoothed_curve_ends_at_the_moving_average(view):
    costs = np.random.default_rng(0).uniform(0.1, 1.0, 1500)
    view.add_batch_costs(1, costs[:400])
    view.add_batch_costs(401, costs[400:])
    assert view.smooth_curve.yData[-1] == pytest.approx(ema(costs), rel=1e-12)
    assert view.smooth_curve.xData[-1] == 1500
    np.testing.assert_array_equal(view.raw_curve.yData, costs)  # few points: shown as they are


def test_epoch_points_are_the_values_added(view):
    view.add_epoch(1000, 0.30, 0.35, 0.90)
    view.add_epoch(2000, 0.20, 0.26, 0.93)
    view.add_epoch(3000, 0.15, None, None)  # no test set this epoch
    np.testing.assert_array_equal(view.train_curve.xData, [1000, 2000, 3000])
    np.testing.assert_array_equal(view.train_curve.yData, [0.30, 0.20, 0.15])
    np.testing.assert_array_equal(view.test_curve.yData, [0.35, 0.26])
    np.testing.assert_allclose(view.accuracy_curve.yData, [90.0, 93.0])  # in %


def test_epoch_axis_follows_batch_size_changes(view):
    view.set_batches_per_epoch(100)
    assert view.plot_item.getAxis("bottom").labelText == "epochs"
    view.add_batch_costs(1, np.ones(100))
    view.add_epoch(100, 1.0, epoch=1)
    view.set_batches_per_epoch(10)  # batch size ×10: epoch 2 has 10 mini-batches
    view.add_batch_costs(101, np.ones(10))
    view.add_epoch(110, 0.5)
    np.testing.assert_allclose(view.train_curve.xData, [1.0, 2.0])
    np.testing.assert_allclose(view.raw_curve.xData[[0, 99, 104, 109]], [0.01, 1.0, 1.5, 2.0])


def test_a_gap_and_a_rewind(view):
    view.add_batch_costs(1, [1.0, 2.0, 3.0])
    view.add_batch_costs(2, [5.0])  # rewinds: mini-batch 2 is replaced, 3 is dropped
    np.testing.assert_array_equal(view.raw_curve.yData, [1.0, 5.0])
    view.add_batch_costs(5, [7.0])  # mini-batches 3 and 4 are missing
    np.testing.assert_array_equal(view.raw_curve.xData, [1, 2, 3, 4, 5])
    assert np.isnan(view.raw_curve.yData[2:4]).all()
    assert view.n_costs() == 3
    assert view.smooth_curve.yData[-1] == pytest.approx(ema([1.0, 5.0, 7.0]))


def test_600k_costs_stay_bounded_and_keep_extremes(view, qtbot):
    # (how fast an update is, is measured by `nnviz bench`, not here: the machine is shared)
    rng = np.random.default_rng(1)
    n = 600_000
    costs = 0.05 + 0.45 * np.exp(-np.arange(n) / 20_000) * rng.gamma(2.0, 0.5, n)
    costs[123_457] = 9.0    # a spike and a dip that must survive the downsampling
    costs[456_789] = 1e-6
    for start in range(0, n, 1000):
        view.add_batch_costs(start + 1, costs[start:start + 1000])
    shown = view.raw_curve.yData
    assert len(shown) <= 2 * MAX_BINS
    assert np.nanmax(shown) == costs.max() == 9.0
    assert np.nanmin(shown) == costs.min() == 1e-6
    assert view.smooth_curve.yData[-1] == pytest.approx(ema(costs), rel=1e-9)

    chunk = costs[:500]
    for i in range(40):
        view.add_batch_costs(n + 1 + 500 * i, chunk)
    assert len(view.raw_curve.yData) <= 2 * MAX_BINS                   # still bounded
    qtbot.waitExposed(view)
    assert not view.grab().isNull()


def test_zooming_in_shows_the_raw_points(view):
    costs = np.random.default_rng(2).uniform(0, 1, 100_000)
    view.add_batch_costs(1, costs)
    assert len(view.raw_curve.yData) <= 2 * MAX_BINS
    view.plot_item.vb.setXRange(50_001, 50_500, padding=0)
    x, y = view.raw_curve.xData, view.raw_curve.yData
    assert x[0] <= 50_001 and x[-1] >= 50_500 and len(y) < 600
    np.testing.assert_array_equal(y, costs[x.astype(int) - 1])


def test_log_toggle_sets_the_cost_axis_only(view, qtbot):
    view.add_batch_costs(1, np.linspace(1.0, 0.01, 100))
    view.add_epoch(100, 0.1, 0.2, 0.9)
    view.set_log_scale(True)
    assert view.plot_item.getAxis("left").logMode
    assert not view.plot_item.getAxis("right").logMode
    assert view.raw_curve.opts["logMode"][1]
    assert view._log_box.isChecked()
    with qtbot.waitSignal(view.log_scale_changed) as blocker:
        view._log_box.setChecked(False)  # as a click would
    assert blocker.args == [False]
    assert not view.plot_item.getAxis("left").logMode


def test_cursor_hidden_until_set(view):
    assert not view.cursor.isVisible()
    view.set_batches_per_epoch(100)
    view.set_cursor(250)
    assert view.cursor.isVisible() and view.cursor.value() == pytest.approx(2.5)
    view.set_cursor(None)
    assert not view.cursor.isVisible()


def test_reset_empties_everything(view):
    view.add_batch_costs(1, np.ones(5000))
    view.add_epoch(5000, 1.0, 1.1, 0.5)
    view.reset()
    for item in (view.raw_curve, view.smooth_curve, view.train_curve, view.test_curve,
                 view.accuracy_curve):
        assert item.yData is None or len(item.yData) == 0
    view.add_batch_costs(1, [0.5, 0.25])  # and it starts again from scratch
    np.testing.assert_array_equal(view.raw_curve.yData, [0.5, 0.25])


def test_following_moves_the_axes_in_steps_and_keeps_the_run_in_view(view):
    moves = []
    view.plot_item.vb.sigRangeChanged.connect(lambda *_: moves.append(1))
    costs = 2.0 * np.exp(-np.arange(20_000) / 4_000) + 0.05
    for start in range(0, len(costs), 100):   # 200 updates, as 200 frames of training would
        view.add_batch_costs(start + 1, costs[start:start + 100])
        (x0, x1), (y0, y1) = view.plot_item.vb.viewRange()
        assert x0 <= 1 and x1 >= start + 100                  # the newest point is in view
        assert y0 <= costs[start + 99] <= y1
    assert 3 <= len(moves) <= 40, len(moves)                  # steps, not every frame


def test_a_zoom_stops_following_and_the_auto_button_resumes_it(view):
    view.add_batch_costs(1, np.linspace(1.0, 0.5, 1000))
    view.plot_item.vb.setXRange(100, 200, padding=0)          # as a mouse zoom does
    view.add_batch_costs(1001, np.linspace(0.5, 0.4, 1000))
    assert view.plot_item.vb.viewRange()[0] == pytest.approx([100, 200])
    view.plot_item.autoBtn.clicked.emit(view.plot_item.autoBtn)   # the "A" button
    x0, x1 = view.plot_item.vb.viewRange()[0]
    assert x0 <= 1 and x1 >= 2000


def test_steady_range_holds_until_the_data_leaves_or_shrinks():
    from nnviz.gui.views.cost_view import steady_range
    assert steady_range((0, 10), (0, 9), (0, 0.25)) == (0, 10)            # still holds
    assert steady_range((0, 10), (0, 9.8), (0, 0.25)) == (0, 12.25)       # too near the edge
    assert steady_range((0, 10), (0, 11), (0, 0.25)) == (0, 13.75)        # outgrown
    assert steady_range((0, 10), (2, 3), (0.1, 0.1)) == pytest.approx((1.9, 3.1))  # too loose
    assert steady_range((0, 10), (0, 9), (0, 0.25), force=True) == (0, 11.25)


def test_the_vectorised_moving_average_matches_the_recurrence():
    """20,000,000 costs once took 19 s in a Python loop on the GUI thread; the blocked version
    must give the same values as the plain recurrence, NaN gaps and a late start included."""
    import math

    from nnviz.gui.views.cost_history import moving_average

    def plain(c, alpha, s):
        out = []
        for x in c:
            if x == x:
                s = x if s != s else s + alpha * (x - s)
            out.append(s)
        return np.array(out)

    rng = np.random.default_rng(0)
    c = rng.random(5000)
    c[rng.random(5000) < 0.05] = np.nan
    c[:7] = np.nan
    for s in (math.nan, 0.3):
        for part in (c, c[:1], c[:300], c[7:]):
            np.testing.assert_allclose(moving_average(part, 2 / 101, s), plain(part, 2 / 101, s),
                                       rtol=1e-10, atol=1e-12)


def test_accuracy_axis_spans_0_to_100_percent_even_for_a_flat_curve(view):
    for epoch, acc in enumerate((0.082, 0.085, 0.089), start=1):   # a dead network
        view.add_epoch(1000 * epoch, 2.3, 2.3, acc)
    lo, hi = view._accuracy_box.viewRange()[1]
    assert lo <= 0 and hi >= 100 and hi - lo <= 110


def test_first_epoch_zooms_to_its_mini_batches_and_back(view):
    view.set_batches_per_epoch(100)
    view.add_batch_costs(1, np.linspace(2.3, 0.3, 500))
    view.add_epoch(100, 0.9, epoch=1)
    view.show_first_epoch(True)
    x0, x1 = view.plot_item.vb.viewRange()[0]
    assert x0 == pytest.approx(0) and x1 == pytest.approx(1.0)     # epoch 1 fills the width
    view.show_first_epoch(False)
    assert view.plot_item.vb.viewRange()[0][1] >= 5.0                # the whole run again


def test_no_legend_entry_breaks_across_lines_in_a_narrow_view(qtbot):
    """At 1024×768 "test accuracy" wrapped to "test" / "accuracy", read as two series."""
    from PySide6.QtGui import QTextDocument
    from nnviz.gui import theme
    from nnviz.gui.views.cost_view import _legend_html
    document = QTextDocument()
    document.setHtml(_legend_html(theme.current()))
    for width in (120, 180, 260, 400):
        document.setTextWidth(width)
        document.size()                  # lays the text out
        block = document.begin()
        layout = block.layout()
        lines = [block.text()[layout.lineAt(i).textStart():
                              layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
                 for i in range(layout.lineCount())]
        words = " ".join(lines)
        for entry in ("each\u00a0mini\u2011batch", "test\u00a0accuracy", "smoothed"):
            assert any(entry in line for line in lines), (width, lines)
        assert "accuracy" in words


def test_the_accuracy_axis_name_is_never_cut_in_a_short_plot(qtbot):
    """A short plot cut "test accuracy (%)" to "test accurac": the name now fits the axis."""
    from PySide6.QtGui import QFontMetrics
    from nnviz.gui.views.cost_view import CostView
    view = CostView()
    qtbot.addWidget(view)
    view.resize(400, 420)
    view.show()
    qtbot.waitExposed(view)
    label = view.plot_item.getAxis("right").label
    qtbot.waitUntil(lambda: label.toPlainText().strip() == "test accuracy (%)")
    for height in (200, 150, 120):
        view.resize(400, height)
        qtbot.wait(30)
        name = label.toPlainText().strip()
        ink = QFontMetrics(label.font()).horizontalAdvance(name)
        assert ink <= view.plot_item.vb.height(), (height, name)


def test_the_boxes_sit_beside_a_one_line_legend_and_stack_beside_a_wrapped_one(qtbot):
    """Stacked, they kept the header two lines tall even when the legend had one."""
    from PySide6.QtWidgets import QBoxLayout
    from nnviz.gui.views.cost_view import CostView
    view = CostView()
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._boxes.direction() == QBoxLayout.Direction.LeftToRight)
    line = view._legend.fontMetrics().height()
    qtbot.waitUntil(lambda: view._canvas.y() < 2 * line)     # a header of one line
    assert abs(view._first_box.y() - view._log_box.y()) <= 2
    view.resize(390, 300)
    qtbot.waitUntil(lambda: view._boxes.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: view._log_box.y() > view._first_box.y())
