"""The mini-batch costs of a run, kept so that drawing them stays cheap however long the run gets.

`CostHistory` is CostView's model, plain NumPy with no Qt: a growable buffer of every mini-batch
cost (capacity doubles, so appending is O(1) amortised), their bias-corrected exponential moving
average, and a min/max per bin over the whole run that each append extends in O(new costs).
Min/max bins keep every spike and dip, which a mean or plain decimation would hide; the bins widen by doubling so
there are never more than `max_bins`. Drawing, axes and epochs belong to the view.
"""

import math

import numpy as np


def _grown(buffer, needed):
    """`buffer`, or a bigger copy with room for `needed` items."""
    if needed <= len(buffer):
        return buffer
    bigger = np.empty(max(needed, 2 * len(buffer)), buffer.dtype)
    bigger[:len(buffer)] = buffer
    return bigger


def peaks(y, block):
    """Min and max of each run of `block` values (the last run may be short); NaN gaps ignored."""
    m = len(y) // block
    lo = np.fmin.reduce(y[:m * block].reshape(m, block), axis=1)
    hi = np.fmax.reduce(y[:m * block].reshape(m, block), axis=1)
    if len(y) > m * block:
        lo = np.append(lo, np.fmin.reduce(y[m * block:]))
        hi = np.append(hi, np.fmax.reduce(y[m * block:]))
    return lo, hi


BLOCK = 256   # costs per block of the vectorised average: (1 − α)^256 stays far from 0


def moving_average(c, alpha, s=math.nan):
    """s_t = s_{t−1} + α (c_t − s_{t−1}) for the costs c, continuing from s (NaN: not started,
    the first cost starts it); a NaN cost leaves s as it is.

    A Python loop over 20,000,000 costs (a long run opened from a file) took 19 s on the GUI
    thread. Here the recurrence s_t = d_t s_{t−1} + a_t (d = 1 − α, a = α c; d = 1, a = 0 for
    a NaN) is solved for blocks of BLOCK costs at once with cumulative products and sums, and
    only the value carried from block to block is a Python loop (one step per BLOCK costs).
    """
    c = np.asarray(c, np.float64)
    out = np.empty_like(c)
    valid = c == c
    if s != s:
        first = int(np.argmax(valid)) if valid.any() else len(c)
        out[:first] = math.nan
        if first == len(c):
            return out
        s = out[first] = c[first]
        c, valid, rest = c[first + 1:], valid[first + 1:], out[first + 1:]
    else:
        rest = out
    n = len(c)
    if n == 0:
        return out
    size = -(-n // BLOCK) * BLOCK
    d = np.ones(size)
    a = np.zeros(size)
    d[:n][valid] = 1.0 - alpha
    a[:n][valid] = alpha * c[valid]
    d, a = d.reshape(-1, BLOCK), a.reshape(-1, BLOCK)
    p = np.cumprod(d, axis=1)                # product of the decays so far, within each block
    w = np.cumsum(a / p, axis=1) * p         # each block's own contribution, from s = 0
    starts = np.empty(len(p))
    for j, (p_end, w_end) in enumerate(zip(p[:, -1].tolist(), w[:, -1].tolist())):
        starts[j] = s
        s = p_end * s + w_end
    rest[:] = (p * starts[:, None] + w).ravel()[:n]
    return out


class CostHistory:
    """Costs of mini-batches step0, step0 + 1, …, their moving average, and min/max bins."""

    def __init__(self, smoothing=100, max_bins=2000):
        self.smoothing = smoothing  # span of the moving average, in mini-batches
        self.max_bins = max_bins
        self.clear()

    def clear(self):
        self._costs = np.empty(1024)  # the cost of mini-batch step0 + i at index i
        self._ema = np.empty(1024)    # the bias-corrected moving average at index i …
        self._weight = np.empty(1024)  # … and 1 − β^k, k the costs averaged so far
        self.n, self.step0 = 0, None
        self.version = 0              # changes with every append, for caching what was drawn
        self.block = 1                # costs per bin, a power of two
        self._lo = np.empty(self.max_bins)
        self._hi = np.empty(self.max_bins)

    @property
    def costs(self):
        return self._costs[:self.n]

    @property
    def average(self):
        return self._ema[:self.n]

    def add(self, first_step, costs):
        """Append; a first_step inside what is stored rewinds to it, one beyond leaves a NaN gap."""
        costs = np.asarray(costs, dtype=np.float64).ravel()
        if costs.size == 0:
            return
        if self.step0 is None or first_step < self.step0:
            self.n, self.step0 = 0, int(first_step)
        start = int(first_step) - self.step0
        keep = min(self.n, start)
        end = start + costs.size
        self._costs = _grown(self._costs, end)
        self._ema = _grown(self._ema, end)
        self._weight = _grown(self._weight, end)
        self._costs[keep:start] = np.nan
        self._costs[start:end] = costs
        self._extend_average(keep, end)
        self.n = end
        self.version += 1
        self._extend_bins(keep)

    def binned(self, i0, i1):
        """(k, lo, hi): min and max of costs[i0:i1] in bins of k, with k ≤ ~(i1 - i0) / max_bins.

        For the whole run this is the kept summary; for a part it is computed from the buffer.
        """
        if (i0, i1) == (0, self.n):
            nb = -(-self.n // self.block)
            return self.block, self._lo[:nb], self._hi[:nb]
        k = 1 << max(0, math.ceil(math.log2(max(i1 - i0, 1) / self.max_bins)))
        return (k, *peaks(self._costs[i0:i1], k))

    def _extend_average(self, i0, i1):
        """The bias-corrected EMA over costs[i0:i1], continuing from index i0 − 1.

        s_k = β s_{k−1} + (1 − β) c_k from s_0 = 0 underestimates while k is small (it still
        remembers the 0 it started from); s_k / w_k with w_k = 1 − β^k (the same recurrence run
        on ones) corrects that, as Adam does. The first value is then the first cost, and the
        first few are close to the average of the costs so far — not the first cost dragged
        along for hundreds of mini-batches. NaN gaps are skipped (they leave s and w as they
        are). Both recurrences are `moving_average`'s vectorised one, started from 0.
        """
        alpha = 2.0 / (self.smoothing + 1.0)
        if i0 > 0 and self._weight[i0 - 1] > 0:
            w0 = float(self._weight[i0 - 1])
            s0 = float(self._ema[i0 - 1]) * w0
        else:
            s0 = w0 = 0.0
        c = self._costs[i0:i1]
        ones = np.where(c == c, 1.0, math.nan)
        s = moving_average(c, alpha, s0)
        w = moving_average(ones, alpha, w0)
        with np.errstate(invalid="ignore", divide="ignore"):
            self._ema[i0:i1] = np.where(w > 0, s / w, math.nan)
        self._weight[i0:i1] = w

    def _extend_bins(self, i0):
        """Bring the min/max bins up to date from cost index i0 on."""
        if -(-self.n // self.block) > self.max_bins:  # widen and redo: log2(n) times per run
            while -(-self.n // self.block) > self.max_bins:
                self.block *= 2
            i0 = 0
        b0 = i0 // self.block
        lo, hi = peaks(self._costs[b0 * self.block:self.n], self.block)
        self._lo[b0:b0 + len(lo)] = lo
        self._hi[b0:b0 + len(hi)] = hi
