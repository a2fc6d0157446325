"""Hand-drawn strokes for the digits 0–9, so the app (and its tests) can draw a digit by itself.

`nnviz gui --screenshot --draw 3` and the drawing-pad tests need a digit on the pad without a
person holding the mouse. Each digit is a few control points per pen stroke, in the order and
direction people usually write it, in normalised [0, 1] canvas coordinates (y down), sized to
fill the pad the way someone would. `sample_strokes` passes a smooth curve through the points so
the result reads as handwriting rather than as a polygon. These are single, tidy examples — not
a model of handwriting variety; synthetic training data lives in `nnviz.core.data.synthetic`.
"""

from __future__ import annotations

Stroke = list[tuple[float, float]]

_CONTROL: dict[int, list[Stroke]] = {
    0: [[(.54, .18), (.40, .23), (.31, .38), (.30, .56), (.36, .72), (.48, .81), (.61, .77),
         (.69, .62), (.70, .42), (.64, .26), (.54, .18), (.46, .21)]],
    1: [[(.45, .28), (.57, .18), (.55, .50), (.52, .82)]],
    2: [[(.31, .33), (.38, .22), (.51, .18), (.64, .23), (.68, .35), (.62, .48), (.48, .62),
         (.33, .79), (.30, .81), (.52, .79), (.73, .80)]],
    3: [[(.31, .26), (.44, .18), (.59, .19), (.67, .29), (.62, .41), (.47, .48), (.60, .52),
         (.69, .63), (.66, .75), (.53, .82), (.40, .81), (.30, .74)]],
    4: [[(.40, .18), (.33, .44), (.31, .57), (.50, .56), (.72, .55)],
        [(.63, .19), (.62, .50), (.60, .83)]],
    5: [[(.39, .19), (.36, .45), (.48, .41), (.62, .45), (.69, .58), (.66, .72), (.54, .81),
         (.41, .81), (.31, .74)],
        [(.39, .19), (.55, .19), (.69, .18)]],
    6: [[(.63, .18), (.49, .27), (.38, .42), (.32, .60), (.36, .75), (.48, .82), (.61, .78),
         (.67, .65), (.61, .53), (.48, .50), (.37, .56), (.33, .64)]],
    7: [[(.30, .22), (.50, .20), (.71, .20), (.60, .38), (.51, .58), (.45, .82)]],
    8: [[(.63, .25), (.51, .18), (.38, .22), (.35, .34), (.45, .45), (.58, .52), (.67, .64),
         (.62, .78), (.49, .82), (.36, .77), (.33, .64), (.43, .53), (.56, .46), (.64, .36),
         (.63, .25), (.57, .20)]],
    9: [[(.65, .30), (.57, .20), (.44, .19), (.35, .28), (.36, .41), (.47, .47), (.59, .43),
         (.66, .32), (.64, .55), (.60, .82)]],
}


def _smooth(points: Stroke, per_segment: int = 6) -> Stroke:
    """A Catmull-Rom curve through the points (it passes through every control point)."""
    if len(points) < 3:
        return list(points)
    padded = [points[0], *points, points[-1]]
    curve: Stroke = []
    for i in range(1, len(padded) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = padded[i - 1:i + 3]
        for k in range(per_segment):
            t = k / per_segment
            t2, t3 = t * t, t * t * t
            curve.append(tuple(
                0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2
                       + (3 * b - a - 3 * c + d) * t3)
                for a, b, c, d in ((x0, x1, x2, x3), (y0, y1, y2, y3))))
    curve.append(points[-1])
    return curve


def sample_strokes(digit: int) -> list[Stroke]:
    """The strokes of one hand-drawn digit, 0–9, as smooth polylines in [0, 1] coordinates."""
    if digit not in _CONTROL:
        raise ValueError(f"there are sample strokes for the digits 0–9 only, not {digit!r}")
    return [_smooth(stroke) for stroke in _CONTROL[digit]]
