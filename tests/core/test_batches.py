"""EpochRows: every mini-batch is exactly the rows of the shuffled order, however it is cut.

The blocks are gathered ahead on a background thread; these tests change the batch size at
awkward moments (mid-block, past a block's end, on a short last batch) and shrink the blocks so
that an epoch has many, and compare every batch with plain fancy indexing.
"""

import numpy as np
import pytest

from nnviz.core.engine import batches
from nnviz.core.engine.batches import EpochRows


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(batches, "BLOCK_BYTES", 40 * 12 * 4)   # 40 rows of 12 float32


def data(n=503, n_in=12, k=5, dtype=np.float32, seed=0):
    rng = np.random.default_rng(seed)
    return rng.random((n, n_in)).astype(dtype), rng.integers(0, k, n).astype(np.uint8), \
        np.eye(k, dtype=np.float32), rng.permutation(n)


def walk(rows, n, sizes):
    """(start, stop, x, y) for consecutive batches of the given sizes (the last one repeats)."""
    start, k = 0, 0
    while start < n:
        stop = min(start + sizes[min(k, len(sizes) - 1)], n)
        x1, y = rows(start, stop)
        assert (x1[:, -1] == 1).all() and x1.flags.c_contiguous   # [x 1]
        yield start, stop, x1[:, :-1].copy(), y.copy()
        start, k = stop, k + 1


@pytest.mark.parametrize("ahead", [True, False])
@pytest.mark.parametrize("sizes", [[10], [7], [1], [40], [64], [10, 10, 3, 17, 40, 1, 10],
                                   [503]])
def test_batches_are_the_rows_of_the_order(small_blocks, sizes, ahead):
    x, labels, targets, order = data()
    rows = EpochRows(x, labels, targets, order, np.float32, ahead=ahead)
    covered = 0
    for start, stop, xb, yb in walk(rows, len(x), sizes):
        idx = order[start:stop]
        np.testing.assert_array_equal(xb, x[idx])
        np.testing.assert_array_equal(yb, targets[labels[idx]])
        assert xb.dtype == np.float32
        covered += stop - start
    assert covered == len(x)


def test_other_dtypes_and_layouts_are_converted(small_blocks):
    x, labels, targets, order = data(dtype=np.float64)
    for source in (x, np.asfortranarray(x)):
        rows = EpochRows(source, labels, targets, order, np.float32)
        for start, stop, xb, yb in walk(rows, len(x), [9]):
            np.testing.assert_array_equal(xb, x[order[start:stop]].astype(np.float32))
            assert xb.dtype == yb.dtype == np.float32


def test_going_back_regathers(small_blocks):
    x, labels, targets, order = data()
    rows = EpochRows(x, labels, targets, order, np.float32)
    rows(0, 10), rows(200, 210)
    np.testing.assert_array_equal(rows(5, 15)[0][:, :-1], x[order[5:15]])


def test_training_is_bit_identical_with_and_without_the_background_gathering(small_blocks):
    from nnviz.core.network import Network
    from nnviz.core.training import Trainer
    x, labels, _, _ = data(n=503, n_in=12, k=5)
    nets = []
    for ahead in (True, False):
        net = Network.create((12, 7, 5), seed=3)
        for _ in Trainer(net, x, labels, lr=1.0, batch_size=7, seed=3, snapshot_every=11,
                         gather_ahead=ahead).snapshots(3):
            pass
        nets.append(net)
    for a, b in zip(nets[0].w + nets[0].b, nets[1].w + nets[1].b):
        assert a.tobytes() == b.tobytes()


def fills_by_thread(monkeypatch):
    """[(thread name, order, lo)] for every block gathered from now on."""
    import threading
    seen, fill = [], batches.Block.fill

    def recording(self, rows, order, lo, hi):
        seen.append((threading.current_thread().name, order, lo))
        return fill(self, rows, order, lo, hi)
    monkeypatch.setattr(batches.Block, "fill", recording)
    return seen


@pytest.mark.parametrize("sizes", [[10], [7, 10, 3]])
def test_the_next_epochs_first_block_is_gathered_ahead_and_exact(small_blocks, monkeypatch,
                                                                  sizes):
    x, labels, targets, order = data()
    order2 = np.random.default_rng(9).permutation(len(x))
    seen = fills_by_thread(monkeypatch)
    first = EpochRows(x, labels, targets, order, np.float32, next_order=order2)
    list(walk(first, len(x), sizes))
    second = EpochRows(x, labels, targets, order2, np.float32, previous=first)
    assert {id(second.current), id(second.spare)} == {id(first.current), id(first.spare)}
    for start, stop, xb, yb in walk(second, len(x), sizes):
        np.testing.assert_array_equal(xb, x[order2[start:stop]])
        np.testing.assert_array_equal(yb, targets[labels[order2[start:stop]]])
    starts = [(name, lo) for name, o, lo in seen if o is order2 and lo == 0]
    assert starts == [(name, 0) for name, _ in starts] and len(starts) == 1
    assert starts[0][0].startswith("nnviz-gather")      # not the trainer's thread


def test_an_epoch_cut_short_leaves_nothing_stale_for_the_next(small_blocks):
    """The previous epoch's block in flight is for its own order: the next epoch gathers its
    own first block, and a one-block epoch's rows are never served for the next epoch's."""
    x, labels, targets, order = data(n=30)
    first = EpochRows(x, labels, targets, order, np.float32)
    first(0, 10)                                    # the whole epoch is one block
    order2 = order[::-1].copy()
    second = EpochRows(x, labels, targets, order2, np.float32, previous=first)
    np.testing.assert_array_equal(second(0, 10)[0][:, :-1], x[order2[:10]])
    x, labels, targets, order = data()
    cut = EpochRows(x, labels, targets, order, np.float32)
    cut(0, 10), cut(50, 60)                         # a block in flight when the epoch stops
    order2 = np.random.default_rng(1).permutation(len(x))
    after = EpochRows(x, labels, targets, order2, np.float32, previous=cut)
    for start, stop, xb, _ in walk(after, len(x), [10]):
        np.testing.assert_array_equal(xb, x[order2[start:stop]])


def test_epochs_see_the_seeds_orders_however_the_runs_are_cut(monkeypatch):
    """The next epoch's order is drawn early but kept on the trainer: a run of 3 epochs, three
    runs of 1, and a run stopped mid-epoch and restarted all train on the orders the seed's
    generator gives, in sequence, one per epoch begun (as when each was drawn at its start)."""
    from nnviz.core.network import Network
    from nnviz.core.training import Trainer
    x, labels, _, _ = data(n=503, n_in=12, k=5)
    orders, init = [], EpochRows.__init__

    def recording(self, x, labels, targets, order, *args, **kwargs):
        orders.append(order)
        init(self, x, labels, targets, order, *args, **kwargs)
    monkeypatch.setattr(EpochRows, "__init__", recording)
    nets = []
    for plan in ("one run", "three runs", "cut mid-epoch"):
        orders.clear()
        net = Network.create((12, 7, 5), seed=3)
        trainer = Trainer(net, x, labels, lr=1.0, batch_size=10, seed=4, snapshot_every=7)
        if plan == "one run":
            list(trainer.snapshots(3))
        elif plan == "three runs":
            for _ in range(3):
                list(trainer.snapshots(1))
        else:
            run = trainer.snapshots(3)
            while next(run).epoch < 2:
                pass
            run.close()                       # stopped in epoch 2; two more epochs from here
            list(trainer.snapshots(2))
        rng = np.random.default_rng(4)
        expected = [rng.permutation(len(x)) for _ in orders]
        assert len(orders) == (4 if plan == "cut mid-epoch" else 3)
        for got, want in zip(orders, expected):
            np.testing.assert_array_equal(got, want)
        nets.append(net)
    for a, b in zip(nets[0].w + nets[0].b, nets[1].w + nets[1].b):
        assert a.tobytes() == b.tobytes()
