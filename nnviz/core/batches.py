"""An epoch's mini-batches as slices of blocks gathered ahead from the shuffled order.

Picking a mini-batch's ten rows out of 60,000 scattered images costs more than the batch's
arithmetic when it is done one mini-batch at a time: each row is a cache miss, and each gather a
NumPy call. So the rows are gathered a block (~2 MB) at a time, and every mini-batch is a view
into its block. And while the trainer works through one block, a background thread gathers the
next into a second buffer — NumPy releases the interpreter lock while it copies, so on a machine
with a spare core the gathering costs the trainer nothing (the same idea as a data loader's
worker). The rows, and so the training, are exactly those of gathering each mini-batch alone.

Batch sizes may change between mini-batches: a batch that is not inside the current block or
the one gathered ahead starts a new block at its first row, and blocks are whole numbers of
mini-batches, so with a steady batch size no batch ever straddles two.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

BLOCK_BYTES = 2 << 20   # small enough to stay in the core's L2 cache while it is used

_gatherer = None
_gatherer_lock = threading.Lock()


def _background():
    """The one thread that gathers blocks ahead for every trainer in the process."""
    global _gatherer
    with _gatherer_lock:
        if _gatherer is None:
            _gatherer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nnviz-gather")
        return _gatherer


class Block:
    """Rows order[lo:hi] gathered into the first rows of a pair of buffers."""

    def __init__(self, n_in, n_out, rows, dtype):
        self.x_buffer = np.empty((rows, n_in), dtype)
        self.y_buffer = np.empty((rows, n_out), dtype)
        self.lo = self.hi = 0
        self.xs, self.ys = self.x_buffer[:0], self.y_buffer[:0]

    def fill(self, rows, lo, hi):
        idx = rows.order[lo:hi]
        k = hi - lo
        if len(self.x_buffer) < k:
            self.x_buffer = np.empty((k, self.x_buffer.shape[1]), self.x_buffer.dtype)
            self.y_buffer = np.empty((k, self.y_buffer.shape[1]), self.y_buffer.dtype)
        self.xs, self.ys = self.x_buffer[:k], self.y_buffer[:k]
        if rows.direct:   # "wrap" skips the bounds check that makes take buffer its output;
            np.take(rows.x, idx, axis=0, out=self.xs, mode="wrap")   # the order is in range
        else:
            self.xs[...] = rows.x[idx]
        np.take(rows.targets, rows.labels[idx], axis=0, out=self.ys)
        self.lo, self.hi = lo, hi
        return self


class EpochRows:
    """`rows(start, stop)` is (x, y) for the examples order[start:stop]: images and targets,
    in `dtype`, C-ordered, valid until the next call."""

    def __init__(self, x, labels, targets, order, dtype, ahead=True):
        self.x, self.labels, self.order = x, labels, order
        self.targets = np.asarray(targets, dtype)
        # np.take gathers straight into a block only from a C-ordered array of its own dtype.
        self.direct = x.flags.c_contiguous and x.dtype == np.dtype(dtype)
        self.block_rows = max(1, BLOCK_BYTES // (x.shape[1] * np.dtype(dtype).itemsize))
        shape = (x.shape[1], self.targets.shape[1], 0, dtype)
        self.current, self.spare = Block(*shape), Block(*shape)
        self.ahead = ahead
        self.pending = None   # the spare block being filled by the background thread

    def __call__(self, start, stop):
        block = self.current
        if start < block.lo or stop > block.hi:
            block = self.advance(start, stop)
        i, j = start - block.lo, stop - block.lo
        return block.xs[i:j], block.ys[i:j]

    def advance(self, start, stop):
        m = stop - start
        size = max(m, self.block_rows - self.block_rows % m)   # whole mini-batches
        n = len(self.order)
        if self.pending is not None:
            ready = self.pending.result()    # also before refilling its buffer ourselves
            self.pending = None
            if ready.lo == start and ready.hi >= stop:
                self.current, self.spare = ready, self.current
            else:
                self.current.fill(self, start, min(start + size, n))
        else:
            self.current.fill(self, start, min(start + size, n))
        hi = self.current.hi
        if self.ahead and hi < n:
            self.pending = _background().submit(self.spare.fill, self, hi, min(hi + size, n))
        return self.current
