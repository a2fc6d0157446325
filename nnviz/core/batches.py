"""An epoch's mini-batches as slices of blocks gathered ahead from the shuffled order.

Picking a mini-batch's ten rows out of 60,000 scattered images costs more than the batch's
arithmetic when it is done one mini-batch at a time: each row is a cache miss, and each gather a
NumPy call. So the rows are gathered a block (~4 MB) at a time, and every mini-batch is a view
into its block. And while the trainer works through one block, a background thread gathers the
next into a second buffer — NumPy releases the interpreter lock while it copies, so on a machine
with a spare core the gathering costs the trainer nothing (the same idea as a data loader's
worker). The rows, and so the training, are exactly those of gathering each mini-batch alone.
Each row carries a trailing 1, the input the first layer's bias multiplies (see fast_step.py).

Batch sizes may change between mini-batches: a batch that is not inside the current block or
the one gathered ahead starts a new block at its first row, and blocks are whole numbers of
mini-batches, so with a steady batch size no batch ever straddles two.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# Each block costs a hand-over between the threads; measured on the 784-16-16-10 network at batch
# 10 and 100: 1 MB blocks 310k/715k samples/s, 2 MB 310k/730k, 4 MB 340k/860k, 16 MB 320k/750k.
BLOCK_BYTES = 4 << 20

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
    """Rows order[lo:hi], as [x 1] and targets, in the first rows of its buffers."""

    def __init__(self, n_in, n_out, rows, dtype):
        self.allocate(n_in, n_out, rows, dtype)
        self.lo = self.hi = 0
        self.x1s, self.ys = self.x_buffer[:0], self.y_buffer[:0]

    def allocate(self, n_in, n_out, rows, dtype):
        self.x_buffer = np.ones((rows, n_in + 1), dtype)     # the last column stays 1
        self.y_buffer = np.empty((rows, n_out), dtype)
        self.scratch = np.empty((rows, n_in), dtype)   # take writes fastest into a whole array

    def fill(self, rows, lo, hi):
        idx = rows.order[lo:hi]
        k = hi - lo
        if len(self.x_buffer) < k:
            self.allocate(self.scratch.shape[1], self.y_buffer.shape[1], k, self.scratch.dtype)
        self.x1s, self.ys = self.x_buffer[:k], self.y_buffer[:k]
        if rows.direct:   # "wrap" skips the bounds check that makes take buffer its output;
            np.take(rows.x, idx, axis=0, out=self.scratch[:k], mode="wrap")  # the order is valid
            self.x1s[:, :-1] = self.scratch[:k]
        else:
            self.x1s[:, :-1] = rows.x[idx]
        np.take(rows.targets, rows.labels[idx], axis=0, out=self.ys)
        self.lo, self.hi = lo, hi
        return self


class EpochRows:
    """`rows(start, stop)` is (x1, y) for the examples order[start:stop]: the images with a
    column of ones appended, [x 1], and the targets, in `dtype`, C-ordered, valid until the
    next call."""

    def __init__(self, x, labels, targets, order, dtype, ahead=True):
        self.x, self.labels, self.order = x, labels, order
        self.targets = np.asarray(targets, dtype)
        # np.take gathers straight into the scratch only from a C-ordered array of its dtype.
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
        return block.x1s[i:j], block.ys[i:j]

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


def with_ones(x, dtype):
    """[x 1]: the rows of x with a column of ones appended, in `dtype`, C-ordered."""
    x1 = np.ones((len(x), x.shape[1] + 1), dtype)
    x1[:, :-1] = x
    return x1
