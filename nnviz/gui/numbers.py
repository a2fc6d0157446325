"""Numbers written the way a student reads them, in one place for every view and label.

Python's formats are written for programmers: "-.00" for a small negative weight, "5.74e+17"
for a large ratio, "7.615e-12" for a learning rate. Here: a real minus sign and never a signed
zero ("−0.003", not "-0.00"), powers of ten as "7.6 × 10⁻¹²", big ratios in words ("about 600
quadrillion times"), probabilities as "97 %" and activations as "0.97" (a sigmoid output is not a
probability). What it leaves out: units and sentences around the numbers, which stay with the
views.
"""

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnviz.gui.i18n import fmt

MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
# Short-scale names from a million up, each a whole phrase (German says "Billiarden" for
# quadrillions, and the word may stand anywhere); smaller numbers are written with digits.
_NAMES = ((1e18, QT_TRANSLATE_NOOP("numbers", "{n} quintillion times")),
          (1e15, QT_TRANSLATE_NOOP("numbers", "{n} quadrillion times")),
          (1e12, QT_TRANSLATE_NOOP("numbers", "{n} trillion times")),
          (1e9, QT_TRANSLATE_NOOP("numbers", "{n} billion times")),
          (1e6, QT_TRANSLATE_NOOP("numbers", "{n} million times")))


def _minus(text):
    return text.replace("-", MINUS)


def plain(x, digits=2):
    """x with `digits` decimals, but never rounded to a signed or bare zero: −0.03, 0.0031, 12.5.

    A nonzero value that would print as 0.00 keeps two significant digits instead; very large
    or tiny ones go to powers of ten.
    """
    x = float(x)
    if not math.isfinite(x):
        return "—" if math.isnan(x) else (MINUS if x < 0 else "") + "∞"
    if x == 0:
        return "0"
    if abs(x) >= 1e6 or abs(x) < 1e-4:
        return power_of_ten(x)
    text = f"{x:.{digits}f}"
    if float(text) == 0:
        text = f"{x:.2g}"
        if "e" in text:
            return power_of_ten(x)
    return _minus(text)


def signed(x, digits=2):
    """plain(x) with a "+" on positive values: +0.87, −0.03, 0."""
    text = plain(x, digits)
    return "+" + text if float(x) > 0 else text


def power_of_ten(x, significant=2):
    """7.615e-12 → "7.6 × 10⁻¹²"; 3e5 → "3 × 10⁵"."""
    x = float(x)
    if x == 0 or not math.isfinite(x):
        return plain(x)
    exponent = math.floor(math.log10(abs(x)))
    mantissa = round(x / 10 ** exponent, significant - 1)
    if abs(mantissa) >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    m = f"{mantissa:.{significant - 1}f}".rstrip("0").rstrip(".")
    return _minus(f"{m} × 10{str(exponent).translate(_SUPERSCRIPT)}")


def rate(x):
    """A learning rate as a person would write it: 3, 0.1, 0.005, 7.6 × 10⁻¹²."""
    x = float(x)
    if x != 0 and math.isfinite(x) and (abs(x) < 1e-3 or abs(x) >= 1e4):
        return power_of_ten(x)
    return _minus(f"{x:.3g}")


def times(ratio):
    """How many times larger, in words: "12 times", "about 3,400 times", "about 600 quadrillion
    times"; beyond the named numbers, "about 3 × 10²¹ times"."""
    r = float(ratio)
    if not math.isfinite(r):
        return QCoreApplication.translate("numbers", "infinitely many times")
    many = QCoreApplication.translate("numbers", "{n} times")
    if r < 10:
        return many.format(n=fmt("{:.2g}", r))
    rounded = float(f"{r:.2g}")
    if rounded < 1e6:
        text = many.format(n=fmt("{:,.0f}", rounded))
    elif rounded >= 1000 * _NAMES[0][0]:
        text = many.format(n=power_of_ten(r, 1))
    else:
        size, phrase = next((size, phrase) for size, phrase in _NAMES if size <= rounded)
        text = QCoreApplication.translate("numbers", phrase).format(n=fmt("{:.3g}", rounded / size))
    if rounded == r:
        return text
    return QCoreApplication.translate("numbers", "about {times}").format(times=text)


def percent(fraction, digits=0):
    """0.9712 → "97 %" (a probability or an accuracy)."""
    f = float(fraction)
    if not math.isfinite(f):
        return "—"
    return _minus(f"{100 * f:.{digits}f}") + " %"


def activation(a):
    """A neuron's activation, 0…1 for a sigmoid: "0.97" (not a probability, so no %)."""
    return plain(a, 2)


def output(a, softmax):
    """An output neuron's value: a probability for softmax ("97 %"), an activation otherwise."""
    return percent(a) if softmax else activation(a)


def angle(cosine):
    """A cosine similarity as the angle it stands for: 0.14 → "82°" (0° same direction, 90°
    unrelated, 180° opposite), which a student pictures more easily than "cos 0.14"."""
    c = float(cosine)
    if not math.isfinite(c):
        return "—"
    return f"{math.degrees(math.acos(min(max(c, -1.0), 1.0))):.0f}°"
