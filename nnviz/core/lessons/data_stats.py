"""What a dataset looks like in numbers: class counts, the average image per class, pixel values.

The data explorer draws these; they are computed here, without Qt, so they can be checked. The
average image of a class is the mean of its images, pixel by pixel — the blurred "typical 7" —
computed as one matrix product of the one-hot labels with the images. Pixel values in MNIST
are whole steps of 1/255, so the histogram counts each of the 256 values exactly and groups
them into bins afterwards. `tile` lays images out as one mosaic, for drawing a grid as one image.
"""

import numpy as np

from nnviz.core.augment.warp import image_side


def class_counts(labels, k):
    """How many examples each of the k classes has, (k,) int."""
    return np.bincount(np.asarray(labels, np.intp), minlength=k)[:k]


def class_means(x, labels, k, chunk=10000):
    """The average image of each class, (k, n_pixels) float32; zeros for an empty class."""
    labels = np.asarray(labels)
    sums = np.zeros((k, x.shape[1]), np.float64)
    for start in range(0, len(x), chunk):
        lab = labels[start:start + chunk]
        onehot = (lab[None, :] == np.arange(k)[:, None]).astype(np.float32)   # (k, chunk)
        sums += onehot @ x[start:start + chunk]
    counts = class_counts(labels, k)
    return (sums / np.maximum(counts, 1)[:, None]).astype(np.float32)


def pixel_histogram(x, bins=32, chunk=10000):
    """(counts (bins,), edges (bins + 1,)) of all pixel values in x, which lie in [0, 1]."""
    levels = np.zeros(256, np.int64)
    for start in range(0, len(x), chunk):
        steps = np.rint(np.asarray(x[start:start + chunk]) * 255.0).astype(np.uint8)
        levels += np.bincount(steps.ravel(), minlength=256)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.minimum((np.arange(256) / 255.0 * bins).astype(np.intp), bins - 1)
    return np.bincount(which, weights=levels, minlength=bins).astype(np.int64), edges


def pick(labels, label=None, page=0, per_page=48):
    """Indices of the examples on one page of a grid, all of them or only those with `label`."""
    idx = np.arange(len(labels)) if label is None else np.flatnonzero(np.asarray(labels) == label)
    pages = max(1, -(-len(idx) // per_page))
    page = page % pages
    return idx[page * per_page:(page + 1) * per_page], pages


def tile(images, cols, side=None, gap=2, fill=np.nan):
    """Images (n, side²) as one (rows·(side+gap)−gap, cols·(side+gap)−gap) mosaic, row by row.

    The gaps (and unused cells) hold `fill`, NaN by default, which image views leave blank.
    """
    images = np.asarray(images)
    side = image_side(images, side)
    n = len(images)
    rows = max(1, -(-n // cols))
    cell = side + gap
    cells = np.full((rows * cols, cell, cell), fill, np.float32)
    cells[:n, :side, :side] = images.reshape(n, side, side)
    out = cells.reshape(rows, cols, cell, cell).transpose(0, 2, 1, 3)
    return out.reshape(rows * cell, cols * cell)[:rows * cell - gap, :cols * cell - gap]


def cell_at(row, col, cols, n, side=28, gap=2):
    """The index of the image under mosaic pixel (row, col), or None in a gap or empty cell."""
    cell = side + gap
    r, c = int(row) // cell, int(col) // cell
    if row < 0 or col < 0 or c >= cols or row % cell >= side or col % cell >= side:
        return None
    i = r * cols + c
    return i if i < n else None
