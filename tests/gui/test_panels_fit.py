"""Every docked panel fits a 1024×768 window without scrolling sideways, and spreads out again
in a wide one; the flowing control rows and wrapping plot titles that make it so.

Measured before this test: docked at 1024×768 the cost landscape needed 624 px of a 380 px
dock, sensitivity 490, the gradient panel 440, evaluation 406, and at 125 % also robustness,
data, import, the lab and backprop's mini-batch page (whose strip of the stepped mini-batch's
ten images alone was 380 px wide). One window serves every panel (building a
window per panel took a minute).
"""

from PySide6.QtWidgets import QPushButton, QScrollArea, QTabWidget, QWidget

from nnviz.gui.widgets.flow import FlowLayout
from nnviz.gui.widgets.reflow import is_stacked


def _pages(panel):
    """Show each page of each tab widget in `panel` in turn (yields once per page)."""
    tabs = [t for t in panel.findChildren(QTabWidget)]
    if not tabs:
        yield ""
        return
    for tab in tabs:
        for i in range(tab.count()):
            tab.setCurrentIndex(i)
            yield f" / {tab.tabText(i)}"
        tab.setCurrentIndex(0)


def _too_wide(window, key, qtbot):
    """[(where, needed width, viewport width)] of every scroll area of panel `key` that needs
    more width than it has, over all of the panel's tab pages."""
    window.show_panel(key)
    qtbot.wait(80)
    panel = window.panels[key]
    qtbot.waitUntil(lambda: not getattr(panel, "busy", lambda: False)(), timeout=30000)
    found = []
    for page in _pages(panel):
        qtbot.wait(60)
        for area in [window.docks[f"panel_{key}"].widget(), *panel.findChildren(QScrollArea)]:
            if not area.isVisible() or area.widget() is None:
                continue
            need, room = area.widget().minimumSizeHint().width(), area.viewport().width()
            if need > room or area.horizontalScrollBar().isVisible():
                found.append((f"{key}{page} ({type(area.widget()).__name__})", need, room))
    return found


def test_every_docked_panel_fits_1024x768_at_100_and_125_percent_and_spreads_out_when_wide(
        window, qtbot, monkeypatch):
    monkeypatch.setattr(window.display, "_screen_size", lambda: (1024, 768))
    window.resize(1024, 768)
    qtbot.wait(50)
    window.default_layout()
    qtbot.wait(150)
    assert len(window.panels) >= 12
    window.panels["gradients"].seconds.setValue(0.2)   # its race, 2 s a racer, is not measured
    for panel in window.panels.values():                 # compute at once, not after 1 s still
        if hasattr(panel, "settle"):
            panel.settle.setInterval(20)
    window.training.step_batch()          # Step mini-batch: backprop's page shows its images
    qtbot.waitUntil(lambda: window.panels["backprop"].batch_page.step_result is not None,
                    timeout=30000)
    too_wide = {}
    try:
        for zoom in (100, 125):      # 125 % is the largest text that fits 1024×768
            assert window.display.set_zoom(zoom) == zoom
            qtbot.wait(100)
            too_wide[zoom] = [found for key in window.panels
                              for found in _too_wide(window, key, qtbot)]
    finally:
        window.display.set_zoom(100)
    assert not too_wide[100] and not too_wide[125], too_wide
    monkeypatch.setattr(window.display, "_screen_size", lambda: (1920, 1080))
    window.resize(1920, 1080)
    qtbot.wait(50)
    window.default_layout()
    qtbot.wait(150)
    rows = {"landscape": lambda p: p.view.row, "gradients": lambda p: p.view.row,
            "sensitivity": lambda p: p.most.parentWidget().layout().itemAt(1).layout(),
            "evaluation": lambda p: p.compare_tab.row}
    for key, row in rows.items():
        window.show_panel(key)
        qtbot.wait(150)
        qtbot.waitUntil(lambda: not is_stacked(row(window.panels[key])), timeout=3000)


def test_a_flow_row_wraps_when_narrow_and_is_one_row_when_wide(qtbot):
    box = QWidget()
    flow = FlowLayout(box)
    buttons = [QPushButton(f"button number {i}") for i in range(4)]
    for b in buttons:
        flow.addWidget(b)
    qtbot.addWidget(box)
    one_line = flow.sizeHint().width()
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest            # never needs more than one item
    assert len(flow.lines(one_line)) == 1
    assert len(flow.lines(widest)) == 4
    assert flow.heightForWidth(widest) > 3 * flow.heightForWidth(one_line)
    box.resize(widest, flow.heightForWidth(widest))
    box.show()
    qtbot.waitExposed(box)
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) == 4 and all(b.geometry().right() < box.width() for b in buttons)
    buttons[1].hide()                                      # a hidden item takes no room
    assert len(flow.lines(one_line)) == 1 and sum(len(line) for line in flow.lines(widest)) == 3


def test_a_long_plot_title_breaks_into_lines_in_a_narrow_plot(qtbot):
    from nnviz.gui.views.gradient_view import GradientView
    view = GradientView()
    qtbot.addWidget(view)
    view.resize(1400, 400)
    view.show()
    qtbot.waitExposed(view)
    title = view.noise_widget.getPlotItem().titleLabel
    assert "<br>" not in title.text
    view.noise_widget.setFixedWidth(240)
    qtbot.waitUntil(lambda: "<br>" in title.text)
    assert title.item.boundingRect().width() <= view.noise_widget.width()
    view.apply_theme()                                     # a theme switch keeps the lines
    assert "<br>" in title.text
