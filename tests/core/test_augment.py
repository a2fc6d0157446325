"""Augmentation: the warp is exact where it can be, the batch is jittered per example, repeatably.

Rotation by 90° must equal `np.rot90` and an integer shift must equal a zero-filled roll, which
pins down the warp's conventions; the trainer must use augmented batches without disturbing
the order of examples, and switching augmentation off must give back the plain fast step.
"""

import numpy as np
import pytest

from nnviz.core.augment.jitter import Augment
from nnviz.core.engine.batches import with_ones
from nnviz.core.errors import ConfigError
from nnviz.core.network import Network
from nnviz.core.training import Trainer
from nnviz.core.augment.warp import warp


def images(m=5, seed=0):
    return np.random.default_rng(seed).random((m, 784)).astype(np.float32)


def shifted(img, dx, dy):
    """img (28, 28) moved right by dx and down by dy, zero-filled: np.roll with the wrap cut."""
    out = np.roll(img, (dy, dx), axis=(0, 1))
    if dy > 0:
        out[:dy] = 0
    elif dy < 0:
        out[dy:] = 0
    if dx > 0:
        out[:, :dx] = 0
    elif dx < 0:
        out[:, dx:] = 0
    return out


def test_rotation_by_90_degrees_is_rot90():
    x = images(3)
    out = warp(x, np.full(3, np.pi / 2), None)
    for a, b in zip(x, out):
        np.testing.assert_allclose(b.reshape(28, 28), np.rot90(a.reshape(28, 28)), atol=1e-5)


def test_rotation_by_minus_90_and_180():
    x = images(2)
    out = warp(x, np.array([-np.pi / 2, np.pi]), None)
    np.testing.assert_allclose(out[0].reshape(28, 28), np.rot90(x[0].reshape(28, 28), -1),
                               atol=1e-5)
    np.testing.assert_allclose(out[1].reshape(28, 28), np.rot90(x[1].reshape(28, 28), 2),
                               atol=1e-5)


@pytest.mark.parametrize("dx,dy", [(3, 0), (0, -2), (-4, 5), (1, 1), (27, 0), (30, -30)])
def test_integer_shift_is_a_zero_filled_roll(dx, dy):
    x = images(1)
    out = warp(x, None, np.array([[dx, dy]]))
    np.testing.assert_array_equal(out[0].reshape(28, 28), shifted(x[0].reshape(28, 28), dx, dy))


def test_each_example_gets_its_own_transform():
    x = images(2)
    out = warp(x, np.array([0.0, np.pi / 2]), np.array([[2, 0], [0, 0]]))
    np.testing.assert_array_equal(out[0].reshape(28, 28), shifted(x[0].reshape(28, 28), 2, 0))
    np.testing.assert_allclose(out[1].reshape(28, 28), np.rot90(x[1].reshape(28, 28)), atol=1e-5)


def test_half_pixel_shift_is_the_mean_of_neighbours():
    x = images(1)
    out = warp(x, None, np.array([[0.5, 0.0]]))[0].reshape(28, 28)
    img = x[0].reshape(28, 28)
    np.testing.assert_allclose(out[:, 1:], (img[:, 1:] + img[:, :-1]) / 2, atol=1e-6)
    np.testing.assert_allclose(out[:, 0], img[:, 0] / 2, atol=1e-6)


def test_shapes_dtype_and_range():
    aug = Augment(noise=0.3, rotate=20, shift=3)
    for dtype in (np.float32, np.float64):
        x = images(7).astype(dtype)
        out = aug(x, np.random.default_rng(0))
        assert out.shape == x.shape and out.dtype == dtype
        assert out.min() >= 0.0 and out.max() <= 1.0
        assert not np.shares_memory(out, x)


def test_deterministic_given_the_generator():
    aug, x = Augment(noise=0.2, rotate=15, shift=2), images(6)
    a = aug(x, np.random.default_rng(42))
    b = aug(x, np.random.default_rng(42))
    c = aug(x, np.random.default_rng(43))
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_zero_parameters_are_the_identity():
    x = images(4)
    x.setflags(write=False)
    aug = Augment()
    assert not aug.active
    np.testing.assert_array_equal(aug(x, np.random.default_rng(0)), x)
    np.testing.assert_array_equal(warp(x, np.zeros(4), np.zeros((4, 2))), x)


def test_noise_has_the_asked_sigma():
    x = np.full((200, 784), 0.5, np.float32)   # far from the clip at 0 and 1
    out = Augment(noise=0.1)(x, np.random.default_rng(0))
    assert abs(float((out - x).std()) - 0.1) < 0.002
    assert abs(float((out - x).mean())) < 0.002


def test_shift_stays_within_the_range():
    x = np.zeros((300, 784), np.float32)
    x[:, 14 * 28 + 14] = 1.0   # one lit pixel in the middle
    out = Augment(shift=2)(x, np.random.default_rng(1))
    rows, cols = np.divmod(out.argmax(axis=1), 28)
    assert set(np.unique(rows - 14)) == {-2, -1, 0, 1, 2}
    assert set(np.unique(cols - 14)) == {-2, -1, 0, 1, 2}
    np.testing.assert_array_equal(out.max(axis=1), 1.0)   # whole pixels: no blur


@pytest.mark.parametrize("kwargs", [dict(noise=-0.1), dict(rotate=200), dict(shift=1.5),
                                    dict(shift=20), dict(noise=float("nan"))])
def test_bad_settings_are_refused_with_a_reason(kwargs):
    with pytest.raises(ConfigError, match="augmentation"):
        Augment(**kwargs)


def toy_trainer(**kw):
    rng = np.random.default_rng(0)
    x, labels = rng.random((40, 784)).astype(np.float32), rng.integers(0, 10, 40)
    net = Network.create((784, 8, 10), init="scaled", seed=1)
    return Trainer(net, x, labels, lr=0.5, batch_size=8, snapshot_every=1, **kw)


def test_trainer_uses_augmented_batches_and_keeps_the_order():
    plain, augmented = toy_trainer(), toy_trainer(augment=Augment(noise=0.3, rotate=10))
    seen = []
    original = augmented.augment

    class Spy:
        active = True

        def __call__(self, x, rng):
            out = original(x, rng)
            seen.append((x.copy(), out))
            return out
    augmented.augment = Spy()
    list(plain.snapshots(1)), list(augmented.snapshots(1))
    assert len(seen) == 5   # every mini-batch went through it
    assert not np.allclose(plain.net.w[0], augmented.net.w[0])
    # The shuffled order is the same: the first batch gathered the same rows in both runs.
    order = np.random.default_rng(0).permutation(40)
    np.testing.assert_array_equal(seen[0][0], augmented.x[order[:8]])


def test_inactive_augment_is_the_plain_fast_step_exactly():
    plain, off = toy_trainer(), toy_trainer(augment=Augment())
    list(plain.snapshots(2)), list(off.snapshots(2))
    for a, b in zip(plain.net.w + plain.net.b, off.net.w + off.net.b):
        np.testing.assert_array_equal(a, b)


def test_augmented_fast_step_equals_augmented_textbook_step():
    """The gathered-batch entry of the fast step must do what backprop does on that batch."""
    fast = toy_trainer(augment=Augment(rotate=30, shift=2), momentum=0.5)
    slow = toy_trainer(augment=Augment(rotate=30, shift=2), momentum=0.5)
    slow.stepper = lambda: (lambda x1, y, lr: slow.textbook_step(
        with_ones(slow.augment(x1[:, :-1], slow.noise_rng), np.float32), y, lr))
    list(fast.snapshots(2)), list(slow.snapshots(2))
    for a, b in zip(fast.net.w + fast.net.b, slow.net.w + slow.net.b):
        np.testing.assert_allclose(a, b, atol=1e-5)


def test_switching_augmentation_mid_run():
    t = toy_trainer()
    gen = t.snapshots(3)
    next(gen)
    t.augment = Augment(noise=0.5)
    next(gen)
    t.augment = None
    for _ in gen:
        pass
    assert t.step == 15 and t.finite()
