"""Numbers as a student reads them: real minus signs, no "-.00", powers of ten, words for ratios."""

import math

import pytest

from nnviz.gui import numbers


@pytest.mark.parametrize("x, text", [(-0.03, "−0.03"), (-0.003, "−0.003"), (0.0, "0"),
                                     (-0.0, "0"), (0.87, "0.87"), (12.5, "12.50"),
                                     (-3e-12, "−3 × 10⁻¹²"), (2.5e7, "2.5 × 10⁷"),
                                     (math.nan, "—")])
def test_plain_never_prints_a_signed_or_bare_zero(x, text):
    assert numbers.plain(x) == text
    assert "-" not in numbers.plain(x)      # a real minus sign, never a hyphen


def test_signed_marks_positive_values_only():
    assert numbers.signed(0.87) == "+0.87"
    assert numbers.signed(-0.004) == "−0.004"
    assert numbers.signed(0.0) == "0"


@pytest.mark.parametrize("eta, text", [(3, "3"), (0.1, "0.1"), (0.005, "0.005"),
                                       (7.615e-12, "7.6 × 10⁻¹²"), (30000, "3 × 10⁴")])
def test_learning_rates_as_a_person_writes_them(eta, text):
    assert numbers.rate(eta) == text


@pytest.mark.parametrize("ratio, text", [(1.5, "1.5 times"), (12, "12 times"),
                                         (3456, "about 3,500 times"),
                                         (5.74e17, "about 570 quadrillion times"),
                                         (999_999, "about 1 million times"),
                                         (3e21, "3 × 10²¹ times")])
def test_large_ratios_in_words(ratio, text):
    assert numbers.times(ratio) == text
    assert "e+" not in numbers.times(ratio)


def test_outputs_are_probabilities_only_after_softmax():
    assert numbers.output(0.9712, softmax=True) == "97 %"
    assert numbers.output(0.9712, softmax=False) == "0.97"
    assert numbers.percent(0.9264, 2) == "92.64 %"


def test_angles_instead_of_cosines():
    assert numbers.angle(0.14) == "82°"
    assert numbers.angle(1.0) == "0°" and numbers.angle(-1.0) == "180°"
