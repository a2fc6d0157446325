"""Damage for robustness curves: each kind does what its name says, and level 0 does nothing."""

import numpy as np
import pytest

from nnviz.core.lessons.damage import KINDS, damage, thicken
from nnviz.core.errors import ConfigError


def plus_sign():
    img = np.zeros((28, 28), np.float32)
    img[14, 10:19] = 1.0
    img[10:19, 14] = 1.0
    return img.reshape(1, 784)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_level_zero_is_the_identity_and_shapes_hold(kind):
    x = np.random.default_rng(0).random((6, 784)).astype(np.float32)
    np.testing.assert_array_equal(damage(x, kind, 0, np.random.default_rng(0)), x)
    level = KINDS[kind][1][-1]
    out = damage(x, kind, level, np.random.default_rng(0))
    assert out.shape == x.shape and out.dtype == x.dtype
    assert 0.0 <= out.min() and out.max() <= 1.0
    assert not np.array_equal(out, x)


def test_dilate_and_erode_a_known_shape():
    x = plus_sign()
    thick = thicken(x, 1).reshape(28, 28)
    # a 1-pixel plus dilated by a 3×3 square is 3 pixels wide everywhere
    assert thick[13:16, 9:20].all() and thick[9:20, 13:16].all()
    assert thick.sum() == 3 * 11 + 3 * 11 - 9
    assert thicken(x, -1).sum() == 0.0                  # a 1-pixel stroke erodes away
    np.testing.assert_array_equal(thicken(thicken(x, 1), -1), x)   # closing a plus restores it


def test_dilation_is_a_3x3_maximum_filter():
    x = np.random.default_rng(3).random((2, 784)).astype(np.float32)
    img = x.reshape(2, 28, 28)
    padded = np.pad(img, ((0, 0), (1, 1), (1, 1)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, (3, 3), axis=(1, 2))
    np.testing.assert_array_equal(thicken(x, 1).reshape(2, 28, 28), windows.max(axis=(-1, -2)))
    np.testing.assert_array_equal(thicken(x, 2), thicken(thicken(x, 1), 1))


def test_erosion_leaves_strokes_on_the_edge():
    x = np.zeros((1, 28, 28), np.float32)
    x[0, :, :3] = 1.0   # a 3-pixel band along the left edge
    eroded = thicken(x.reshape(1, 784), -1).reshape(28, 28)
    assert eroded[:, :2].all() and not eroded[:, 2:].any()


def test_shift_moves_by_exactly_the_level():
    x = np.zeros((50, 784), np.float32)
    x[:, 14 * 28 + 14] = 1.0
    out = damage(x, "shift", 3, np.random.default_rng(0))
    rows, cols = np.divmod(out.argmax(axis=1), 28)
    assert set(zip((rows - 14).tolist(), (cols - 14).tolist())) == {(0, 3), (0, -3), (3, 0),
                                                                     (-3, 0)}


def test_rotation_turns_by_plus_or_minus_the_level():
    x = np.repeat(plus_sign(), 20, axis=0)
    x[:, 14 * 28 + 10:14 * 28 + 19] = 0.0   # leave only the vertical bar
    out = damage(x, "rotation", 90, np.random.default_rng(0)).reshape(20, 28, 28)
    rows_seen = set()
    for img in out:   # a vertical bar turned by ±90° about the centre (13.5, 13.5) lies flat
        rows, _ = np.nonzero(img > 0.5)
        assert len(rows) == int((x[0] > 0.5).sum()) and len(set(rows.tolist())) == 1
        rows_seen.add(int(rows[0]))
    assert rows_seen == {13, 14}   # +90° lands on row 13, −90° on row 14: both signs occur


def test_noise_is_deterministic_given_the_generator():
    x = np.full((4, 784), 0.5, np.float32)
    a = damage(x, "noise", 0.3, np.random.default_rng(5))
    np.testing.assert_array_equal(a, damage(x, "noise", 0.3, np.random.default_rng(5)))
    assert abs(float((a - x).std()) - 0.3) < 0.03


def test_unknown_kind_is_refused():
    with pytest.raises(ConfigError, match="unknown damage"):
        damage(plus_sign(), "blur", 1, np.random.default_rng(0))
