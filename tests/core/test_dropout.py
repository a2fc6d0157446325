"""Dropout: the gradient with a fixed mask is right, p = 0 changes nothing, and it still learns."""

import numpy as np
import pytest

from nnviz.core.augment import dropout
from nnviz.core.errors import ConfigError
from nnviz.core.network import Network
from nnviz.core.training import Trainer

SIZES = (6, 5, 4, 3)
EPS = 1e-5


def problem(activation, output, cost, p=0.4, m=7):
    """A float64 net, batch and masks whose hidden z all stay clear of ReLU's kink at 0."""
    for seed in range(100):
        rng = np.random.default_rng(seed)
        net = Network.create(SIZES, activation, output, cost, init="normal", seed=seed,
                             dtype=np.float64)
        x = rng.random((m, SIZES[0]))
        y = np.eye(SIZES[-1])[rng.integers(0, SIZES[-1], m)]
        masks = dropout.masks(SIZES, m, p, rng, np.float64)
        zs = dropout.forward(net, x, masks)[0]
        if min(np.abs(z).min() for z in zs[:-1]) > 1e-3:
            return net, x, y, masks
    raise AssertionError("no seed keeps z away from 0")


@pytest.mark.parametrize("activation,output,cost", [
    ("sigmoid", "sigmoid", "quadratic"), ("tanh", "softmax", "cross-entropy"),
    ("relu", "sigmoid", "cross-entropy")])
def test_gradient_with_a_fixed_mask_matches_finite_differences(activation, output, cost):
    net, x, y, masks = problem(activation, output, cost)
    assert any((mk == 0).any() for mk in masks) and any((mk > 1).any() for mk in masks)
    nabla_w, nabla_b, C = dropout.backprop(net, x, y, masks)
    assert C == pytest.approx(dropout.cost(net, x, y, masks))
    for params, grads in ((net.w, nabla_w), (net.b, nabla_b)):
        for p, g in zip(params, grads):
            fd = np.zeros_like(p)
            for i in np.ndindex(p.shape):
                keep = p[i]
                p[i] = keep + EPS
                up = dropout.cost(net, x, y, masks)
                p[i] = keep - EPS
                down = dropout.cost(net, x, y, masks)
                p[i] = keep
                fd[i] = (up - down) / (2 * EPS)
            assert np.linalg.norm(g - fd) <= 1e-6 * max(np.linalg.norm(fd), 1e-12), (g, fd)


def test_masks_are_inverted_dropout():
    masks = dropout.masks((784, 100, 50, 10), 400, 0.3, np.random.default_rng(0))
    assert [mk.shape for mk in masks] == [(400, 100), (400, 50)]
    for mk in masks:
        assert set(np.unique(mk)) == {0.0, np.float32(1 / 0.7)}
        assert abs(float(mk.mean()) - 1.0) < 0.02     # the expected output is unchanged
        assert abs(float((mk == 0).mean()) - 0.3) < 0.02


def test_all_ones_masks_are_plain_backprop():
    net, x, y, masks = problem("sigmoid", "softmax", "cross-entropy", p=0.0)
    for plain, dropped in zip(net.backprop(x, y)[:2], dropout.backprop(net, x, y, masks)[:2]):
        for a, b in zip(plain, dropped):
            np.testing.assert_array_equal(a, b)


def synthetic_trainer(p, seed=0, every=100):
    from nnviz.core.data import load_dataset
    data = load_dataset("synthetic")
    net = Network.create((784, 32, 10), output="softmax", cost="cross-entropy", init="scaled",
                         seed=seed)
    t = Trainer(net, data.train_images[:3000], data.train_labels[:3000], data.test_images[:1000],
                data.test_labels[:1000], lr=0.1, batch_size=20, momentum=0.9, dropout=p,
                seed=seed, snapshot_every=every)
    return t


@pytest.mark.parametrize("p", [0, 0.0])
def test_p_zero_is_exactly_no_dropout(p, monkeypatch):
    """With p = 0 the trainer takes the path of a network without dropout: it never reaches
    the dropout code, draws no random numbers (so augmentation's noise is unchanged), and its
    steps are plain `Network.backprop` SGD with momentum, written out here."""
    def never(*args, **kwargs):
        raise AssertionError("p = 0 reached the dropout code")
    monkeypatch.setattr(dropout, "masks", never)
    monkeypatch.setattr(dropout, "backprop", never)
    rng = np.random.default_rng(0)
    x, labels = rng.random((40, SIZES[0])), rng.integers(0, SIZES[-1], 40)
    net = Network.create(SIZES, "sigmoid", "softmax", "cross-entropy", init="scaled", seed=0,
                         dtype=np.float64)
    reference = net.copy()
    t = Trainer(net, x, labels, lr=0.5, momentum=0.9, dropout=p)
    noise_before = t.noise_rng.bit_generator.state
    v_w = [np.zeros_like(w) for w in reference.w]
    v_b = [np.zeros_like(b) for b in reference.b]
    targets = np.eye(SIZES[-1])
    for m in (8, 8, 3, 8, 1):
        idx = rng.permutation(len(x))[:m]
        C = t.train_batch(idx, 0.5)
        nabla_w, nabla_b, C_plain = reference.backprop(x[idx], targets[labels[idx]])
        for l in range(len(reference.w)):
            v_w[l] = 0.9 * v_w[l] - 0.5 * nabla_w[l]
            v_b[l] = 0.9 * v_b[l] - 0.5 * nabla_b[l]
            reference.w[l] = reference.w[l] + v_w[l]
            reference.b[l] = reference.b[l] + v_b[l]
        assert C == pytest.approx(C_plain, rel=1e-10, abs=1e-12)
    for u, v in zip(net.w + net.b, reference.w + reference.b):
        np.testing.assert_allclose(u, v, rtol=1e-10, atol=1e-12)
    assert t.noise_rng.bit_generator.state == noise_before


def test_training_with_dropout_still_learns():
    t = synthetic_trainer(0.3)
    before = t.net.evaluate(t.test_x, t.test_labels)[1]
    snaps = list(t.snapshots(2))
    after = snaps[-1].test_accuracy
    assert before < 0.3 and after > 0.8, (before, after)


def test_dropout_is_switchable_mid_run_and_checked():
    t = synthetic_trainer(0.0, every=1)
    gen = t.snapshots(1)
    next(gen)
    t.dropout = 0.5
    next(gen)
    t.dropout = 1.5
    with pytest.raises(ConfigError, match="dropout"):
        next(gen)
    with pytest.raises(ConfigError, match="dropout"):
        synthetic_trainer(-0.1)
