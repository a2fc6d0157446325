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
