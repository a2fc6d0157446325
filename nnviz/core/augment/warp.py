"""Rotating and shifting a whole batch of images at once, by inverse mapping with bilinear sampling.

Augmentation while training and damage for robustness curves both move images geometrically.
Each output pixel p asks where it came from: the source point is R(θ)(p − s) about the image
centre, for a rotation θ and a shift s chosen per example. The four pixels around every source
point are gathered with `np.take_along_axis` and blended with bilinear weights; points outside
the image read the zero border. All examples and all pixels are done by the same dozen NumPy
calls, with no loop over examples. Positive θ turns the picture counter-clockwise as it appears
on screen (row 0 at the top), so θ = 90° is `np.rot90`; a positive shift moves it right / down.
Scaling and shearing are left out: nothing in nnviz asks for them.
"""

import math

import numpy as np


def image_side(x, side=None):
    """The side of the square images in the batch x (m, side²): `side` if given, else the
    square root of the row length. Own datasets may be any square size (8×8, 10×10, 32×32…),
    so nothing that reshapes an image may assume MNIST's 28; a row that is not a square is a
    ValueError naming its length."""
    if side is not None:
        return int(side)
    n = np.shape(x)[-1]
    root = math.isqrt(n)
    if root * root != n:
        raise ValueError(f"an image of {n} pixels is not square")
    return root


def _grid(n):
    """Pixel centres about the middle of an n×n image: u (column) and v (row), (n²,) each."""
    grid = _GRIDS.get(n)
    if grid is None:
        rows, cols = np.divmod(np.arange(n * n, dtype=np.float32), n)
        grid = _GRIDS[n] = (cols - (n - 1) / 2.0, rows - (n - 1) / 2.0)
    return grid


_GRIDS = {}


def warp(x, theta=None, shift=None, side=None):
    """Images x (m, side²) turned by θ (m,) radians and moved by shift (m, 2) = (dx, dy) pixels.

    Returns a new (m, side²) array of x's dtype; values stay within x's range (bilinear weights
    are convex), and zero fills what comes into view from outside.
    """
    x = np.asarray(x)
    m, n = len(x), image_side(x, side)
    dtype = x.dtype if x.dtype in (np.float32, np.float64) else np.float32
    c = np.float32((n - 1) / 2.0)
    u, v = _grid(n)                                 # (P,)
    if shift is not None:
        shift = np.asarray(shift, np.float32).reshape(m, 2)
        u = u - shift[:, :1]                        # (m, P) after broadcasting
        v = v - shift[:, 1:]
    if theta is not None:
        theta = np.asarray(theta, np.float32).reshape(m, 1)
        cos, sin = np.cos(theta), np.sin(theta)
        u, v = cos * u - sin * v, sin * u + cos * v   # R(θ)(p − s)
    su = np.broadcast_to(u, (m, n * n)) + c         # source column and row, in pixels
    sv = np.broadcast_to(v, (m, n * n)) + c
    np.clip(su, -1.0, n, out=su)
    np.clip(sv, -1.0, n, out=sv)
    x0, y0 = np.floor(su), np.floor(sv)
    np.minimum(x0, n - 1, out=x0)                   # so that x0 + 1 is still inside the ring
    np.minimum(y0, n - 1, out=y0)
    fx, fy = (su - x0).astype(dtype), (sv - y0).astype(dtype)
    stride = n + 2
    padded = np.zeros((m, stride, stride), dtype)   # a ring of zeros: coordinates −1 … n
    padded[:, 1:-1, 1:-1] = x.reshape(m, n, n)
    # Flat index of every top-left neighbour in the padded batch: one `take` per corner.
    at = (y0 * stride + x0).astype(np.intp)
    at += (np.arange(m) * stride * stride + stride + 1)[:, None]
    flat = padded.reshape(-1)
    top_left, top_right = flat.take(at), flat.take(at + 1)
    bottom_left, bottom_right = flat.take(at + stride), flat.take(at + stride + 1)
    top = top_left + (top_right - top_left) * fx
    bottom = bottom_left + (bottom_right - bottom_left) * fx
    return top + (bottom - top) * fy
