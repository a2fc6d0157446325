"""The run history: bounded memory, log-spaced density, exact replay, and run files."""

import zipfile

import numpy as np
import pytest

from nnviz.core.errors import ModelFileError
from nnviz.core.history import BUDGET_BYTES, History
from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network
from nnviz.core.files.run_io import load_run, save_run
from nnviz.core.training import Snapshot, Trainer

SIZES = (784, 16, 16, 10)
META = {"activation": "sigmoid", "output": "sigmoid", "cost": "quadratic",
        "classes": tuple("0123456789")}


def snapshot(step, net, bpe=6000, epoch_end=False, acc=None):
    epoch = (step - 1) // bpe + 1
    return Snapshot(epoch, (step - 1) % bpe + 1, bpe, step, 10 * step,
                    np.full(10, 1.0 / step), 0.5, 3.0, 10, 0.0, epoch_end,
                    0.1 if epoch_end else None, acc, [w.copy() for w in net.w],
                    [b.copy() for b in net.b])


def simulated_run(epochs=30, bpe=6000, every=10, history=None):
    """What the GUI offers: a snapshot every 10 mini-batches of batch size 10 on MNIST."""
    net = Network.create(SIZES)
    history = History(SIZES) if history is None else history
    history.record_params(0, net.w, net.b)
    for step in range(every, epochs * bpe + 1, every):
        net.w[0][0, 0] = step             # each moment's parameters are recognisably its own
        end = step % bpe == 0
        history.record(snapshot(step, net, bpe, end, 0.9 + step / 1e7 if end else None))
    return history


def test_memory_stays_under_the_budget_for_30_epochs_of_784_16_16_10():
    h = simulated_run()
    assert BUDGET_BYTES == 200 * 2**20
    assert h.nbytes <= BUDGET_BYTES
    assert len(h) <= h.capacity == 2000
    assert len(h.costs) == 30 * 6000 and len(h.epochs) == 30
    steps = np.array(h.steps)
    assert steps[0] == 0 and steps[-1] == 180000     # the first and the newest moment are kept
    assert np.all(np.diff(steps) > 0)


def test_density_is_higher_early_than_late():
    steps = np.array(simulated_run().steps)
    first_epoch = np.count_nonzero(steps <= 6000)
    last_epoch = np.count_nonzero(steps > 29 * 6000)
    assert first_epoch > 5 * last_epoch > 0
    gaps = np.diff(steps[1:-1])
    assert gaps[:50].mean() < gaps[-50:].mean() / 10


def test_a_small_budget_is_respected_too():
    h = simulated_run(epochs=3, history=History(SIZES, budget_bytes=5 * 2**20))
    assert h.capacity == int(0.9 * 5 * 2**20) // h.record_bytes
    assert h.nbytes <= 5 * 2**20


def test_replay_returns_exactly_the_recorded_parameters():
    net = Network.create(SIZES, seed=3)
    train = np.random.default_rng(0).random((200, 784), dtype=np.float32)
    labels = np.arange(200) % 10
    trainer = Trainer(net.copy(), train, labels, lr=3.0, batch_size=10, snapshot_every=1,
                      with_params=True)
    h = History(SIZES, max_records=40)
    h.record_params(0, net.w, net.b)
    recorded = {0: (net.w, net.b)}
    for snap in trainer.snapshots(3):
        h.record(snap)
        recorded[snap.step] = (snap.w, snap.b)
    assert len(h) <= 40 and h.ratio > 1 / 64       # thinning happened
    for i in range(len(h)):
        m = h.moment(i)
        w, b = recorded[m.step]
        for got, want in zip(m.w + m.b, w + b):
            assert got.dtype == want.dtype and got.shape == want.shape
            assert got.tobytes() == want.tobytes()      # bit-identical
            assert not got.flags.writeable
    assert h.moment(len(h) - 1).step == 60            # the newest moment is always there


def test_metrics_and_index_at():
    h = simulated_run(epochs=2, bpe=100, every=10)
    m = h.moment(h.index_at(150))
    assert m.step <= 150 and m.epoch == 2
    assert m.test_accuracy == pytest.approx(0.9 + 100 / 1e7)   # the latest known at that step
    assert np.isnan(h.moment(0).test_accuracy)
    assert h.index_at(-5) == 0


def test_a_new_run_replaces_the_old_one():
    h = simulated_run(epochs=1, bpe=100)
    net = Network.create(SIZES, seed=1)
    h.record_params(0, net.w, net.b)
    assert h.steps == [0] and len(h.costs) == 0 and h.epochs == []
    h.record(snapshot(10, net, 100))
    assert h.steps == [0, 10] and len(h.costs) == 10


def test_save_and_open_round_trip(tmp_path):
    h = simulated_run(epochs=2, bpe=300, every=10)
    path = save_run(tmp_path / "run.npz", h, META)
    h2, meta = load_run(path)
    assert meta == META
    assert h2.steps == h.steps and h2.sizes == SIZES
    np.testing.assert_array_equal(h2.metrics(), h.metrics())
    np.testing.assert_array_equal(h2.costs, h.costs)
    assert h2.epochs == h.epochs and h2.ratio == h.ratio
    for i in (0, len(h) // 2, len(h) - 1):
        for a, b in zip(h.moment(i).w + h.moment(i).b, h2.moment(i).w + h2.moment(i).b):
            assert a.tobytes() == b.tobytes()
    with zipfile.ZipFile(path) as z:            # stacked per layer, as the format says
        assert "w0.npy" in z.namelist() and "b2.npy" in z.namelist()


def test_bad_files_give_one_clear_sentence(tmp_path):
    text = tmp_path / "notes.npz"
    text.write_text("hello")
    with pytest.raises(ModelFileError, match="not an nnviz run"):
        load_run(text)
    with pytest.raises(ModelFileError, match="no such file"):
        load_run(tmp_path / "missing.npz")
    model = save_model(tmp_path / "model.npz", Network.create(SIZES))
    with pytest.raises(ModelFileError, match="saved model, not a run"):
        load_run(model)
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, format=np.array(["nnviz-run", object()], dtype=object))
    with pytest.raises(ModelFileError, match="pickled"):
        load_run(pickled)
    h = simulated_run(epochs=1, bpe=100)
    good = save_run(tmp_path / "good.npz", h, META)
    with np.load(good) as z:
        arrays = dict(z)
    arrays["w1"] = arrays["w1"][:, :3]
    np.savez(tmp_path / "cut.npz", **arrays)
    with pytest.raises(ModelFileError, match="w1 has shape"):
        load_run(tmp_path / "cut.npz")
    arrays = dict(np.load(good))
    arrays["metrics"] = arrays["metrics"][::-1]
    np.savez(tmp_path / "order.npz", **arrays)
    with pytest.raises(ModelFileError, match="increasing"):
        load_run(tmp_path / "order.npz")
