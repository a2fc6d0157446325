"""The in-place helpers of the fast step: the clip with and without NumPy's clip ufunc, and the
output layer's factor, which is cached as an array and must follow every change of η and m."""

import numpy as np
import pytest

from nnviz.core.engine import inplace
from nnviz.core.activations import Z_LIMIT
from nnviz.core.network import Network
from nnviz.core.training import Trainer

from test_fast_step import TextbookTrainer, assert_same, random_set

EDGES = [-np.inf, -1e30, -Z_LIMIT - 1, -Z_LIMIT, -0.5, 0.0, 3.0, Z_LIMIT, 1e6, np.inf]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("clip", [inplace.clip, inplace.clip_pair], ids=["ufunc", "pair"])
def test_clip_with_or_without_the_ufunc_bounds_z_in_place(clip, dtype):
    z = np.array([EDGES, EDGES[::-1]], dtype)
    c = inplace.Constants(z.shape, dtype)
    expected = np.minimum(np.maximum(z, -Z_LIMIT), Z_LIMIT)
    clip(z, c.floor, c.cap, out=z)
    assert z.dtype == dtype and np.array_equal(z, expected)
    assert z[0, 0] == -Z_LIMIT and z[0, -1] == Z_LIMIT


def test_numpy_here_has_the_clip_ufunc():
    """Not a requirement (the pair works), but the numbers in docs/speed.md assume it."""
    assert isinstance(inplace.clip, np.ufunc) and inplace.clip.nin == 3


@pytest.mark.parametrize("activation, output, cost", [("sigmoid", "sigmoid", "quadratic"),
                                                      ("tanh", "sigmoid", "cross-entropy")])
def test_training_without_the_ufunc_is_bit_identical(activation, output, cost, monkeypatch):
    x, labels = random_set(n=90)
    runs, pair_calls = [], []

    def pair(*args, **kwargs):
        pair_calls.append(1)
        inplace.clip_pair(*args, **kwargs)

    for clip in (inplace.clip, pair):
        monkeypatch.setattr(inplace, "clip", clip)
        net = Network.create((12, 9, 7, 4), activation, output, cost, seed=2)
        for _ in Trainer(net, x, labels, lr=3.0, batch_size=10, seed=1).snapshots(2):
            pass
        runs.append(net)
    assert len(pair_calls) >= 18                # 2 epochs × 9 mini-batches, each clips
    for a, b in zip(runs[0].w + runs[0].b, runs[1].w + runs[1].b):
        assert np.array_equal(a, b)


def test_scaled_refills_only_when_the_factor_changes():
    c = inplace.Constants((2, 3), np.float32)
    first = c.scaled(0.3)
    assert np.all(first == np.float32(0.3))
    first[0, 0] = 7.0                            # marks the array: a refill would overwrite it
    assert c.scaled(0.3)[0, 0] == 7.0
    assert np.all(c.scaled(0.15) == np.float32(0.15))


@pytest.mark.parametrize("output, cost", [("sigmoid", "quadratic"), ("softmax", "quadratic"),
                                          ("sigmoid", "cross-entropy"),
                                          ("softmax", "cross-entropy")])
def test_every_change_of_rate_and_batch_size_reaches_the_update(output, cost):
    x, labels = random_set(n=80)
    net = Network.create((12, 9, 4), "sigmoid", output, cost, init="scaled", seed=4)
    fast = Trainer(net, x, labels)
    slow = TextbookTrainer(net.copy(), x, labels)
    start = 0
    for m, lr in [(10, 0.5), (10, 0.25), (10, 0.25), (7, 0.25), (10, 1.0), (3, 1.0), (10, 0.5)]:
        idx = np.arange(start, start + m)
        start += m
        assert fast.train_batch(idx, lr) == pytest.approx(slow.train_batch(idx, lr), rel=1e-5)
    assert_same(net.w, slow.net.w, 1e-5)
    assert_same(net.b, slow.net.b, 1e-5)
