"""Damaged copies of test images, for asking how robust a trained network is.

Four kinds of damage, each with a level a person can read: Gaussian noise σ, rotation by ±deg,
stroke thickness (k passes of a 3×3 maximum filter thicken strokes, dilation; k passes of a
3×3 minimum thin them, erosion; negative k erodes), and a shift by k whole pixels. Rotation turns
each image by +deg or −deg (a random sign per image) and shift moves each image by k pixels up,
down, left or right (a random direction per image), so neither curve depends on one direction
the digits happen to lean. Every function takes a batch (m, 784) and returns a new one;
randomness comes from the generator passed in. Level 0 returns the images unchanged.
"""

import numpy as np

from nnviz.core.errors import ConfigError
from nnviz.core.augment.warp import image_side, warp
from nnviz.core.messages import QT_TRANSLATE_NOOP

# kind: (axis label, the levels a curve visits by default)
KINDS = {
    "noise": ("Gaussian noise σ", (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)),
    "rotation": ("rotation (± degrees)", (0, 10, 20, 30, 40, 50, 60, 75, 90)),
    "thickness": ("stroke thickness (− erode, + dilate, passes)", (-2, -1, 0, 1, 2, 3)),
    "shift": ("shift (pixels)", (0, 1, 2, 3, 4, 5, 6, 7, 8)),
}
_DIRECTIONS = np.array([(1, 0), (-1, 0), (0, 1), (0, -1)], np.float32)  # right, left, down, up


def damage(x, kind, level, rng, side=None):
    """A damaged copy of the images x (m, side²); the side is the rows' square root unless given."""
    if kind not in KINDS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown damage {kind!r}; choose one of "
                                                      "{kinds}."),
                          kind=kind, kinds=", ".join(KINDS))
    x = np.asarray(x)
    if level == 0:
        return x.copy()
    m = len(x)
    if kind == "noise":
        out = x + (level * rng.standard_normal(x.shape)).astype(x.dtype)
        return np.clip(out, 0.0, 1.0, out=out)
    if kind == "rotation":
        signs = rng.choice(np.array([-1.0, 1.0]), m)
        return warp(x, np.deg2rad(level) * signs, None, side)
    if kind == "shift":
        return warp(x, None, _DIRECTIONS[rng.integers(0, 4, m)] * level, side)
    return thicken(x, int(level), side)


def thicken(x, passes, side=None):
    """Dilate (passes > 0) or erode (passes < 0) every image with a 3×3 max / min filter."""
    side = image_side(x, side)
    images = np.asarray(x).reshape(len(x), side, side)
    pick = np.maximum if passes > 0 else np.minimum
    for _ in range(abs(passes)):
        # Erosion pads with 1 so the frame itself does not eat into strokes touching the edge.
        padded = np.pad(images, ((0, 0), (1, 1), (1, 1)), constant_values=0 if passes > 0 else 1)
        out = padded[:, 1:-1, 1:-1].copy()
        for dy in range(3):
            for dx in range(3):
                pick(out, padded[:, dy:dy + side, dx:dx + side], out=out)
        images = out
    return images.reshape(len(x), side * side)
