"""Stochastic gradient descent over shuffled mini-batches, as a generator of snapshots.

`Trainer.snapshots(epochs)` runs the loop and yields a `Snapshot` every `snapshot_every`
mini-batches and at the end of every epoch (with the test cost and accuracy). The caller owns the
pace: a GUI worker pulls snapshots from a thread and may pause between them, change `lr` or
`batch_size` (read afresh before every mini-batch), or set `snapshot_every = 1` to step one
mini-batch at a time. The core never sleeps or prints; the one thread it starts gathers the next
block of training images while this one trains (`batches.py`).

The update for each mini-batch is  v ← μv − η(∇C + (λ/n)w),  w ← w + v  (plain SGD when μ = 0).
"""

import math
import time
from dataclasses import dataclass

import numpy as np

from nnviz.core.engine import batches
from nnviz.core.augment import dropout as dropout_
from nnviz.core.engine import fast_step
from nnviz.core.errors import ConfigError, DivergenceError
from nnviz.core.network import check_seed
from nnviz.core.messages import QT_TRANSLATE_NOOP

SCHEDULES = ("constant", "step", "cosine")


@dataclass
class Snapshot:
    epoch: int                 # 1-based epoch in progress (or just finished when epoch_end)
    batch: int                 # mini-batches done in this epoch
    batches_per_epoch: int
    step: int                  # mini-batches done in total
    samples_seen: int
    batch_costs: np.ndarray    # the cost of every mini-batch since the previous snapshot
    train_cost: float          # mean mini-batch cost over this epoch so far
    lr: float                  # the learning rate in force (after the schedule)
    batch_size: int
    seconds: float             # time spent training (evaluation excluded)
    epoch_end: bool = False
    test_cost: float = None
    test_accuracy: float = None
    w: list = None             # copies of the parameters, when asked for
    b: list = None
    trained_on: np.ndarray = None   # for a single step: the rows of x its mini-batch used
    before: tuple = None            # ... and copies of the parameters ([w], [b]) before it


class Trainer:
    """SGD state for one network and one training set; hyper-parameters may change between steps."""

    def __init__(self, net, train_x, train_labels, test_x=None, test_labels=None, *, lr=3.0,
                 batch_size=10, momentum=0.0, l2=0.0, schedule="constant", seed=0,
                 snapshot_every=100, with_params=False, augment=None, dropout=0.0,
                 gather_ahead=True):
        self.net = net
        self.x, self.labels = train_x, np.asarray(train_labels)
        self.test_x, self.test_labels = test_x, test_labels
        self.lr, self.batch_size, self.momentum, self.l2 = lr, batch_size, momentum, l2
        self.schedule = schedule
        self.snapshot_every, self.with_params = snapshot_every, with_params
        self.rng = np.random.default_rng(check_seed(seed))
        self.targets = np.eye(net.sizes[-1], dtype=net.dtype)  # row k is the one-hot target of class k
        self.v_w = [np.zeros_like(w) for w in net.w]
        self.v_b = [np.zeros_like(b) for b in net.b]
        self.epoch, self.step, self.samples_seen, self.seconds = 0, 0, 0, 0.0
        self._fast_step = None  # made on the first step; re-made whenever the arrays are replaced
        self._rows = None        # the last epoch's batches.EpochRows: its buffers serve the next
        self._next_order = None  # the next epoch's order, when drawn ahead
        # Augmentation (an `augment.Augment` or None) and dropout p on the hidden layers are read
        # before every mini-batch, like η. They draw from their own generator, so the order of
        # the examples is the same with them or without.
        self.augment, self.dropout = augment, dropout
        self.noise_rng = np.random.default_rng((seed, 1))
        # Gather the next block of images on a background thread (batches.py): off where no core
        # is free for it, e.g. in the window on a 2-core machine, whose GUI thread needs the other.
        self.gather_ahead = gather_ahead
        self.validate()

    def validate(self):
        """Refuse settings that cannot train, with a reason a person can act on."""
        n = len(self.x)
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the learning rate must be a positive "
                                                          "number; got {lr}."), lr=self.lr)
        if not (isinstance(self.batch_size, (int, np.integer)) and 1 <= self.batch_size <= n):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the batch size must be a whole "
                                                          "number from 1 to {n} (the training "
                                                          "set's size); got {batch_size}."),
                              n=n, batch_size=self.batch_size)
        if not 0 <= self.momentum < 1:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "momentum must be in [0, 1); got "
                                                          "{momentum}."), momentum=self.momentum)
        if not (isinstance(self.dropout, (int, float)) and 0 <= self.dropout < 1):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "dropout must be a probability in [0, "
                                                          "1); got {dropout}."),
                              dropout=self.dropout)
        if not self.l2 >= 0:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "L2 regularisation must be zero or "
                                                          "positive; got {l2}."), l2=self.l2)
        if self.schedule not in SCHEDULES:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown schedule {schedule!r}; "
                                                          "choose {schedules}."),
                              schedule=self.schedule, schedules=", ".join(SCHEDULES))
        if self.x.shape[1] != self.net.sizes[0]:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the network takes {inputs} inputs "
                                                          "but the images have {pixels} pixels."),
                              inputs=self.net.sizes[0], pixels=self.x.shape[1])
        if int(self.labels.max(initial=0)) >= self.net.sizes[-1]:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the data has {classes} classes but "
                                                          "the network has {outputs} outputs."),
                              classes=int(self.labels.max()) + 1, outputs=self.net.sizes[-1])

    def scheduled_lr(self, progress):
        """η after the schedule, at `progress` = fraction of all planned epochs done."""
        if self.schedule == "step":
            return self.lr * 0.5 ** math.floor(progress * 3)  # halve at 1/3 and 2/3 of the run
        if self.schedule == "cosine":
            return self.lr * 0.5 * (1.0 + math.cos(math.pi * min(progress, 1.0)))
        return self.lr

    def train_batch(self, idx, lr):
        """One SGD step on the examples `idx` (integers); returns the mini-batch cost before it."""
        dtype = self.net.dtype
        return self.stepper()(batches.with_ones(self.x[idx], dtype),
                              np.asarray(self.targets[self.labels[idx]], dtype), lr)

    def stepper(self):
        """The function (x1, y, η) → C that does one step with the current settings, on images
        already gathered with a column of ones appended, x1 = [x 1], and their targets y, in the
        network's dtype.

        Usually that is `fast_step.FastStep`, which turns `net.w`, `net.b`, `v_w` and `v_b` into
        views of its own buffers and is made again whenever they are replaced; `textbook_step`
        is the same update written plainly. The snapshot loop asks for the stepper again after
        every yield, the only moment its caller can change the settings.
        """
        augment = self.augment if self.augment is not None and self.augment.active else None
        step = self._fast_step
        if self.dropout or not fast_step.supports(self.net):
            step = self.textbook_step
        elif step is None or not step.matches(self):
            step = self._fast_step = fast_step.FastStep(self)
        if step is self._fast_step:
            step.momentum, step.decay = self.momentum, self.l2 / len(self.x)
        if augment is None:
            return step
        dtype = self.net.dtype
        return lambda x1, y, lr: step(
            batches.with_ones(augment(x1[:, :-1], self.noise_rng), dtype), y, lr)

    def textbook_step(self, x1, y, lr):
        """The same step written plainly; for networks the fast kernel does not handle, and
        for dropout."""
        net, x = self.net, x1[:, :-1]
        if self.dropout:
            masks = dropout_.masks(net.sizes, len(x), self.dropout, self.noise_rng, net.dtype)
            nabla_w, nabla_b, C = dropout_.backprop(net, x, y, masks)
        else:
            nabla_w, nabla_b, C = net.backprop(x, y)
        if not math.isfinite(C):
            return C
        decay = self.l2 / len(self.x)
        for w, b, nw, nb, vw, vb in zip(net.w, net.b, nabla_w, nabla_b, self.v_w, self.v_b):
            if decay:
                nw += decay * w
            if self.momentum:
                vw *= self.momentum
                vw -= lr * nw
                vb *= self.momentum
                vb -= lr * nb
                w += vw
                b += vb
            else:
                w -= lr * nw
                b -= lr * nb
        return C

    def snapshot(self, costs, epoch_cost_sum, batch, batches_per_epoch, lr, epoch_end=False):
        snap = Snapshot(self.epoch, batch, batches_per_epoch, self.step, self.samples_seen,
                        np.array(costs, dtype=np.float64), epoch_cost_sum / max(batch, 1),
                        lr, self.batch_size, self.seconds, epoch_end)
        if epoch_end and self.test_x is not None:
            snap.test_cost, snap.test_accuracy = self.net.evaluate(self.test_x, self.test_labels)
        if self.with_params or epoch_end:
            snap.w, snap.b = self.parameters()
        return snap

    def parameters(self):
        """Copies of the network's weights and biases: ([w], [b])."""
        return [w.copy() for w in self.net.w], [b.copy() for b in self.net.b]

    def snapshots(self, epochs):
        """Train for `epochs` more epochs, yielding snapshots; raises DivergenceError on NaN/inf.

        Between two snapshots the loop does only what each mini-batch needs: the settings are
        checked, the stepper chosen and the clock read once per run of mini-batches, since the
        caller changes them while the generator waits at a yield. `batch_size`, `lr` and
        `snapshot_every` are still read before every mini-batch, so that a pause (which sets
        `snapshot_every` = 1 from the GUI thread) takes effect after the very next one.
        """
        n = len(self.x)
        first_epoch = self.epoch
        for e in range(epochs):
            self.epoch += 1
            # The next epoch's order is drawn an epoch early, so that its first block can be
            # gathered while this epoch ends; kept on the trainer, so the orders are the same
            # sequence however the runs are cut.
            order = self._next_order
            if order is None or len(order) != n:
                order = self.rng.permutation(n)
            self._next_order = self.rng.permutation(n) if e < epochs - 1 else None
            rows = self._rows = batches.EpochRows(
                self.x, self.labels, self.targets, order, self.net.dtype,
                ahead=self.gather_ahead, previous=self._rows, next_order=self._next_order)
            start, batch, costs, epoch_cost_sum = 0, 0, [], 0.0
            backup = self.parameters()
            while start < n:
                self.validate_live()
                step, run_start, first, t0 = self.stepper(), len(costs), start, time.perf_counter()
                # A step that overshoots overflows to inf and NaN; the checks below catch that
                # and say so in words, so NumPy's RuntimeWarnings would only be noise. (A caller
                # that asked for errors, np.errstate(all="raise"), still gets them.)
                with np.errstate(**{k: "ignore" for k, v in np.geterr().items() if v == "warn"}):
                    while True:   # one run of mini-batches, up to the next snapshot
                        stop = min(start + self.batch_size, n)
                        x1, y = rows(start, stop)
                        lr = self.lr if self.schedule == "constant" else self.scheduled_lr(
                            (self.epoch - 1 - first_epoch + start / n) / epochs)
                        C = step(x1, y, lr)
                        if not math.isfinite(C):
                            break
                        costs.append(C)
                        batch += 1
                        start = stop
                        if start >= n or batch % self.snapshot_every == 0:
                            break
                self.seconds += time.perf_counter() - t0
                self.step += len(costs) - run_start
                self.samples_seen += start - first
                epoch_cost_sum = sum(costs[run_start:], epoch_cost_sum)
                if not math.isfinite(C):
                    self.restore(backup)
                    raise DivergenceError(
                        QT_TRANSLATE_NOOP("Errors", "the cost became {c} at epoch {epoch}, "
                                                    "mini-batch {batch} (learning rate {lr:g}): "
                                                    "the steps overshoot. The parameters from "
                                                    "before the blow-up were kept; try a "
                                                    "smaller learning rate."),
                        c=C, epoch=self.epoch, batch=batch + 1, lr=lr)
                bpe = batch + math.ceil((n - start) / self.batch_size)
                # A step can overflow the parameters while the cost before it was finite; never
                # hand out, or keep as the backup, parameters that are not all finite.
                if not self.finite():
                    self.restore(backup)
                    raise DivergenceError(
                        QT_TRANSLATE_NOOP("Errors", "the parameters became infinite or NaN at "
                                                    "epoch {epoch}, mini-batch {batch} "
                                                    "(learning rate {lr:g}): the steps "
                                                    "overshoot. The parameters from before the "
                                                    "blow-up were kept; try a smaller learning "
                                                    "rate."),
                        epoch=self.epoch, batch=batch, lr=lr)
                if start >= n:
                    yield self.snapshot(costs, epoch_cost_sum, batch, bpe, lr, True)
                else:
                    yield self.snapshot(costs, epoch_cost_sum, batch, bpe, lr)
                    costs = []
                    backup = self.parameters()

    def batch_rows(self, batch):
        """The indices into the training set of mini-batch `batch` (1-based) of the epoch in
        progress, assuming the batch size did not change during it."""
        order = self._rows.order if self._rows is not None else np.arange(len(self.x))
        stop = min(batch * self.batch_size, len(order))
        return order[max(stop - self.batch_size, 0):stop].copy()

    def finite(self):
        return all(np.isfinite(a).all() for a in (*self.net.w, *self.net.b))

    def restore(self, backup):
        """Put back parameters saved before a blow-up; the velocity that overshot starts over."""
        self.net.w, self.net.b = backup
        self.v_w = [np.zeros_like(w) for w in self.net.w]
        self.v_b = [np.zeros_like(b) for b in self.net.b]

    def validate_live(self):
        """Settings changed from outside between mini-batches are checked before they are used."""
        if not (self.batch_size >= 1 and 0 < self.lr < math.inf and 0 <= self.dropout < 1):
            self.validate()
