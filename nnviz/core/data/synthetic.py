"""Synthetic handwritten digits, drawn by our own code, so nnviz works with no files at all.

The app, the tests and a first-run user without a network connection still need digits to train
on. Each digit 0–9 is written here as a few pen strokes (key points in a unit box, some digits in
two or three styles). Every sample bends its glyph with a smooth random warp plus a little
per-point jitter, then slants, rotates and stretches it, picks a pen width, and renders the strokes
anti-aliased with a soft round pen (distance from each pixel to the nearest stroke segment). The
result goes through `preprocess.to_mnist`, the same normalisation MNIST used, and is stored as
uint8 like MNIST. It is deterministic per seed. What it leaves out: stroke-speed and pressure
effects, ink blots and the odd illegible scrawl that make real MNIST hard, so accuracy on these
digits says little about accuracy on MNIST.
"""

import numpy as np

from nnviz.core.preprocess import to_mnist

GRID = 36  # render resolution; to_mnist then shrinks the digit to its 20 px box
_SPAN_SAMPLES = 3  # segments per span between key points of a curved stroke
_CHUNK = 32  # images rendered at once: bounds the (chunk, GRID, GRID, segments) temporaries
# Width in pixels of the pen's grey rim. With it (and the pen widths below) the digits match
# MNIST's mean ink (0.131 vs 0.133) and share of grey among inked pixels (36 % vs 30 %).
_EDGE = 0.6


def _arc(cx, cy, rx, ry, start, stop, n):
    """n key points on an ellipse, angles in degrees counter-clockwise with y pointing down."""
    a = np.radians(np.linspace(start, stop, n))
    return list(zip(cx + rx * np.cos(a), cy - ry * np.sin(a)))


# Each digit: (weight, strokes) styles; a stroke is key points (x, y) in the unit box, y down.
# Two-point strokes are straight; corners are where two strokes share a point.
_STYLES = {
    0: [(1.0, [_arc(0.5, 0.5, 0.3, 0.48, 75, 450, 10)])],
    1: [
        (0.6, [[(0.5, 0.0), (0.5, 1.0)]]),
        (0.3, [[(0.3, 0.2), (0.5, 0.0)], [(0.5, 0.0), (0.5, 1.0)]]),
        (0.1, [[(0.3, 0.2), (0.5, 0.0)], [(0.5, 0.0), (0.5, 1.0)], [(0.3, 1.0), (0.7, 1.0)]]),
    ],
    2: [
        (0.7, [[(0.2, 0.28), (0.33, 0.07), (0.55, 0.02), (0.76, 0.14), (0.77, 0.36),
                (0.58, 0.62), (0.36, 0.82), (0.18, 0.98)], [(0.18, 0.98), (0.85, 0.96)]]),
        (0.3, [[(0.2, 0.28), (0.33, 0.07), (0.55, 0.02), (0.76, 0.14), (0.77, 0.36),
                (0.55, 0.65), (0.3, 0.86), (0.17, 0.96), (0.26, 1.0), (0.33, 0.89), (0.45, 0.9),
                (0.65, 0.95), (0.86, 0.97)]]),
    ],
    3: [
        (1.0, [[(0.2, 0.12), (0.45, 0.01), (0.72, 0.08), (0.75, 0.28), (0.45, 0.47)],
               [(0.45, 0.47), (0.75, 0.6), (0.78, 0.82), (0.55, 0.98), (0.2, 0.9)]]),
    ],
    4: [
        (0.6, [[(0.62, 0.0), (0.14, 0.66)], [(0.14, 0.66), (0.88, 0.66)],
               [(0.64, 0.22), (0.64, 1.0)]]),
        (0.4, [[(0.22, 0.0), (0.18, 0.6)], [(0.18, 0.6), (0.86, 0.6)],
               [(0.7, 0.05), (0.68, 1.0)]]),
    ],
    5: [
        (1.0, [[(0.8, 0.03), (0.3, 0.03)], [(0.3, 0.03), (0.25, 0.46)],
               [(0.25, 0.46), (0.5, 0.37), (0.75, 0.48), (0.8, 0.72), (0.6, 0.95), (0.35, 0.98),
                (0.18, 0.88)]]),
    ],
    6: [
        (1.0, [[(0.72, 0.02), (0.5, 0.12), (0.31, 0.4), (0.23, 0.7), (0.35, 0.95), (0.58, 0.97),
                (0.76, 0.8), (0.7, 0.58), (0.5, 0.5), (0.3, 0.6), (0.25, 0.72)]]),
    ],
    7: [
        (0.8, [[(0.15, 0.05), (0.85, 0.05)], [(0.85, 0.05), (0.63, 0.45), (0.45, 1.0)]]),
        (0.2, [[(0.15, 0.05), (0.85, 0.05)], [(0.85, 0.05), (0.63, 0.45), (0.45, 1.0)],
               [(0.4, 0.5), (0.82, 0.5)]]),
    ],
    8: [
        (1.0, [[(0.72, 0.14), (0.52, 0.02), (0.3, 0.1), (0.3, 0.3), (0.5, 0.47), (0.72, 0.62),
                (0.76, 0.82), (0.52, 0.98), (0.27, 0.85), (0.3, 0.63), (0.5, 0.47), (0.7, 0.32),
                (0.72, 0.14)]]),
    ],
    9: [
        (0.6, [[(0.75, 0.22), (0.55, 0.03), (0.3, 0.08), (0.24, 0.3), (0.45, 0.47), (0.68, 0.4),
                (0.76, 0.2)], [(0.76, 0.2), (0.74, 0.6), (0.66, 1.0)]]),
        (0.4, [[(0.75, 0.22), (0.55, 0.03), (0.3, 0.08), (0.24, 0.3), (0.45, 0.47), (0.68, 0.4),
                (0.76, 0.2)], [(0.76, 0.2), (0.74, 1.0)]]),
    ],
}


def _catmull_rom(n_points: int, k: int) -> np.ndarray:
    """Matrix (samples, n_points) that samples a Catmull-Rom curve through the key points."""
    # Phantom end points mirror their neighbours so the curve starts and ends on a key point.
    ext = np.zeros((n_points + 2, n_points))
    ext[1:-1] = np.eye(n_points)
    ext[0, :2], ext[-1, -2:] = (2, -1), (-1, 2)
    t = np.arange(k) / k
    basis = 0.5 * np.stack([-t**3 + 2 * t**2 - t, 3 * t**3 - 5 * t**2 + 2,
                            -3 * t**3 + 4 * t**2 + t, t**3 - t**2], axis=1)  # (k, 4)
    rows = np.zeros(((n_points - 1) * k + 1, n_points + 2))
    for span in range(n_points - 1):
        rows[span * k : (span + 1) * k, span : span + 4] = basis
    rows[-1, n_points] = 1.0  # the last key point itself
    return rows @ ext


def _hats(v: np.ndarray) -> np.ndarray:
    """Weights (n, 3) of coordinates v (n,) on grid nodes 0, ½, 1: piecewise-linear hats."""
    return np.clip(1 - 2 * np.abs(np.clip(v, 0, 1)[:, None] - [0, 0.5, 1]), 0, None)


def _compile(strokes):
    """Key points (P, 2), curve sampler (S, P), segment ends (Q,), warp weights (P, 9)."""
    keys = np.array([p for s in strokes for p in s], dtype=float)
    parts = [_catmull_rom(len(s), 1 if len(s) == 2 else _SPAN_SAMPLES) for s in strokes]
    sampler = np.zeros((sum(len(m) for m in parts), len(keys)))  # one diagonal block a stroke
    starts, row, col = [], 0, 0
    for m in parts:
        sampler[row : row + len(m), col : col + m.shape[1]] = m
        starts.extend(range(row, row + len(m) - 1))  # no segment bridges two strokes
        row, col = row + len(m), col + m.shape[1]
    # Each key point's share of a 3×3 grid of random displacements: a smooth warp that moves
    # a shared corner point identically in both of its strokes.
    warp = (_hats(keys[:, 1])[:, :, None] * _hats(keys[:, 0])[:, None, :]).reshape(-1, 9)
    a = np.array(starts)
    return keys, sampler, a, a + 1, warp


_GLYPHS = {d: [(w, _compile(s)) for w, s in styles] for d, styles in _STYLES.items()}


def _segments(glyph, m: int, rng: np.random.Generator):
    """m random renditions of a glyph as segment ends in GRID pixels, plus pen half-widths."""
    keys, sampler, a, b, warp = glyph
    # A smooth warp, then a little independent jitter that may open a shared corner by a
    # fraction of a pixel, as a real pen does.
    pts = keys + warp @ rng.normal(0, 0.08, (m, 9, 2)) + rng.normal(0, 0.02, (m, len(keys), 2))
    curve = sampler @ pts - 0.5  # (m, S, 2), centred on the box
    # Handwriting leans right more often than left; these spreads give MNIST's range of slants
    # for a 1 (dx/dy: median 0.2, 5th–95th percentile about -0.2 … 0.65).
    shear = rng.normal(0.2, 0.2, m)
    angle = rng.normal(0, 0.1, m)
    aspect = np.exp(rng.normal(0, 0.2, m))
    cos, sin = np.cos(angle), np.sin(angle)
    # x' = R · Shear · diag(aspect, 1) · x, one 2×2 matrix per sample; y points down.
    mat = np.stack([np.stack([cos * aspect, -cos * shear - sin], -1),
                    np.stack([sin * aspect, -sin * shear + cos], -1)], -2)  # (m, 2, 2)
    curve = curve @ mat.transpose(0, 2, 1)
    lo, hi = curve.min(axis=1), curve.max(axis=1)  # (m, 2)
    # Pen half-width relative to the digit's larger side; only that ratio survives to_mnist,
    # which throws away the size and position chosen here.
    rel = rng.uniform(0.045, 0.1, m)
    size = (GRID - 4) / (1 + 2 * rel) * rng.uniform(0.8, 1.0, m)
    scale = size / (hi - lo).max(axis=1)
    room = (GRID - 4 - size * (1 + 2 * rel))[:, None] / 2  # spare space: position jitter
    centre = (GRID - 1) / 2 + rng.uniform(-1, 1, (m, 2)) * room
    curve = (curve - (lo + hi)[:, None] / 2) * scale[:, None, None] + centre[:, None]
    return curve[:, a], curve[:, b], rel * size


def _render(a, b, radius) -> np.ndarray:
    """Soft round pen over segments a→b (m, Q, 2): ink (m, GRID, GRID) in [0, 1]."""
    pix = np.arange(GRID, dtype=np.float32)
    a, d = a.astype(np.float32), (b - a).astype(np.float32)
    len2 = np.maximum((d**2).sum(-1), 1e-6)[:, None, :]  # (m, 1, Q)
    ex = pix[None, :, None] - a[:, None, :, 0]  # (m, GRID, Q): pixel x minus segment start
    ey = pix[None, :, None] - a[:, None, :, 1]
    # Projection of (pixel - a) on the segment as a fraction u of its length, then the squared
    # distance to the nearest point on it: |e|² - |d|² t (2u - t) with t = clip(u, 0, 1).
    u = (ey * d[:, None, :, 1] / len2)[:, :, None] + (ex * d[:, None, :, 0] / len2)[:, None]
    t = np.clip(u, 0, 1)
    u *= 2
    u -= t
    u *= t
    u *= len2[:, :, None]
    dist2 = (ey**2)[:, :, None] + (ex**2)[:, None]
    dist2 -= u
    dist = np.sqrt(np.maximum(dist2.min(axis=-1), 0))  # (m, GRID, GRID)
    return np.clip((radius[:, None, None] - dist) / _EDGE + 0.5, 0, 1)


def _draw(glyph, m: int, rng: np.random.Generator) -> np.ndarray:
    out = np.empty((m, 28, 28), np.uint8)
    for i in range(0, m, _CHUNK):
        a, b, radius = _segments(glyph, min(_CHUNK, m - i), rng)
        for j, ink in enumerate(_render(a, b, radius)):
            out[i + j] = np.round(to_mnist(ink) * 255)
    return out


def _make_split(n: int, rng: np.random.Generator):
    y = rng.permutation(np.arange(n) % 10).astype(np.uint8)  # balanced to within one
    x = np.empty((n, 28, 28), np.uint8)
    for digit, styles in _GLYPHS.items():
        where = np.flatnonzero(y == digit)
        weights = np.array([w for w, _ in styles])
        style = rng.choice(len(styles), size=where.size, p=weights / weights.sum())
        for k, (_, glyph) in enumerate(styles):
            chosen = where[style == k]
            x[chosen] = _draw(glyph, chosen.size, rng)
    return x, y


def make_synthetic(n_train: int, n_test: int, seed: int = 0) -> tuple[np.ndarray, ...]:
    """(train_x, train_y, test_x, test_y): uint8 images (n, 28, 28), ink 255, labels (n,)."""
    if n_train < 0 or n_test < 0:
        raise ValueError(f"sample counts must be non-negative, got {n_train} and {n_test}")
    # Independent child streams, so the test set never shares random draws with training.
    train_rng, test_rng = (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(2))
    return (*_make_split(n_train, train_rng), *_make_split(n_test, test_rng))
