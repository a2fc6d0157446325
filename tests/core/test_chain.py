"""The one-neuron-per-layer chain: z, a, C and each factor of ∂C/∂w, checked by finite differences."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.lessons.chain import cost, cost_curve, finite_difference, link, sigmoid

values = st.floats(-4, 4, allow_nan=False)


def test_forward_values_follow_the_definitions():
    c = link(w=1.5, b=-0.5, a_prev=0.8, y=1.0)
    assert c.z == pytest.approx(0.7)
    assert c.a == pytest.approx(1 / (1 + math.exp(-0.7)))
    assert c.C == pytest.approx((c.a - 1.0) ** 2)          # the video's cost: no ½
    assert (c.dz_dw, c.da_dz, c.dC_da) == (0.8, c.a * (1 - c.a), 2 * (c.a - 1.0))
    assert c.dC_dw == c.dz_dw * c.da_dz * c.dC_da


@given(values, values, st.floats(0, 1), st.floats(0, 1))
def test_derivatives_match_central_differences(w, b, a_prev, y):
    c = link(w, b, a_prev, y)
    assert c.dC_dw == pytest.approx(finite_difference(w, b, a_prev, y), abs=1e-8)
    h = 1e-6
    assert c.dC_db == pytest.approx((cost(w, b + h, a_prev, y) - cost(w, b - h, a_prev, y))
                                    / (2 * h), abs=1e-8)
    assert c.dC_da_prev == pytest.approx((cost(w, b, a_prev + h, y) - cost(w, b, a_prev - h, y))
                                         / (2 * h), abs=1e-8)


def test_sigmoid_is_safe_for_large_z():
    assert sigmoid(1000.0) == 1.0 and sigmoid(-1000.0) == 0.0


def test_cost_curve_agrees_with_cost():
    ws = np.linspace(-3, 3, 7)
    np.testing.assert_allclose(cost_curve(0.2, 0.6, 0.0, ws), [cost(w, 0.2, 0.6, 0.0) for w in ws])


def test_the_earlier_link_continues_the_chain_one_layer_back():
    from nnviz.core.lessons.chain import earlier_link, sigmoid

    last = link(1.5, -0.5, 0.8, 1.0)
    e = earlier_link(last, a_prev2=0.6, w=2.0)
    assert sigmoid(e.w * e.a_prev2 + e.b) == pytest.approx(0.8)    # it gives the a(L−1) set

    def C(a_prev2, w_prev):          # the whole three-neuron chain, measured
        a1 = sigmoid(w_prev * a_prev2 + e.b)
        return (sigmoid(1.5 * a1 - 0.5) - 1.0) ** 2
    h = 1e-6
    assert e.dC_da_prev2 == pytest.approx((C(0.6 + h, 2.0) - C(0.6 - h, 2.0)) / (2 * h), rel=1e-5)
    assert e.dC_dw == pytest.approx((C(0.6, 2.0 + h) - C(0.6, 2.0 - h)) / (2 * h), rel=1e-5)
