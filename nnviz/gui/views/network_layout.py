"""Geometry and data preparation for `NetworkView`, kept apart from painting and events.

Where every neuron sits for a given widget size, which neurons of a wide layer are worth drawing,
which connections are strong enough to draw, and the input and weight pictures (their colours are
the theme's). Everything here is NumPy plus Qt *value* types (QRectF, QImage, QColor) — no
widgets, no painter — so `network_view.py` stays about drawing and interaction, and the layout can
be recomputed once per resize instead of once per frame. What it leaves out: fonts and text; the
caller measures its labels and passes their widths in.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from nnviz.gui import theme

MAX_FULL = 32        # a column with at most this many neurons is drawn whole (if it fits)
SUBSET_HALF = 12     # otherwise its first and last 12, like the figures' "⋮" columns
MIN_SPACING = 9.0    # px per neuron below which circles become unreadable dots
EDGE_BUDGET = 300    # at most this many connections per pair of columns …
EDGES_PER_NEURON = 8  # … and on average this many into each drawn neuron: 16 → 16 gets 128 of
                      # its 256, enough to show the pattern, few enough that lines stay separable
EDGE_LEVELS = 6      # |w| quantised into this many pens: a frame changes pen 12 times, not 300


def square_side(n):
    """28 for 784 inputs: the input is drawn as a picture when it is a square number of pixels."""
    side = int(round(np.sqrt(n)))
    return side if side * side == n and side > 1 else 0


def shown_indices(n, capacity):
    """Which neurons of an n-wide layer get a circle, given room for `capacity` circles.

    A fixed first-and-last subset rather than "the most active": each circle then keeps its
    identity from frame to frame, so during training a person can watch one neuron change instead
    of seeing the column reshuffle 30 times a second — and hover or click the same one twice.
    """
    if n <= min(MAX_FULL, capacity):
        return np.arange(n)
    half = max(1, min(SUBSET_HALF, (capacity - 1) // 2))
    return np.concatenate([np.arange(half), np.arange(n - half, n)])


@dataclass
class Column:
    x: float
    ys: np.ndarray        # (k,) centre y of each drawn circle
    indices: np.ndarray   # (k,) the neuron index each circle stands for
    more: int             # neurons left out of the middle (0 when the layer is whole)
    ellipsis_y: float


@dataclass
class Layout:
    image: QRectF         # the input picture; None when the input is drawn as a column
    columns: list         # columns[l], l = 0…L (columns[0] is None when the input is a picture)
    radius: float
    top: float            # the band the neurons occupy
    bottom: float
    margin: float
    label_x: float        # where output labels start


def compute_layout(sizes, width, height, line, label_w, title_w):
    """Place the input picture and one column per layer in a width × height widget.

    `line` is the text line height, `label_w` the widest output label and `title_w` the widest
    column title, all from the caller's font; they reserve the caption row on top, the title and
    legend rows below, the label margin on the right, and keep columns far enough apart for their
    titles (the input picture shrinks first, down to a fifth of the width).
    """
    m = max(8.0, 0.015 * min(width, height))
    top, bottom = m + 1.5 * line, height - m - 2.6 * line
    avail = max(bottom - top, 4 * MIN_SPACING)
    capacity = max(3, int(avail // MIN_SPACING))
    side = square_side(sizes[0])
    picks = [None if (l == 0 and side) else shown_indices(n, capacity) for l, n in enumerate(sizes)]
    slots = max(len(p) + (len(p) < n) for p, n in zip(picks, sizes) if p is not None)
    sp = avail / slots
    r = min(0.38 * sp, 16.0)
    right = width - m - label_w - 6 - r
    image = None
    if side:
        room = right - m - (len(sizes) - 1) * (title_w + 10)
        s = min(avail - 2.4 * line, 0.3 * width, max(room, 0.2 * width))
        s = max(1, int(s // side)) * side  # whole screen pixels per input pixel: crisp and even
        image = QRectF(round(m), round(top + (avail - s) / 2), s, s)
        n_cols = len(sizes) - 1
        d = (right - image.right()) / n_cols
        xs = image.right() + d * np.arange(1, n_cols + 1)
        xs = np.concatenate([[image.center().x()], xs])
    else:
        d = (right - m - r) / (len(sizes) - 1)
        xs = m + r + d * np.arange(len(sizes))
    r = max(2.5, min(r, 0.2 * d))
    # Output rows at least a text line apart so their labels never overlap.
    steps = [sp] * (len(sizes) - 1) + [min(max(sp, 1.1 * line), avail / len(picks[-1]))]
    columns = [None if p is None else _column(xs[l], p, sizes[l], top, avail, steps[l])
               for l, p in enumerate(picks)]
    return Layout(image, columns, r, top, bottom, m, xs[-1] + r + 6)


def _column(x, picks, n, top, avail, sp):
    more = n - len(picks)
    slots = np.arange(len(picks) + (more > 0), dtype=float)
    ys = top + (avail - len(slots) * sp) / 2 + sp / 2 + slots * sp
    gap = len(picks) // 2
    if more:
        return Column(float(x), np.delete(ys, gap), picks, more, float(ys[gap]))
    return Column(float(x), ys, picks, 0, 0.0)


def strongest_edges(w, a_src, src_idx, dst_idx):
    """The connections worth drawing between two drawn columns, strongest last.

    Ranked by |w_jk| × (|a_k| + 0.05): the size of the term that actually entered z_j for this
    input, so the picture shows where the signal flowed; the small constant keeps strong weights
    visible when a source neuron is silent (a blank input would otherwise pick edges at random).
    Returns (src slot, dst slot, level, w ≥ 0), where level 0…EDGE_LEVELS−1 quantises |w| over
    the whole layer's max |w|.
    """
    sub = np.nan_to_num(w[np.ix_(dst_idx, src_idx)])       # (k_dst, k_src)
    score = np.abs(sub) * (np.abs(np.nan_to_num(a_src[src_idx])) + 0.05)
    flat = score.ravel()
    budget = min(EDGE_BUDGET, EDGES_PER_NEURON * len(dst_idx))
    if flat.size > budget:
        keep = np.argpartition(flat, flat.size - budget)[-budget:]
    else:
        keep = np.arange(flat.size)
    dst, src = np.divmod(keep, sub.shape[1])
    vals = sub[dst, src]
    w_max = float(np.abs(w).max())
    if not np.isfinite(w_max) or w_max == 0:  # a NaN or all-zero layer must not break the frame
        w_max = float(np.abs(sub).max()) or 1.0
    level = np.minimum((np.abs(vals) / w_max * EDGE_LEVELS).astype(int), EDGE_LEVELS - 1)
    order = np.argsort(level, kind="stable")
    return src[order], dst[order], level[order], vals[order] >= 0


def edge_strength(level):
    """(colour mix 0–1, width px) for a quantised |w| level: weak edges dim and thin."""
    t = (level + 0.5) / EDGE_LEVELS
    return 0.12 + 0.88 * t ** 1.3, 0.8 + 1.8 * t


def mix(color, background, t):
    """`color` laid over `background` at opacity t, as an opaque colour.

    Edges are drawn opaque with pre-mixed colours because Qt's raster engine blends translucent
    antialiased lines about five times slower; weak edges are drawn first, so where lines cross
    the stronger one wins, which is what the eye should see anyway.
    """
    return QColor(*(round(b + t * (c - b)) for c, b in
                    zip(color.getRgb()[:3], background.getRgb()[:3])))


def grey_image(x, side, scale):
    """The input as a greyscale QImage (0 black → 1 white), each pixel a scale × scale block.

    Scaled here with NumPy rather than by the painter: blitting a ready image is several times
    cheaper than QPainter's scaled drawImage, and nearest-neighbour by construction.
    """
    g = (np.clip(np.nan_to_num(np.asarray(x, dtype=float)), 0.0, 1.0) * 255 + 0.5).astype(np.uint8)
    g = np.ascontiguousarray(np.repeat(np.repeat(g.reshape(side, side), scale, 0), scale, 1))
    n = side * scale
    return QImage(g.data, n, n, n, QImage.Format.Format_Grayscale8).copy()


def diverging_image(v, limit, scale):
    """A 2-D weight array as an RGB QImage on the theme's sign map (orange < 0, the background
    at 0, blue > 0, saturating at ±limit), each weight a scale × scale block, built as packed
    32-bit pixels, the painter's native format, so drawing it is a blit."""
    return theme.current().sign_image(v, limit, scale)


def inset_geometry(layout, width, line, n):
    """(panel, image) rectangles for an inset showing n × n weights: right of the first hidden
    column if there is room, so the clicked neuron and the input picture stay visible beside it;
    else over the left."""
    m, first = layout.margin, layout.columns[1].x + layout.radius
    left, right = first + m, width - m
    if right - left < 180:
        left, right = m, first - 2 * layout.radius - m
    pad = 0.6 * line
    high = layout.bottom - m   # from the top margin (the caption sits at the left) to the titles
    side = max(n, min(right - left - 2 * pad, high - 2 * pad - 4.2 * line))
    side = float(int(side // n) * n)  # whole screen pixels per weight: crisp
    panel_w = max(side + 2 * pad, min(right - left, 16 * line))
    if right - left - panel_w < 4 * line:  # don't leave a sliver of labels peeking out beside it
        panel_w = right - left
    panel = QRectF(left, m + (high - side - 2 * pad - 4.2 * line) / 2,
                   panel_w, side + 2 * pad + 4.2 * line)
    image = QRectF(round(panel.center().x() - side / 2), round(panel.top() + pad + 1.5 * line),
                   side, side)
    return panel, image
