"""Turn a drawing into the kind of 28×28 image the network was trained on.

A network trained on MNIST has only ever seen digits normalised one particular way: the ink's
bounding box scaled (aspect ratio kept, anti-aliased) to fit a 20×20 box, then placed in a 28×28
field so that the ink's centre of mass lands on pixel (14, 14), shifted by whole pixels. Real MNIST
confirms all of it: every test digit's bounding box has a longest side of 19–20 px and every centre
of mass lies within half a pixel of (14, 14). A raw drawing fed in unnormalised would be judged on
where and how big it was drawn, not on its shape, so the drawing pad, the CLI and the synthetic
digits all go through `to_mnist`. It is pure NumPy and cheap enough (about 0.15 ms for a
280×280 canvas) to run on every mouse move. It leaves out what MNIST also left out: no deskewing,
no stroke-width normalisation, no contrast change (apart from `to_mnist_image`'s background step).
"""

from functools import lru_cache

import numpy as np

from nnviz.core.messages import QT_TRANSLATE_NOOP

_RANGE = QT_TRANSLATE_NOOP("Errors", "image values must lie in 0–255 or 0–1")

SIZE = 28  # side of an MNIST image
BOX = 20  # the ink's bounding box is scaled to fit BOX × BOX, as in MNIST
# Values below this are background, not ink. It is low because an anti-aliased fringe is real
# ink partly covering a pixel: MNIST's own bounding boxes include it, and a higher threshold
# (0.1) triples the error of a round trip through to_mnist. Yet 0.05 (≈ 13/255) still ignores
# the quantisation and compression specks of an 8-bit picture (only 0.2 % of MNIST's ink is
# fainter); heavier haze is `to_mnist_image`'s job.
INK_THRESHOLD = 0.05


def _checked(array, name: str) -> np.ndarray:
    """The input as an array, or a ValueError that says what is wrong with it."""
    a = np.asarray(array)
    if a.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array, got shape {a.shape}")
    if a.size == 0:
        raise ValueError(f"{name} is empty (shape {a.shape})")
    if a.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold real numbers, got dtype {a.dtype}")
    # NaN is refused, not clipped: it means a bug upstream that silent zeros would hide.
    if a.dtype.kind == "f" and not np.isfinite(a).all():
        raise ValueError(f"{name} contains NaN or infinite values")
    return a


def has_ink(canvas) -> bool:
    """True when anything on the canvas counts as ink (≥ INK_THRESHOLD)."""
    return bool((_checked(canvas, "canvas") >= INK_THRESHOLD).any())


def _center_of_mass(a: np.ndarray) -> tuple[float, float]:
    total = a.sum()
    row = a.sum(axis=1) @ np.arange(a.shape[0]) / total
    col = a.sum(axis=0) @ np.arange(a.shape[1]) / total
    return float(row), float(col)


def center_of_mass(img) -> tuple[float, float]:
    """(row, col) of the intensity-weighted centre, pixel centres at integer coordinates."""
    a = _checked(img, "image").astype(np.float64)
    if not a.sum() > 0:
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "image has no ink, so its centre of mass "
                                                     "is undefined"))
    return _center_of_mass(a)


@lru_cache(maxsize=512)
def _resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Weights W (n_out, n_in) such that W @ signal resamples a 1-D signal to n_out samples.

    Shrinking averages exactly the input area under each output pixel (box filter), which is
    what anti-aliased downscaling means and is exact for the common case of a big canvas.
    Enlarging (a tiny drawing) interpolates linearly instead, so a small scribble comes out
    soft-edged like a downscaled digit rather than blocky. Rows sum to 1, so ink stays ≤ 1.
    """
    if n_out < n_in:
        edges = np.arange(n_out + 1) * (n_in / n_out)  # output pixel i spans edges[i:i+2]
        left = np.maximum(edges[:-1, None], np.arange(n_in)[None, :])
        right = np.minimum(edges[1:, None], np.arange(1, n_in + 1)[None, :])
        w = np.clip(right - left, 0.0, None) * (n_out / n_in)
    else:
        x = np.clip((np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5, 0, n_in - 1)
        j0 = np.floor(x).astype(int)
        j1 = np.minimum(j0 + 1, n_in - 1)
        frac = x - j0
        w = np.zeros((n_out, n_in))
        rows = np.arange(n_out)
        np.add.at(w, (rows, j0), 1.0 - frac)
        np.add.at(w, (rows, j1), frac)
    w.setflags(write=False)  # cached and shared between calls
    return w


def to_mnist(canvas) -> np.ndarray:
    """A 2-D canvas in [0, 1] (ink high, any size) → a (28, 28) float32 MNIST-style image.

    An empty canvas gives all zeros, the defined "nothing drawn" state. Values outside [0, 1]
    are clipped; a non-2-D, empty, non-numeric or non-finite canvas raises ValueError.
    """
    a = _checked(canvas, "canvas")
    ink = a >= INK_THRESHOLD
    rows = np.flatnonzero(ink.any(axis=1))
    if rows.size == 0:
        return np.zeros((SIZE, SIZE), np.float32)
    cols = np.flatnonzero(ink.any(axis=0))
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    crop = np.where(ink[r0:r1, c0:c1], np.clip(a[r0:r1, c0:c1], 0.0, 1.0), 0.0)

    h, w = crop.shape
    scale = BOX / max(h, w)
    # A one-pixel-wide stroke keeps one output pixel rather than vanishing to zero width.
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    digit = _resample_matrix(h, nh) @ crop @ _resample_matrix(w, nw).T  # (nh, nw)

    # Whole-pixel shift, as MNIST did: its centres of mass are spread evenly over ±0.5 px,
    # and a sub-pixel shift would blur strokes that MNIST kept sharp.
    cy, cx = _center_of_mass(digit)
    top = int(np.floor(SIZE / 2 - cy + 0.5))
    left = int(np.floor(SIZE / 2 - cx + 0.5))
    # Like MNIST, keep the centre exact even if that pushes a lopsided digit's far edge out of
    # the frame (1 % of MNIST's test digits touch the border); the part outside is dropped.
    out = np.zeros((SIZE, SIZE), np.float32)
    y0, x0 = max(top, 0), max(left, 0)
    y1, x1 = min(top + nh, SIZE), min(left + nw, SIZE)
    out[y0:y1, x0:x1] = digit[y0 - top : y1 - top, x0 - left : x1 - left]
    return np.clip(out, 0.0, 1.0, out=out)


def to_mnist_image(pixels, invert: bool | None = None) -> np.ndarray:
    """A greyscale picture from a file (0–255 or 0–1, any size) → a (28, 28) MNIST-style image.

    With invert=None a mostly-light picture (median > 0.5) is taken to be dark ink on white
    paper and inverted. The background level (the median, since most of a digit picture is
    background) is then subtracted and the darkest ink stretched to 1, so a grey page or a pale
    pencil line still reads as MNIST's black background and full-strength ink.
    """
    a = _checked(pixels, "image")
    if a.dtype.kind == "b":
        a = a.astype(np.float64)
    elif a.dtype.kind in "iu" or a.max() > 1.0:
        if a.min() < 0 or a.max() > 255:
            raise ValueError(_RANGE)
        a = a / 255.0
    else:
        if a.min() < 0:
            raise ValueError(_RANGE)
        a = a.astype(np.float64)
    if invert is None:
        invert = bool(np.median(a) > 0.5)
    if invert:
        a = 1.0 - a
    background, peak = float(np.median(a)), float(a.max())
    if peak - background < INK_THRESHOLD:  # a blank page: nothing stands out
        return np.zeros((SIZE, SIZE), np.float32)
    return to_mnist(np.clip((a - background) / (peak - background), 0.0, 1.0))
