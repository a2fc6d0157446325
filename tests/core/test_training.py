"""The SGD trainer: determinism, snapshots, live hyper-parameters, the update rule, validation.

The update is checked against `Network.backprop` written out by hand, so whatever kernel the
trainer uses underneath must still do exactly the textbook step. A spy on the trainer's stepper
records the rows each step used, so the hand-written step can use the very same mini-batch.
"""

import hashlib
import math
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from nnviz.core.errors import ConfigError, DivergenceError
from nnviz.core.network import Network
from nnviz.core.training import Trainer

REPO = Path(__file__).resolve().parents[2]


def random_set(n=60, n_in=8, k=3, seed=0, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return rng.random((n, n_in)).astype(dtype), rng.integers(0, k, n).astype(np.uint8)


def params(net):
    return [a.copy() for a in net.w + net.b]


def digest(net):
    h = hashlib.sha256()
    for a in net.w + net.b:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()


def spy_on(trainer):
    """Record (images, targets, η) of every mini-batch the trainer steps on."""
    seen = []
    stepper = trainer.stepper

    def spying_stepper():
        step = stepper()

        def recording(x1, y, lr):
            seen.append((x1[:, :-1].copy(), y.copy(), lr))   # x1 = [x 1]
            return step(x1, y, lr)
        return recording
    trainer.stepper = spying_stepper
    return seen


def gradient(net, x, y):
    nabla_w, nabla_b, _ = net.backprop(x, y)
    return nabla_w, nabla_b


def assert_params_close(net, expected_w, expected_b):
    for l, (w, b) in enumerate(zip(expected_w, expected_b)):
        np.testing.assert_allclose(net.w[l], w, rtol=1e-10, atol=1e-13, err_msg=f"w[{l}]")
        np.testing.assert_allclose(net.b[l], b, rtol=1e-10, atol=1e-13, err_msg=f"b[{l}]")


# Determinism ---------------------------------------------------------------------------------

def train_small(seed):
    x, labels = random_set()
    net = Network.create((8, 6, 3), seed=seed)
    for _ in Trainer(net, x, labels, lr=1.0, batch_size=7, seed=seed,
                     snapshot_every=3).snapshots(2):
        pass
    return net


def test_same_seed_gives_bit_identical_weights():
    a, b = train_small(4), train_small(4)
    for u, v in zip(a.w + a.b, b.w + b.b):
        assert u.tobytes() == v.tobytes()
    assert digest(a) != digest(train_small(5))
    assert digest(a) != digest(Network.create((8, 6, 3), seed=4)), "training changed nothing"


SCRIPT = """
import sys
sys.path.insert(0, {repo!r})
from tests.core.test_training import digest, train_small
print(digest(train_small(4)))
"""


def test_same_seed_gives_bit_identical_weights_across_processes():
    code = SCRIPT.format(repo=str(REPO))
    runs = [subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                           text=True, timeout=60) for _ in range(2)]
    for r in runs:
        assert r.returncode == 0, r.stderr
    first, second = (r.stdout.strip() for r in runs)
    assert len(first) == 64 and first == second
    assert first == digest(train_small(4))


# Snapshots -----------------------------------------------------------------------------------

def test_snapshots_come_every_n_batches_and_at_each_epoch_end():
    x, labels = random_set(n=55)
    tx, tlabels = random_set(n=20, seed=1)
    net = Network.create((8, 6, 3), seed=0)
    trainer = Trainer(net, x, labels, tx, tlabels, lr=0.5, batch_size=10, snapshot_every=2)
    snaps = []
    for s in trainer.snapshots(2):
        snaps.append(s)
        if s.epoch_end:
            cost, accuracy = net.evaluate(tx, tlabels)  # the net as it is at the snapshot
            assert s.test_cost == pytest.approx(cost) and s.test_accuracy == accuracy
        else:
            assert s.test_cost is None and s.test_accuracy is None
    # 55 examples in batches of 10: 6 mini-batches per epoch, the last one of 5.
    assert [(s.epoch, s.batch, s.epoch_end) for s in snaps] == [
        (1, 2, False), (1, 4, False), (1, 6, True), (2, 2, False), (2, 4, False), (2, 6, True)]
    assert [s.step for s in snaps] == [2, 4, 6, 8, 10, 12]
    assert [s.samples_seen for s in snaps] == [20, 40, 55, 75, 95, 110]
    assert all(s.batches_per_epoch == 6 and s.batch_size == 10 and s.lr == 0.5 for s in snaps)
    costs = np.concatenate([s.batch_costs for s in snaps])
    assert costs.shape == (12,) and np.all(np.isfinite(costs))
    assert [len(s.batch_costs) for s in snaps] == [2, 2, 2, 2, 2, 2]
    assert snaps[2].train_cost == pytest.approx(costs[:6].mean())
    assert snaps[4].train_cost == pytest.approx(costs[6:10].mean())
    seconds = [s.seconds for s in snaps]
    assert seconds == sorted(seconds) and seconds[0] > 0


def test_batch_costs_cover_every_mini_batch_when_snapshots_are_rare():
    x, labels = random_set(n=60)
    trainer = Trainer(Network.create((8, 6, 3)), x, labels, batch_size=4, snapshot_every=4)
    seen = spy_on(trainer)
    snaps = list(trainer.snapshots(3))
    assert sum(len(s.batch_costs) for s in snaps) == len(seen) == 3 * 15
    assert sum(s.epoch_end for s in snaps) == 3
    assert snaps[-1].samples_seen == 180 and snaps[-1].step == 45


def test_without_test_data_epoch_end_has_no_test_results():
    x, labels = random_set()
    snaps = list(Trainer(Network.create((8, 6, 3)), x, labels, snapshot_every=1000).snapshots(1))
    assert len(snaps) == 1 and snaps[0].epoch_end
    assert snaps[0].test_cost is None and snaps[0].test_accuracy is None


def test_parameters_in_snapshots_are_copies():
    x, labels = random_set()
    net = Network.create((8, 6, 3), seed=1)
    trainer = Trainer(net, x, labels, batch_size=6, snapshot_every=2, with_params=True)
    gen = trainer.snapshots(1)
    snap = next(gen)
    assert not snap.epoch_end and snap.w is not None and snap.b is not None
    for mine, theirs in zip(snap.w + snap.b, net.w + net.b):
        np.testing.assert_array_equal(mine, theirs)
        assert not np.shares_memory(mine, theirs)
    before = params(net)
    for a in snap.w + snap.b:
        a[...] = 123.0
    for a, b in zip(net.w + net.b, before):
        np.testing.assert_array_equal(a, b)
    later = next(gen)  # the trainer keeps stepping the net, not the snapshot's copies
    assert np.all(snap.w[0] == 123.0) and not np.array_equal(later.w[0], snap.w[0])


def test_parameters_come_only_at_epoch_end_unless_asked():
    x, labels = random_set()
    snaps = list(Trainer(Network.create((8, 6, 3)), x, labels, batch_size=6,
                         snapshot_every=2).snapshots(1))
    assert all(s.w is None for s in snaps[:-1])
    assert snaps[-1].epoch_end and snaps[-1].w is not None


# Live changes and the update rule -------------------------------------------------------------

@pytest.mark.parametrize("output, cost", [("sigmoid", "quadratic"), ("softmax", "cross-entropy"),
                                          ("softmax", "quadratic")])
def test_sgd_step_is_the_textbook_update(output, cost):
    x, labels = random_set(dtype=np.float64)
    net = Network.create((8, 6, 3), "sigmoid", output, cost, seed=2, dtype=np.float64)
    trainer = Trainer(net, x, labels, lr=0.7, batch_size=5, snapshot_every=1)
    seen = spy_on(trainer)
    gen = trainer.snapshots(1)
    for _ in range(3):
        before = net.copy()
        next(gen)
        xb, yb, lr = seen[-1]
        nw, nb = gradient(before, xb, yb)
        assert_params_close(net, [w - 0.7 * g for w, g in zip(before.w, nw)],
                            [b - 0.7 * g for b, g in zip(before.b, nb)])


def test_changing_lr_between_snapshots_is_applied():
    x, labels = random_set(dtype=np.float64)
    net = Network.create((8, 6, 3), "tanh", "softmax", "cross-entropy", seed=2, dtype=np.float64)
    trainer = Trainer(net, x, labels, lr=0.5, batch_size=4, snapshot_every=1)
    seen = spy_on(trainer)
    gen = trainer.snapshots(1)
    next(gen)
    before = net.copy()
    trainer.lr = 0.125
    snap = next(gen)
    xb, yb, lr = seen[-1]
    assert lr == 0.125 and snap.lr == 0.125
    nw, nb = gradient(before, xb, yb)
    assert_params_close(net, [w - 0.125 * g for w, g in zip(before.w, nw)],
                        [b - 0.125 * g for b, g in zip(before.b, nb)])


def test_changing_batch_size_mid_epoch_changes_the_step_size():
    x, labels = random_set(n=60)
    trainer = Trainer(Network.create((8, 6, 3)), x, labels, batch_size=4, snapshot_every=1)
    seen = spy_on(trainer)
    gen = trainer.snapshots(1)
    next(gen), next(gen)
    trainer.batch_size = 7
    snaps = [next(gen)]
    snaps += list(gen)
    sizes = [len(xb) for xb, _, _ in seen]
    # 8 used by the first two steps; the remaining 52 go in sevens, the last one of 3.
    assert sizes == [4, 4] + [7] * 7 + [3]
    assert snaps[0].batch_size == 7 and snaps[0].samples_seen == 15
    assert snaps[0].batches_per_epoch == 3 + math.ceil(45 / 7)
    assert snaps[-1].epoch_end and snaps[-1].samples_seen == 60
    # Every example is still used exactly once in the epoch.
    used = np.concatenate([xb for xb, _, _ in seen])
    assert sorted(map(tuple, used.tolist())) == sorted(map(tuple, x.tolist()))


def test_momentum_and_l2_match_a_hand_written_update():
    x, labels = random_set(n=40, dtype=np.float64)
    n, eta, mu, lam = 40, 0.3, 0.9, 5.0
    net = Network.create((8, 6, 3), "relu", "softmax", "cross-entropy", init="scaled", seed=3,
                         dtype=np.float64)
    trainer = Trainer(net, x, labels, lr=eta, batch_size=5, momentum=mu, l2=lam,
                      snapshot_every=1)
    seen = spy_on(trainer)
    w, b = [a.copy() for a in net.w], [a.copy() for a in net.b]
    v_w, v_b = [np.zeros_like(a) for a in w], [np.zeros_like(a) for a in b]
    gen = trainer.snapshots(1)
    for _ in range(3):  # three steps, so the velocity really carries over
        next(gen)
        xb, yb, _ = seen[-1]
        here = Network(net.sizes, net.activation, net.output, net.cost, w, b)
        nw, nb = gradient(here, xb, yb)
        # v ← μv − η(∇C + (λ/n)w);  w ← w + v.  Biases are not decayed.
        v_w = [mu * v - eta * (g + lam / n * a) for v, g, a in zip(v_w, nw, w)]
        v_b = [mu * v - eta * g for v, g in zip(v_b, nb)]
        w = [a + v for a, v in zip(w, v_w)]
        b = [a + v for a, v in zip(b, v_b)]
        assert_params_close(net, w, b)


def test_l2_alone_matches_a_hand_written_update():
    x, labels = random_set(n=30, dtype=np.float64)
    net = Network.create((8, 5, 3), seed=4, dtype=np.float64)
    trainer = Trainer(net, x, labels, lr=2.0, batch_size=6, l2=3.0, snapshot_every=1)
    seen = spy_on(trainer)
    before = net.copy()
    next(trainer.snapshots(1))
    xb, yb, _ = seen[-1]
    nw, nb = gradient(before, xb, yb)
    assert_params_close(net, [w - 2.0 * (g + 3.0 / 30 * w) for w, g in zip(before.w, nw)],
                        [b - 2.0 * g for b, g in zip(before.b, nb)])


# Schedules -----------------------------------------------------------------------------------

def make_trainer(**kw):
    x, labels = random_set()
    return Trainer(Network.create((8, 6, 3)), x, labels, **kw)


def test_constant_schedule():
    t = make_trainer(lr=0.4)
    assert [t.scheduled_lr(p) for p in (0, 0.3, 0.99, 1)] == [0.4] * 4


def test_cosine_schedule_values():
    t = make_trainer(lr=2.0, schedule="cosine")
    for p, expected in [(0, 2.0), (0.25, 1.0 + math.sqrt(0.5)), (0.5, 1.0),
                        (0.75, 1.0 - math.sqrt(0.5)), (1.0, 0.0)]:
        assert t.scheduled_lr(p) == pytest.approx(expected, abs=1e-12)


def test_step_schedule_halves_at_thirds():
    t = make_trainer(lr=1.0, schedule="step")
    for p, expected in [(0, 1.0), (0.33, 1.0), (0.34, 0.5), (0.66, 0.5), (0.67, 0.25),
                        (0.99, 0.25)]:
        assert t.scheduled_lr(p) == expected


def test_schedule_is_followed_during_training():
    x, labels = random_set(n=40)
    trainer = Trainer(Network.create((8, 6, 3)), x, labels, lr=1.0, batch_size=10,
                      schedule="cosine", snapshot_every=1)
    seen = spy_on(trainer)
    snaps = list(trainer.snapshots(2))  # 8 steps in all, progress k/8 at step k
    expected = [0.5 * (1 + math.cos(math.pi * k / 8)) for k in range(8)]
    assert [lr for _, _, lr in seen] == pytest.approx(expected)
    assert [s.lr for s in snaps] == pytest.approx(expected)


# Validation ----------------------------------------------------------------------------------

@pytest.mark.parametrize("options, words", [
    (dict(lr=0), "learning rate must be a positive number"),
    (dict(lr=-1.0), "learning rate must be a positive number"),
    (dict(lr=float("nan")), "learning rate must be a positive number"),
    (dict(lr=float("inf")), "learning rate must be a positive number"),
    (dict(batch_size=0), "batch size must be a whole number from 1 to 60"),
    (dict(batch_size=61), "batch size must be a whole number from 1 to 60"),
    (dict(batch_size=2.5), "batch size must be a whole number"),
    (dict(momentum=1.0), r"momentum must be in \[0, 1\)"),
    (dict(momentum=-0.1), r"momentum must be in \[0, 1\)"),
    (dict(l2=-1.0), "L2 regularisation must be zero or positive"),
    (dict(l2=float("nan")), "L2 regularisation must be zero or positive"),
    (dict(schedule="linear"), "unknown schedule 'linear'"),
])
def test_bad_settings_are_refused(options, words):
    with pytest.raises(ConfigError, match=words):
        make_trainer(**options)


def test_input_size_mismatch_is_refused():
    x, labels = random_set(n_in=9)
    with pytest.raises(ConfigError, match="takes 8 inputs but the images have 9 pixels"):
        Trainer(Network.create((8, 6, 3)), x, labels)


def test_more_classes_than_outputs_is_refused():
    x, labels = random_set(k=5)
    with pytest.raises(ConfigError, match="the data has 5 classes but the network has 3 outputs"):
        Trainer(Network.create((8, 6, 3)), x, labels)


@pytest.mark.parametrize("attribute, value", [("lr", -1.0), ("lr", 0.0), ("lr", float("nan")),
                                              ("batch_size", 0)])
def test_bad_settings_made_live_are_refused_before_the_next_step(attribute, value):
    trainer = make_trainer(batch_size=5, snapshot_every=1)
    gen = trainer.snapshots(1)
    next(gen)
    before = params(trainer.net)
    setattr(trainer, attribute, value)
    with pytest.raises(ConfigError):
        next(gen)
    for a, b in zip(trainer.net.w + trainer.net.b, before):
        np.testing.assert_array_equal(a, b)


# Divergence ----------------------------------------------------------------------------------

DIVERGING = [  # float32 networks whose first steps overflow (found by trying; ReLUs that merely
    # die at lr = 1e6 keep a finite cost, so that is not divergence)
    ("relu", "sigmoid", "quadratic", 1e38),
    ("relu", "softmax", "cross-entropy", 1e20),
    ("sigmoid", "sigmoid", "quadratic", 1e300),
]


@pytest.mark.parametrize("momentum", [0.0, 0.9])
@pytest.mark.parametrize("snapshot_every", [1, 7, 1000])
@pytest.mark.parametrize("activation, output, cost, lr", DIVERGING)
def test_divergence_raises_and_keeps_finite_parameters(activation, output, cost, lr,
                                                       snapshot_every, momentum):
    x, labels = random_set(n=500, n_in=20, k=10)
    net = Network.create((20, 16, 10), activation, output, cost, seed=0)
    trainer = Trainer(net, x, labels, lr=lr, batch_size=10, snapshot_every=snapshot_every,
                      momentum=momentum)
    initial = params(net)
    snaps = []
    with np.errstate(all="ignore"), pytest.raises(DivergenceError, match="learning rate") as e:
        for s in trainer.snapshots(1):
            snaps.append(s)
    assert not any(s.epoch_end for s in snaps), "did not diverge within the first epoch"
    assert "epoch 1" in str(e.value)
    for a in trainer.net.w + trainer.net.b:
        assert np.all(np.isfinite(a))
    for s in snaps:  # nothing non-finite was ever handed out either
        assert np.all(np.isfinite(s.batch_costs))
        assert s.w is None or all(np.all(np.isfinite(a)) for a in s.w + s.b)
    if snapshot_every < 1000:
        return  # the backup is the last snapshot's: finite, but perhaps already enormous
    # No snapshot came before the blow-up, so the epoch's starting parameters are back, and
    # after a smaller learning rate the same trainer carries on normally (so no NaN may be
    # left behind anywhere, the momentum's velocity included).
    for a, b in zip(trainer.net.w + trainer.net.b, initial):
        np.testing.assert_array_equal(a, b)
    trainer.lr = 0.1
    with np.errstate(all="raise"):
        last = list(trainer.snapshots(1))[-1]
    assert last.epoch_end and math.isfinite(last.train_cost)
    assert all(np.all(np.isfinite(a)) for a in trainer.net.w + trainer.net.b)


def test_divergence_prints_no_numpy_warnings_only_the_error():
    """The overflow of an overshooting step is reported once, in words (DivergenceError), not as
    RuntimeWarnings on the terminal; a caller's errstate(all="raise") still turns it into
    FloatingPointError."""
    x, labels = random_set(n=500, n_in=20, k=10)
    for activation, output, cost, lr in DIVERGING:
        net = Network.create((20, 16, 10), activation, output, cost, seed=0)
        trainer = Trainer(net, x, labels, lr=lr)
        with warnings.catch_warnings():
            warnings.simplefilter("error")           # any RuntimeWarning fails the test
            with pytest.raises(DivergenceError):
                for _ in trainer.snapshots(1):
                    pass
    trainer = Trainer(Network.create((20, 16, 10), seed=0), x, labels, lr=1e300)
    with np.errstate(all="raise"), pytest.raises(FloatingPointError):
        for _ in trainer.snapshots(1):
            pass
