"""A training run's history, small enough to keep and exact enough to replay.

Replaying a run means showing the network as it was at an earlier moment, so its parameters must
be kept: 51 KB per copy for 784-16-16-10 (12,730 float32), far too much to keep after every
mini-batch of a long run. `History` keeps copies log-spaced in the step count: a copy is kept
when it lies at least `ratio × step` mini-batches after the previous kept one (ratio 1/64 at
first: about 64 copies per e-fold of the run), so the first minutes, where the network changes
fastest, are dense and later epochs sparse — 30 epochs of MNIST at batch size 10 keep about 400
copies, 21 MiB. When `capacity` copies are held (2,000, or fewer if `budget_bytes`, 200 MiB by
default, says so), `ratio` doubles and the kept copies are thinned to the new spacing, so memory
stays under the budget however long the run. The training thread `offer`s every snapshot and
pays for a copy only when one is due; the GUI thread adds the snapshot it shows
(`hold_newest`), so the moment on screen can be replayed. Every mini-batch cost (4 bytes each)
and every epoch's metrics are kept in full. A replayed moment is read-only views of exactly the
recorded values. Files: `run_io.py`.
"""

import threading
from bisect import bisect_right
from typing import NamedTuple

import numpy as np

BUDGET_BYTES = 200 * 2**20
MAX_RECORDS = 2000
FIRST_RATIO = 1 / 64        # a copy every 1/64 of the steps so far: ~64 per e-fold of the run
METRICS = ("step", "epoch", "samples_seen", "lr", "batch_cost", "train_cost", "test_accuracy")


def _locked(method):
    def run(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    run.__name__, run.__doc__ = method.__name__, method.__doc__
    return run


class Moment(NamedTuple):
    step: int               # mini-batches done
    epoch: int              # the epoch in progress (0 before training)
    samples_seen: int
    lr: float
    batch_cost: float       # mean cost of the mini-batches since the previous snapshot (NaN: none)
    train_cost: float       # mean mini-batch cost of the epoch so far (NaN: none)
    test_accuracy: float    # the latest test accuracy known at that moment (NaN: none yet)
    w: list                 # read-only (n_out, n_in) per layer
    b: list                 # read-only (n_out,) per layer


class History:
    """Parameters at log-spaced moments of one run, every mini-batch cost, every epoch's metrics."""

    def __init__(self, sizes, dtype=np.float32, budget_bytes=BUDGET_BYTES,
                 max_records=MAX_RECORDS):
        self.sizes = tuple(int(s) for s in sizes)
        self.dtype = np.dtype(dtype)
        self.shapes = list(zip(self.sizes[1:], self.sizes[:-1]))       # w[l]: (n_out, n_in)
        self.n_params = sum(o * i + o for o, i in self.shapes)
        self.record_bytes = self.n_params * self.dtype.itemsize
        self.budget_bytes = int(budget_bytes)
        # 90 % of the budget for parameters; the rest is far more than costs and metrics need
        self.capacity = max(4, min(int(max_records), int(0.9 * budget_bytes) // self.record_bytes))
        self._lock = threading.RLock()   # the training thread offers, the GUI thread replays
        self.clear()

    @_locked
    def clear(self):
        self._params = []          # one flat (n_params,) copy per kept moment
        self._metrics = []         # one tuple of METRICS per kept moment
        self._tail_spaced = True   # False: the last moment is held only because it is the newest
        self.ratio = FIRST_RATIO
        self._cost_buf = np.empty(1024, np.float32)   # cost of mini-batch cost_step0 + i
        self._n_costs, self.cost_step0 = 0, 1
        self.epochs = []           # (step, epoch, train cost, test cost, test accuracy)
        self._accuracy = np.nan

    @_locked
    def __len__(self):
        return len(self._params)

    def offer(self, snap, net):
        """From the training thread, after every trainer snapshot: keep its costs and epoch
        results, and copy `net`'s parameters only when the spacing wants this step — so the
        early, fast-changing steps are all kept while the copies cost almost nothing later."""
        with self._lock:
            costs = np.asarray(snap.batch_costs, np.float32).ravel()
            self.add_costs(snap.step - costs.size + 1, costs)
            if snap.epoch_end:
                self.add_epoch(snap.step, snap.epoch, snap.train_cost, snap.test_cost,
                               snap.test_accuracy)
            if self._spaced(snap.step) or snap.epoch_end:
                self._keep(snap, net.w, net.b, costs)

    def hold_newest(self, snap):
        """From the GUI thread: a snapshot shown now (with copied w, b) becomes the newest
        moment unless a later one is already kept; the spacing may drop it later."""
        with self._lock:
            if self._metrics and snap.step <= self._metrics[-1][0]:
                return
            self._keep(snap, snap.w, snap.b, np.asarray(snap.batch_costs, np.float32))

    def _keep(self, snap, w, b, costs):
        self.record_params(snap.step, w, b, epoch=snap.epoch, samples_seen=snap.samples_seen,
                           lr=snap.lr, batch_cost=float(costs.mean()) if costs.size else np.nan,
                           train_cost=snap.train_cost)

    def _spaced(self, step):
        if not self._metrics:
            return True
        last = self._metrics[-1 if self._tail_spaced or len(self._metrics) < 2 else -2][0]
        return step - last >= self.ratio * step

    @property
    @_locked
    def steps(self):
        return [m[0] for m in self._metrics]

    @property
    @_locked
    def last_step(self):
        return self._metrics[-1][0] if self._metrics else None

    @property
    @_locked
    def nbytes(self):
        """Memory held: parameter copies, costs and metrics."""
        return (len(self._params) * self.record_bytes + self._cost_buf.nbytes
                + len(self._metrics) * 8 * len(METRICS) + len(self.epochs) * 40)

    # ---- recording ------------------------------------------------------------------------------
    @_locked
    def record(self, snap):
        """Keep a `core.training.Snapshot` carrying w and b (its costs and epoch metrics too)."""
        if self._metrics and snap.step <= self._metrics[-1][0]:
            self._truncate(snap.step)
        costs = np.asarray(snap.batch_costs, np.float32).ravel()
        self.add_costs(snap.step - costs.size + 1, costs)
        if snap.epoch_end:
            self.add_epoch(snap.step, snap.epoch, snap.train_cost, snap.test_cost,
                           snap.test_accuracy)
        mean = float(costs.mean()) if costs.size else np.nan
        self.record_params(snap.step, snap.w, snap.b, epoch=snap.epoch,
                           samples_seen=snap.samples_seen, lr=snap.lr, batch_cost=mean,
                           train_cost=snap.train_cost)

    @_locked
    def record_params(self, step, w, b, *, epoch=0, samples_seen=0, lr=np.nan,
                      batch_cost=np.nan, train_cost=np.nan, test_accuracy=None):
        """Keep a copy of w, b at `step`; a step not after the last one starts the run over."""
        step = int(step)
        if self._metrics and step <= self._metrics[-1][0]:
            self._truncate(step)
        if test_accuracy is not None:
            self._accuracy = float(test_accuracy)
        flat = np.concatenate([np.asarray(a, self.dtype).ravel() for a in (*w, *b)])
        if flat.size != self.n_params:
            raise ValueError(f"parameters of {flat.size} values for layers {self.sizes}")
        if not self._tail_spaced:            # the held newest gives way to a newer one
            self._params.pop()
            self._metrics.pop()
        spaced = not self._metrics or step - self._metrics[-1][0] >= self.ratio * step
        self._params.append(flat)
        self._metrics.append((step, int(epoch), int(samples_seen), float(lr), float(batch_cost),
                              float(train_cost), self._accuracy))
        self._tail_spaced = spaced
        if len(self._params) > self.capacity:
            self._thin()

    @_locked
    def add_costs(self, first_step, costs):
        """Costs of mini-batches first_step, first_step + 1, …; NaN fills a gap, earlier rewinds."""
        costs = np.asarray(costs, np.float32).ravel()
        if not costs.size:
            return
        if not self._n_costs or first_step < self.cost_step0:
            self._n_costs, self.cost_step0 = 0, int(first_step)
        start = int(first_step) - self.cost_step0
        end = start + costs.size
        if end > self._cost_buf.size:   # doubling: appending is O(1) amortised
            grown = np.empty(max(end, 2 * self._cost_buf.size), np.float32)
            grown[:self._n_costs] = self._cost_buf[:self._n_costs]
            self._cost_buf = grown
        self._cost_buf[min(start, self._n_costs):start] = np.nan
        self._cost_buf[start:end] = costs
        self._n_costs = end

    @property
    def costs(self):
        return self._cost_buf[:self._n_costs]

    @_locked
    def add_epoch(self, step, epoch, train_cost, test_cost=None, test_accuracy=None):
        nan = np.nan
        self.epochs = [e for e in self.epochs if e[0] < step]
        self.epochs.append((int(step), int(epoch), float(train_cost),
                            nan if test_cost is None else float(test_cost),
                            nan if test_accuracy is None else float(test_accuracy)))
        if test_accuracy is not None:
            self._accuracy = float(test_accuracy)

    def _truncate(self, step):
        """Forget everything from `step` on (a run restarted or rewound)."""
        keep = bisect_right(self.steps, step - 1)
        del self._params[keep:], self._metrics[keep:]
        self._tail_spaced = True
        self.epochs = [e for e in self.epochs if e[0] < step]
        self._accuracy = self.epochs[-1][4] if self.epochs else np.nan
        self._n_costs = min(self._n_costs, max(0, step - self.cost_step0))

    def _thin(self):
        """Double the spacing until at most 3/4 of the capacity is held; keep first and last."""
        while len(self._params) > 3 * self.capacity // 4:
            self.ratio *= 2
            keep, last = [0], self._metrics[0][0]
            for i in range(1, len(self._metrics) - 1):
                step = self._metrics[i][0]
                if step - last >= self.ratio * step:
                    keep.append(i)
                    last = step
            keep.append(len(self._metrics) - 1)
            self._params = [self._params[i] for i in keep]
            self._metrics = [self._metrics[i] for i in keep]
        self._tail_spaced = True

    # ---- replay ---------------------------------------------------------------------------------
    @_locked
    def moment(self, i):
        """The i-th kept moment: metrics and read-only views of the recorded parameters."""
        flat = self._params[i].view()
        flat.flags.writeable = False
        w, b, at = [], [], 0
        for o, n in self.shapes:
            w.append(flat[at:at + o * n].reshape(o, n))
            at += o * n
        for o, _ in self.shapes:
            b.append(flat[at:at + o])
            at += o
        return Moment(*self._metrics[i], w, b)

    @_locked
    def index_at(self, step):
        """The last kept moment at or before `step` (0 when `step` is before all of them)."""
        return max(0, bisect_right(self.steps, step) - 1)

    @_locked
    def metrics(self):
        """Every kept moment's METRICS as one float64 array (n, len(METRICS))."""
        return np.array(self._metrics, np.float64).reshape(-1, len(METRICS))

    @_locked
    def flat_params(self):
        return np.stack(self._params) if self._params else np.empty((0, self.n_params), self.dtype)

    @classmethod
    def restore(cls, sizes, params, metrics, costs, cost_step0, epochs, ratio):
        """A History from saved arrays (run_io.load_run); params (n, n_params) is taken as is."""
        h = cls(sizes, params.dtype, max_records=max(MAX_RECORDS, len(params)))
        h._params = list(params)
        h._metrics = [(int(m[0]), int(m[1]), int(m[2]), *map(float, m[3:])) for m in metrics]
        h.add_costs(int(cost_step0), costs)
        h.epochs = [(int(e[0]), int(e[1]), *map(float, e[2:])) for e in epochs]
        h.ratio = float(ratio)
        h._accuracy = h.epochs[-1][4] if h.epochs else np.nan
        return h
