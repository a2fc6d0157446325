"""The fast SGD step must be the textbook step: same parameters, velocities and costs.

Every hidden activation × output × cost × momentum × L2 combination, in float32 and float64,
runs a few steps through `Trainer.train_batch` (the fast kernel) and through `Network.backprop`
plus the update written out plainly here. Steps change the batch size and end on short batches,
as the last mini-batch of an epoch does. The settings are well conditioned (scaled
initialisation, η = 0.5): with the seed's η = 3 the float32 rounding of either path is amplified
step by step and the two drift apart by ~1e-4, though less than float32 and float64 runs of the
textbook itself do.
"""

import itertools

import numpy as np
import pytest

from nnviz.core.engine import fast_step
from nnviz.core.errors import DivergenceError
from nnviz.core.network import Network
from nnviz.core.training import Trainer

TOL = {np.float32: 1e-5, np.float64: 1e-10}
BATCHES = (10, 10, 3, 10, 7, 1, 10)
COMBOS = list(itertools.product(("sigmoid", "relu", "tanh"), ("sigmoid", "softmax"),
                                ("quadratic", "cross-entropy")))


def random_set(n=60, n_in=12, k=4, seed=0, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return rng.random((n, n_in)).astype(dtype), rng.integers(0, k, n)


def textbook_step(net, v_w, v_b, x, y, lr, momentum, decay):
    """v ← μv − η(∇C + (λ/n)w), w ← w + v; b likewise without the decay."""
    nabla_w, nabla_b, C = net.backprop(x, y)
    for l in range(len(net.w)):
        v_w[l] = momentum * v_w[l] - lr * (nabla_w[l] + decay * net.w[l])
        v_b[l] = momentum * v_b[l] - lr * nabla_b[l]
        net.w[l] = net.w[l] + v_w[l]
        net.b[l] = net.b[l] + v_b[l]
    return C


def assert_same(actual, expected, tol):
    for l, (a, e) in enumerate(zip(actual, expected)):
        assert a.shape == e.shape and a.dtype == e.dtype
        np.testing.assert_allclose(a, e, rtol=tol, atol=tol, err_msg=f"layer {l}")


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("momentum, l2", [(0.0, 0.0), (0.9, 0.0), (0.0, 5.0), (0.9, 5.0)])
@pytest.mark.parametrize("activation, output, cost", COMBOS)
def test_steps_equal_the_textbook_update(activation, output, cost, momentum, l2, dtype):
    x, labels = random_set(dtype=dtype)
    net = Network.create((12, 9, 7, 4), activation, output, cost, init="scaled", seed=1,
                         dtype=dtype)
    reference = net.copy()
    trainer = Trainer(net, x, labels, lr=0.5, momentum=momentum, l2=l2)
    v_w = [np.zeros_like(w) for w in reference.w]
    v_b = [np.zeros_like(b) for b in reference.b]
    targets = np.eye(4, dtype=dtype)
    rng = np.random.default_rng(2)
    for m in BATCHES:
        idx = rng.permutation(len(x))[:m]
        C = trainer.train_batch(idx, 0.5)
        C_ref = textbook_step(reference, v_w, v_b, x[idx], targets[labels[idx]], 0.5, momentum,
                              l2 / len(x))
        assert C == pytest.approx(C_ref, rel=TOL[dtype], abs=TOL[dtype])
    assert_same(net.w, reference.w, TOL[dtype])
    assert_same(net.b, reference.b, TOL[dtype])
    if momentum:
        assert_same(trainer.v_w, v_w, TOL[dtype])
        assert_same(trainer.v_b, v_b, TOL[dtype])


class TextbookTrainer(Trainer):
    """The trainer with its update done by the plain code above, for side-by-side runs."""

    def stepper(self):   # takes x1 = [x 1], as the trainer's steppers do
        return lambda x1, y, lr: textbook_step(self.net, self.v_w, self.v_b, x1[:, :-1], y, lr,
                                               self.momentum, self.l2 / len(self.x))


def test_batch_size_changed_mid_epoch_and_short_last_batches():
    x, labels = random_set(n=53)
    net = Network.create((12, 9, 4), "relu", "softmax", "cross-entropy", init="scaled")
    fast = Trainer(net, x, labels, lr=0.5, momentum=0.5, snapshot_every=1)
    slow = TextbookTrainer(net.copy(), x, labels, lr=0.5, momentum=0.5, snapshot_every=1)
    sizes = iter([10, 7, 7, 1, 32, 4, 10, 10, 3, 16])
    for a, b in zip(fast.snapshots(3), slow.snapshots(3)):
        np.testing.assert_allclose(a.batch_costs, b.batch_costs, rtol=1e-5)
        fast.batch_size = slow.batch_size = next(sizes, 5)
    assert fast.step == slow.step and fast.samples_seen == slow.samples_seen == 3 * 53
    assert_same(net.w, slow.net.w, 1e-5)
    assert_same(net.b, slow.net.b, 1e-5)


def test_parameters_keep_their_shapes_and_writes_into_them_count():
    x, labels = random_set()
    net = Network.create((12, 9, 4))
    trainer = Trainer(net, x, labels)
    trainer.train_batch(np.arange(10), 1.0)
    assert [w.shape for w in net.w] == [(9, 12), (4, 9)]
    assert [b.shape for b in net.b] == [(9,), (4,)]
    net.w[0][...] = 0.0                          # a write into the view reaches the kernel
    expected = net.copy()
    trainer.train_batch(np.arange(10), 1.0)
    TextbookTrainer(expected, x, labels).train_batch(np.arange(10), 1.0)
    assert_same(net.w, expected.w, 1e-5)


def test_replaced_arrays_are_picked_up():
    x, labels = random_set()
    net = Network.create((12, 9, 4), seed=3)
    trainer = Trainer(net, x, labels, momentum=0.9)
    trainer.train_batch(np.arange(10), 1.0)
    new_w = np.full((4, 9), 0.25, np.float32)
    net.w[1] = new_w                             # one array swapped inside the list
    trainer.v_w = [np.zeros_like(w) for w in net.w]  # the velocity reset for w, kept for b
    expected = net.copy()
    v_w, v_b = [np.zeros_like(w) for w in net.w], [b.copy() for b in trainer.v_b]
    trainer.train_batch(np.arange(10, 20), 1.0)
    textbook_step(expected, v_w, v_b, x[10:20], np.eye(4, dtype=np.float32)[labels[10:20]],
                  1.0, 0.9, 0.0)
    assert_same(net.w, expected.w, 1e-5)
    assert_same(net.b, expected.b, 1e-5)
    assert new_w[0, 0] == 0.25                   # the caller's array was copied, not written


@pytest.mark.parametrize("momentum", [0.0, 0.9])
@pytest.mark.parametrize("snapshot_every", [1, 1000])
def test_divergence_restore_leaves_consistent_arrays(snapshot_every, momentum):
    x, labels = random_set(n=200)
    net = Network.create((12, 16, 4), "relu", "softmax", "cross-entropy")
    initial = net.copy()
    trainer = Trainer(net, x, labels, lr=1e20, momentum=momentum, snapshot_every=snapshot_every,
                      with_params=True)
    snaps = []
    with np.errstate(all="ignore"), pytest.raises(DivergenceError):
        for snap in trainer.snapshots(5):
            snaps.append(snap)
    kept = snaps[-1] if snaps else initial       # the last good snapshot, or the epoch's start
    assert_same(net.w, kept.w, 0.0)
    assert_same(net.b, kept.b, 0.0)
    assert all(np.isfinite(a).all() for a in net.w + net.b + trainer.v_w + trainer.v_b)
    if snaps:
        return  # finite, but perhaps already too large to train from
    # The kernel still holds the blown-up values; the next step must start from the kept ones.
    restored, seen = net.copy(), []
    stepper = trainer.stepper
    trainer.stepper = lambda: (lambda x1, yb, lr: seen.append((x1.copy(), yb.copy()))
                               or stepper()(x1, yb, lr))
    trainer.lr, trainer.snapshot_every = 0.1, 1
    next(trainer.snapshots(1))
    assert len(seen) == 1
    TextbookTrainer(restored, x, labels, momentum=momentum).stepper()(*seen[0], 0.1)
    assert_same(net.w, restored.w, 1e-5)
    assert_same(net.b, restored.b, 1e-5)


def test_same_seed_gives_bit_identical_weights_after_an_epoch():
    x, labels = random_set(n=500, n_in=20, k=10, seed=4)
    runs = []
    for _ in range(2):
        net = Network.create((20, 16, 16, 10), seed=5)
        for _ in Trainer(net, x, labels, batch_size=10, momentum=0.5, l2=1.0, seed=6).snapshots(1):
            pass
        runs.append(net)
    for a, b in zip(runs[0].w + runs[0].b, runs[1].w + runs[1].b):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("layout", ["float64 images", "strided images", "uint8 images"])
def test_images_of_another_dtype_or_layout_are_converted_like_the_textbook(layout):
    x, labels = random_set(dtype=np.float64)
    if layout == "strided images":
        x = np.repeat(x.astype(np.float32), 2, axis=1)[:, ::2]
        assert not x.flags.c_contiguous
    elif layout == "uint8 images":
        x = np.round(x * 255).astype(np.uint8)
    net = Network.create((12, 9, 4), init="scaled")
    slow = TextbookTrainer(net.copy(), x, labels)
    fast = Trainer(net, x, labels)
    for m in (10, 3):
        idx = np.arange(m) * 5
        assert fast.train_batch(idx, 0.5) == pytest.approx(slow.train_batch(idx, 0.5), rel=1e-5)
    assert_same(net.w, slow.net.w, 1e-5)


def test_other_dtypes_fall_back_to_the_textbook_step():
    x, labels = random_set(dtype=np.float16)
    net = Network.create((12, 9, 4), init="scaled", dtype=np.float16)
    assert not fast_step.supports(net)
    expected = net.copy()
    Trainer(net, x, labels).train_batch(np.arange(10), 0.5)
    TextbookTrainer(expected, x, labels).train_batch(np.arange(10), 0.5)
    assert_same(net.w, expected.w, 0.0)
