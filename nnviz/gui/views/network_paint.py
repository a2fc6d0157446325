"""Painter routines for `NetworkView`, one per part of the picture, each taking plain arguments.

Split from the widget so the widget file holds its API and interaction and this one holds the
look: palette, pens, text placement. Nothing here keeps state or knows about the widget; every
function draws with a QPainter the caller has set up. Geometry comes from `network_layout`,
every colour from `nnviz.gui.theme` (pens are built once per theme: building 12 pens per frame
would cost more than drawing with them).
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPen

from nnviz.gui import theme
from nnviz.gui import numbers
from nnviz.gui.numbers import plain
from nnviz.gui.views import network_layout as nl

_GREYS = [QColor(v, v, v) for v in range(256)]  # one brush colour per fill level, built once
_PENS = {}   # theme name → {(level, positive): QPen}


def _edge_pen(t, level, positive):
    mix, width = nl.edge_strength(level)
    return QPen(t.sign_color(1 if positive else -1, mix), width, Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap)


def _edge_pens():
    """Round caps and translucency each cost the raster engine several times the time: opaque,
    flat-capped pens, pre-mixed with the background, built once per theme."""
    t = theme.current()
    if t.name not in _PENS:
        _PENS[t.name] = {(lv, pos): _edge_pen(t, lv, pos)
                         for lv in range(nl.EDGE_LEVELS) for pos in (False, True)}
    return _PENS[t.name]


def scaled_font(base, scale=1.0, bold=False):
    """A copy of `base` scale times as large (at least 8 pt), sized in points or in pixels."""
    f = QFont(base)
    if base.pointSizeF() > 0:
        f.setPointSizeF(max(8.0, base.pointSizeF() * scale))
    else:
        f.setPixelSize(max(11, round(base.pixelSize() * scale)))
    f.setBold(bold)
    return f


def draw_input(p, rect, image, first, radius):
    """The picture actually fed in, pixel-crisp, plus faint lines from its two right corners to each
    first-hidden neuron: they say "every neuron sees the whole picture" where the real 784 lines
    per neuron would only be a grey fog (the weights themselves are one click away)."""
    t = theme.current()
    p.setPen(QPen(t.mix(t.dim, 0.16), 1.0))
    lines = []
    for y in first.ys:
        lines += [QLineF(rect.right(), rect.top(), first.x - radius, y),
                  QLineF(rect.right(), rect.bottom(), first.x - radius, y)]
    p.drawLines(lines)
    p.drawImage(rect.topLeft(), image)  # already scaled to rect: a plain blit
    p.setPen(QPen(t.qcolor("outline"), 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))


def draw_edges(p, columns, edges):
    """edges: (l, src slot, dst slot, level, positive) per pair of columns, weak levels first."""
    lines, pens = {}, _edge_pens()
    for l, src, dst, level, positive in edges:
        x0, x1 = columns[l].x, columns[l + 1].x
        # Plain Python floats: indexing NumPy scalars in this loop would cost more than drawing.
        for y0, y1, key in zip(columns[l].ys[src].tolist(), columns[l + 1].ys[dst].tolist(),
                               zip(level.tolist(), positive.tolist())):
            lines.setdefault(key, []).append(QLineF(x0, y0, x1, y1))
    for key, group in sorted(lines.items()):
        p.setPen(pens[key])
        p.drawLines(group)


def draw_neurons(p, columns, activations, radius, winner, selected):
    """Circles filled by activation (clamped to 0…1); the winner ringed, the inset's one dashed."""
    t = theme.current()
    outline = QPen(t.qcolor("outline"), 1.0)
    xs = [c.x for c in columns if c is not None]
    room = min((b - a for a, b in zip(xs, xs[1:])), default=100.0) - 6
    for l, col in enumerate(columns):
        if col is None:
            continue
        levels = (np.clip(np.nan_to_num(activations[l][col.indices]), 0, 1) * 255 + 0.5).astype(int)
        p.setPen(outline)
        for y, g in zip(col.ys, levels):
            p.setBrush(_GREYS[g])
            p.drawEllipse(QPointF(col.x, y), radius, radius)
        if col.more:
            _draw_ellipsis(p, col, room)
    p.setBrush(Qt.BrushStyle.NoBrush)
    last = columns[-1]
    hit = np.flatnonzero(last.indices == winner)
    if hit.size:
        p.setPen(QPen(t.qcolor("highlight"), max(2.0, 0.22 * radius)))
        p.drawEllipse(QPointF(last.x, last.ys[hit[0]]), radius + 3, radius + 3)
    if selected is not None:
        col = columns[selected[0]]
        hit = np.flatnonzero(col.indices == selected[1])
        if hit.size:
            p.setPen(QPen(t.qcolor("text"), 1.5, Qt.PenStyle.DashLine))
            p.drawEllipse(QPointF(col.x, col.ys[hit[0]]), radius + 3, radius + 3)


def _draw_ellipsis(p, col, room):
    p.save()
    f = scaled_font(p.font(), 0.85)
    p.setFont(f)
    text = QCoreApplication.translate("NetworkView", "⋮ {n} more").format(n=col.more)
    if QFontMetricsF(f).horizontalAdvance(text) + 8 > room:
        text = f"⋮ {col.more}"
    w = QFontMetricsF(f).horizontalAdvance(text) + 8
    h = QFontMetricsF(f).height()
    box = QRectF(col.x - w / 2, col.ellipsis_y - h / 2, w, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.current().qcolor("background"))
    p.drawRoundedRect(box, 4, 4)
    p.setPen(theme.current().qcolor("dim"))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()


def draw_outputs(p, layout, classes, a_out, winner, max_w, softmax=False):
    """Class names beside the output circles; the winner bold, in the highlight colour, with its
    value: a probability after softmax ("97 %"), an activation after a sigmoid ("0.97")."""
    p.save()
    col = layout.columns[-1]
    base = QFont(p.font())  # a copy: p.font() is a reference that setFont would invalidate
    for y, k in zip(col.ys, col.indices):
        win = bool(k == winner)  # a numpy bool passed to QFont.setBold crashes PySide
        f = scaled_font(base, 1.0, bold=win)
        fm = QFontMetricsF(f)
        name = fm.elidedText(classes[k], Qt.TextElideMode.ElideRight, max_w)
        if win:
            name += "  " + numbers.output(a_out[k], softmax)
        p.setFont(f)
        p.setPen(theme.current().qcolor("highlight" if win else "text"))
        p.drawText(QPointF(layout.label_x + 4, y + fm.ascent() / 2 - fm.descent() / 2), name)
    p.restore()


def title_font(base):
    return scaled_font(base, 0.9)


def column_titles(sizes, side):
    """(full, short) caption per column: "hidden 1 · 16", falling back to "16" when cramped."""
    # translate() spelled out in each call: lupdate reads the context only from such a call
    if side:
        full = QCoreApplication.translate("NetworkView", "{side}×{side} input").format(side=side)
        titles = [(full, f"{side}×{side}")]
    else:
        full = QCoreApplication.translate("NetworkView", "input · {n}").format(n=sizes[0])
        titles = [(full, f"{sizes[0]}")]
    hidden = QCoreApplication.translate("NetworkView", "hidden {layer} · {n}")
    titles += [(hidden.format(layer=l, n=n), f"{n}") for l, n in enumerate(sizes[1:-1], start=1)]
    output = QCoreApplication.translate("NetworkView", "output · {n}").format(n=sizes[-1])
    return titles + [(output, f"{sizes[-1]}")]


def draw_titles(p, layout, sizes, side, width):
    """Column captions under the picture and under each column of neurons."""
    p.save()
    f = title_font(p.font())
    p.setFont(f)
    p.setPen(theme.current().qcolor("dim"))
    fm = QFontMetricsF(f)
    y = layout.bottom + 0.3 * fm.height()
    xs = [layout.image.center().x() if c is None else c.x for c in layout.columns]
    room = min(b - a for a, b in zip(xs, xs[1:])) - 8
    for cx, (full, short) in zip(xs, column_titles(sizes, side)):
        text = full if fm.horizontalAdvance(full) <= room else short
        w = fm.horizontalAdvance(text)
        left = min(max(cx - w / 2, layout.margin), width - layout.margin - w)
        p.drawText(QPointF(left, y + fm.ascent()), text)
    p.restore()


def draw_header(p, layout, caption, label):
    """The caption top-left and, under the input picture, the true label when it is known."""
    p.save()
    fm = QFontMetricsF(p.font())
    p.setPen(theme.current().qcolor("text"))
    p.drawText(QPointF(layout.margin, layout.margin + fm.ascent()), caption)
    if label is not None:
        f = scaled_font(p.font(), 0.9)
        p.setFont(f)
        p.setPen(theme.current().qcolor("dim"))
        if layout.image is not None:
            pt = QPointF(layout.image.left(), layout.image.bottom() + 4 + QFontMetricsF(f).ascent())
        else:
            pt = QPointF(layout.margin, layout.margin + 2 * fm.height())
        p.drawText(pt, QCoreApplication.translate("NetworkView", "label: {label}").format(
            label=label))
    p.restore()


def draw_legend(p, layout, width, height):
    """Bottom-right key: "weight ━ positive ━ negative   activation 0 ■ → 1 □"; returns where
    it lies."""
    p.save()
    t = theme.current()
    translate = QCoreApplication.translate   # the context in each call, where lupdate reads it
    items = [translate("NetworkView", "weight"), t.positive,
             translate("NetworkView", "+ blue"), t.negative,
             translate("NetworkView", "− orange   activation  0"), 0, "→  1", 255]
    # text, a weight-colour line, or a grey level's square

    def measure(scale):
        f = scaled_font(p.font(), scale)
        fm = QFontMetricsF(f)
        sw = 0.9 * fm.height()
        total = sum(fm.horizontalAdvance(i) if isinstance(i, str) else sw for i in items)
        return f, fm, sw, total + 5 * len(items)

    f, fm, sw, total = measure(0.9)
    room = width - 2 * layout.margin
    scale = 0.9
    while total > room and f.pointSizeF() > 8.0:   # a narrow diagram (1024×768 at 125 %)
        scale *= max(0.8, room / total)            # cut "weight" to "eight": smaller type
        f, fm, sw, total = measure(scale)
    p.setFont(f)
    x = max(layout.margin, width - layout.margin - total)
    y = height - layout.margin - fm.height()
    drawn = QRectF(x, y, total, fm.height())
    cy = y + fm.height() / 2
    for item in items:
        if isinstance(item, str):
            p.setPen(t.qcolor("dim"))
            p.drawText(QPointF(x, y + fm.ascent()), item)
            x += fm.horizontalAdvance(item)
        elif isinstance(item, QColor):
            p.setPen(QPen(item, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(QPointF(x, cy), QPointF(x + sw, cy))
            x += sw
        else:
            p.setPen(QPen(t.qcolor("outline"), 1.0))
            p.setBrush(_GREYS[item])
            p.drawRect(QRectF(x, cy - sw / 2 + 1, sw - 2, sw - 2))
            x += sw
        x += 5
    p.restore()
    return drawn


def draw_inset(p, panel, image_rect, image, limit, title):
    """The clicked neuron's incoming weights (the pattern it responds to), a ±limit colour bar."""
    p.save()
    t = theme.current()
    p.setPen(QPen(t.qcolor("panel_edge"), 1.0))
    p.setBrush(t.qcolor("panel"))
    p.drawRoundedRect(panel, 6, 6)
    bold = scaled_font(p.font(), 1.0, bold=True)
    small = scaled_font(p.font(), 0.85)
    fm = QFontMetricsF(small)
    p.setFont(bold)
    p.setPen(t.qcolor("text"))
    head = QRectF(panel.left(), panel.top(), panel.width(), image_rect.top() - panel.top())
    p.drawText(head, Qt.AlignmentFlag.AlignCenter,
               QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                              panel.width() - 8))
    p.drawImage(image_rect.topLeft(), image)  # built at this size: a blit
    bar = QRectF(image_rect.left(), image_rect.bottom() + 0.4 * fm.height(), image_rect.width(),
                 0.5 * fm.height())
    grad = QLinearGradient(bar.topLeft(), bar.topRight())
    grad.setColorAt(0.0, t.negative)
    grad.setColorAt(0.5, t.qcolor("background"))
    grad.setColorAt(1.0, t.positive)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRect(bar)
    p.setFont(small)
    p.setPen(t.qcolor("dim"))
    row = QRectF(bar.left(), bar.bottom() + 2, bar.width(), fm.height())
    p.drawText(row, Qt.AlignmentFlag.AlignLeft, "−" + plain(limit) + " " +
               QCoreApplication.translate("NetworkView", "orange"))
    p.drawText(row, Qt.AlignmentFlag.AlignHCenter, "0")
    p.drawText(row, Qt.AlignmentFlag.AlignRight, QCoreApplication.translate("NetworkView", "blue")
               + " +" + plain(limit))
    hint = QRectF(panel.left(), row.bottom(), panel.width(), fm.height())
    p.drawText(hint, Qt.AlignmentFlag.AlignCenter,
               QCoreApplication.translate("NetworkView", "Esc or click outside to close"))
    p.restore()
