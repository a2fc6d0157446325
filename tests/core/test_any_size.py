"""Every augmentation, damage and mosaic works on any square image size an importer accepts.

Own datasets may be 8×8, 10×10 or 32×32; these functions once assumed MNIST's 28 and raised
(or, from inside a panel, crashed the window). Each is run on each size and must keep the
batch's shape and the pixels' range.
"""

import numpy as np
import pytest

from nnviz.core.augment.jitter import Augment
from nnviz.core.augment.warp import image_side, warp
from nnviz.core.lessons.damage import KINDS, damage, thicken
from nnviz.core.lessons.data_stats import tile

SIDES = (2, 8, 10, 28, 32)


def batch(side, m=5):
    return np.random.default_rng(side).random((m, side * side), dtype=np.float32)


@pytest.mark.parametrize("side", SIDES)
def test_image_side_is_the_square_root_of_the_row(side):
    assert image_side(batch(side)) == side


def test_a_row_that_is_not_square_is_named():
    with pytest.raises(ValueError, match="99 pixels"):
        image_side(np.zeros((2, 99)))


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_damage_at_every_level_keeps_the_shape(side, kind):
    x = batch(side)
    for level in KINDS[kind][1]:
        out = damage(x, kind, level, np.random.default_rng(0))
        assert out.shape == x.shape
        assert np.all((out >= 0) & (out <= 1))


@pytest.mark.parametrize("side", SIDES)
def test_augment_rotate_shift_noise(side):
    x = batch(side)
    out = Augment(0.1, 30.0, 3)(x, np.random.default_rng(0))
    assert out.shape == x.shape and np.all((out >= 0) & (out <= 1))


@pytest.mark.parametrize("side", (8, 10, 32))
def test_quarter_turn_is_rot90_at_this_size(side):
    x = batch(side, 1)
    turned = warp(x, np.array([np.pi / 2]), None)
    expected = np.rot90(x.reshape(side, side)).reshape(1, -1)
    assert np.allclose(turned, expected, atol=1e-5)


@pytest.mark.parametrize("side", SIDES)
def test_thicken_and_tile(side):
    x = batch(side, 3)
    assert thicken(x, 1).shape == x.shape
    mosaic = tile(x, cols=3, gap=2)
    assert mosaic.shape == (side, 3 * side + 4)
    assert np.array_equal(mosaic[:side, :side], x[0].reshape(side, side))
