"""An epoch's mini-batches as slices of blocks gathered ahead from the shuffled order.

Picking a mini-batch's ten rows out of 60,000 scattered images costs more than the batch's
arithmetic when it is done one mini-batch at a time: each row is a cache miss, and each gather a
NumPy call. So the rows are gathered a block (~8 MB) at a time, and every mini-batch is a view
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

# Each block costs hand-overs between the threads (the trainer waits ~0.1 ms for the lock each
# time the gathering thread has taken it); bigger blocks, fewer of them, until they stop fitting
# in the caches. Measured on the 784-16-16-10 network, alternating in one process, against 4 MB
# blocks: at batch 10, 8 MB +3.0 %, 12 MB +1.6 %, 16 MB −16 %; at batch 100, 8 MB +4.9 %,
# 16 MB −3.3 % (the targets gathered on the trainer's thread in every case but 4 MB).
BLOCK_BYTES = 8 << 20

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
    """Rows order[lo:hi] of one epoch's order, as [x 1] and targets, in the first rows of its
    buffers."""

    def __init__(self, n_in, n_out, rows, dtype):
        self.allocate(n_in, n_out, rows, dtype)
        self.order, self.lo, self.hi = None, 0, 0
        self.x1s, self.ys = self.x_buffer[:0], self.y_buffer[:0]

    def allocate(self, n_in, n_out, rows, dtype):
        self.x_buffer = np.ones((rows, n_in + 1), dtype)     # the last column stays 1
        self.y_buffer = np.empty((rows, n_out), dtype)
        self.scratch = np.empty((rows, n_in), dtype)   # take writes fastest into a whole array

    def fits(self, n_in, n_out, dtype):
        return self.scratch.shape[1] == n_in and self.y_buffer.shape[1] == n_out \
            and self.scratch.dtype == np.dtype(dtype)

    def fill(self, rows, order, lo, hi):
        """The images of rows order[lo:hi]; on the background thread. The targets are left to
        `fill_targets`: every NumPy call here lets go of the interpreter lock and must take it
        back, and each time it does while the trainer wants it the trainer waits for a thread
        wake-up (~0.1 ms), so this thread makes as few calls as it can."""
        idx = order[lo:hi]
        k = hi - lo
        if len(self.x_buffer) < k:
            self.allocate(self.scratch.shape[1], self.y_buffer.shape[1], k, self.scratch.dtype)
        self.x1s = self.x_buffer[:k]
        if rows.direct:   # "wrap" skips the bounds check that makes take buffer its output;
            np.take(rows.x, idx, axis=0, out=self.scratch[:k], mode="wrap")  # the order is valid
            self.x1s[:, :-1] = self.scratch[:k]
        else:
            self.x1s[:, :-1] = rows.x[idx]
        self.order, self.lo, self.hi = order, lo, hi
        return self

    def fill_targets(self, rows):
        """The targets of the rows `fill` gathered; on the trainer's thread (~10 µs a block)."""
        self.ys = self.y_buffer[:self.hi - self.lo]
        np.take(rows.targets, rows.labels[self.order[self.lo:self.hi]], axis=0, out=self.ys)


class EpochRows:
    """`rows(start, stop)` is (x1, y) for the examples order[start:stop]: the images with a
    column of ones appended, [x 1], and the targets, in `dtype`, C-ordered, valid until the
    next call.

    Epoch after epoch: given `next_order`, the next epoch's order, the last block's hand-over
    also starts gathering that epoch's first block, and the next epoch's EpochRows, given this
    one as `previous`, takes it over with the buffers. Otherwise every epoch would start by
    gathering a whole block while the trainer waits (~4 ms: 2–6 % of an epoch here).
    """

    def __init__(self, x, labels, targets, order, dtype, ahead=True, previous=None,
                 next_order=None):
        self.x, self.labels, self.order, self.next_order = x, labels, order, next_order
        self.targets = np.asarray(targets, dtype)
        # np.take gathers straight into the scratch only from a C-ordered array of its dtype.
        self.direct = x.flags.c_contiguous and x.dtype == np.dtype(dtype)
        # Gathering in place (ahead=False, as in the window on 2 cores) hands nothing over, so
        # its blocks need not be big: a quarter of the size, 12 MB less memory in the window.
        block_bytes = BLOCK_BYTES if ahead else BLOCK_BYTES // 4
        self.block_rows = max(1, block_bytes // (x.shape[1] * np.dtype(dtype).itemsize))
        n_in, n_out = x.shape[1], self.targets.shape[1]
        self.ahead = ahead
        self.pending = None   # the spare block being filled by the background thread, if any
        if previous is not None and previous.current.fits(n_in, n_out, dtype):
            self.current, self.spare = previous.current, previous.spare
            self.pending, previous.pending = previous.pending, None
            self.current.lo = self.current.hi = 0   # the old epoch's rows: never served again
        else:
            self.current, self.spare = Block(n_in, n_out, 0, dtype), Block(n_in, n_out, 0, dtype)

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
        ready = None
        if self.pending is not None:
            ready = self.pending.result()    # also before refilling its buffer ourselves
            self.pending = None
        if ready is not None and ready.order is self.order and ready.lo == start \
                and ready.hi >= stop:
            self.current, self.spare = ready, self.current
        else:
            self.current.fill(self, self.order, start, min(start + size, n))
        self.current.fill_targets(self)
        hi = self.current.hi
        if self.ahead and hi < n:
            self.pending = _background().submit(self.spare.fill, self, self.order, hi,
                                                min(hi + size, n))
        elif self.ahead and self.next_order is not None:
            self.pending = _background().submit(self.spare.fill, self, self.next_order, 0,
                                                min(size, len(self.next_order)))
        return self.current


def with_ones(x, dtype):
    """[x 1]: the rows of x with a column of ones appended, in `dtype`, C-ordered."""
    x1 = np.ones((len(x), x.shape[1] + 1), dtype)
    x1[:, :-1] = x
    return x1
