"""EpochRows: every mini-batch is exactly the rows of the shuffled order, however it is cut.

The blocks are gathered ahead on a background thread; these tests change the batch size at
awkward moments (mid-block, past a block's end, on a short last batch) and shrink the blocks so
that an epoch has many, and compare every batch with plain fancy indexing.
"""

import numpy as np
import pytest

from nnviz.core import batches
from nnviz.core.batches import EpochRows


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
