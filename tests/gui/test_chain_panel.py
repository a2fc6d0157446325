"""The chain-rule panel: the numbers it shows are core.chain's, and the check is a real difference."""

import numpy as np
import pytest

from nnviz.core.lessons.chain import cost_curve, finite_difference, link
from nnviz.gui.panels.chain_panel import ChainPanel


@pytest.fixture
def panel(qtbot):
    p = ChainPanel()
    qtbot.addWidget(p)
    p.resize(900, 260)
    p.show()
    return p


def shown(panel, key):
    return float(panel.values[key].text().split()[0].replace("\u2212", "-"))


def test_defaults_show_the_cores_values(panel):
    c = link(1.5, -0.5, 0.8, 1.0)
    assert panel.link == c
    for key in ("z", "a", "C", "dz_dw", "da_dz", "dC_da", "dC_db", "dC_da_prev"):
        assert shown(panel, key) == pytest.approx(getattr(c, key), abs=5e-6)
    minus = lambda text: text.replace("-", "\u2212")  # noqa: E731 — written with a real minus
    assert minus(f"<b>{c.dC_dw:+.5f}</b>") == panel.values["dC_dw"].text()
    assert minus(f"{c.dz_dw:.3f} × {c.da_dz:.3f} × ({c.dC_da:+.3f})") in panel.product.text()
    assert shown(panel, "fd") == pytest.approx(finite_difference(1.5, -0.5, 0.8, 1.0), abs=5e-6)
    assert "agrees" in panel.values["fd"].text()


def test_dragging_a_slider_recomputes(panel):
    panel.sliders["w"].setValue(-200)                  # w = −2.00
    panel.set_values(y=0.0, a_prev=0.5)
    c = link(-2.0, -0.5, 0.5, 0.0)
    assert panel.value("w") == -2.0 and panel.spins["w"].text() == "\u22122.00"
    assert panel.link == c
    assert shown(panel, "C") == pytest.approx(c.C, abs=5e-6)
    xs, ys = panel.curve.getData()
    np.testing.assert_allclose(ys, cost_curve(-0.5, 0.5, 0.0, xs))
    tx, ty = panel.tangent.getData()
    assert (ty[1] - ty[0]) / (tx[1] - tx[0]) == pytest.approx(c.dC_dw)


def test_the_chain_picture_carries_the_current_values(panel):
    from nnviz.core.lessons.chain import earlier_link
    panel.set_values(w=-1.0, b=0.25, a_prev=0.3, y=0.0)
    c = link(-1.0, 0.25, 0.3, 0.0)
    e = earlier_link(c)
    t = panel.picture.labels()
    assert t["a1"] == "a(L−1) = 0.30" and t["y"] == "y = 0.00"
    assert t["link0"] == "w(L) = -1.00  b(L) = +0.25"
    assert t["z0"] == f"z(L) = {c.z:+.3f}" and t["a0"] == f"a(L) = {c.a:.3f}"
    assert t["g1"] == f"∂C₀/∂a(L−1) = {c.dC_da_prev:+.4f}"
    assert t["g2"] == f"∂C₀/∂a(L−2) = {e.dC_da_prev2:+.4f}"
