"""Samples per second of nnviz's own training loop: `Trainer.snapshots`, as the app runs it.

A measurement is the wall time of the snapshots that cover `n_samples` examples, after a
warm-up of 20 mini-batches (as `torch_bench` warms PyTorch up): the warm-up pays what a run pays
once — the step's buffers, the first block of images gathered while the trainer waits — and the
measured stretch is what every later epoch costs, epoch boundaries included (a 60,000-sample
measurement crosses one). The permutations, the per-step book-keeping and the fast step are all
inside, as they are in the GUI's worker. The trainer trains on the whole training set (random
rows spread over all of it, as in real use), without a test set, so no evaluation is timed. It
leaves out the worker thread and the views; `gui_bench` measures those.
"""

import time

from threadpoolctl import threadpool_limits

from nnviz.core.network import Network
from nnviz.core.training import Trainer

SIZES = (784, 16, 16, 10)
LR = 3.0
WARM_BATCHES = 20


def make_network(seed=0):
    return Network.create(SIZES, "sigmoid", "sigmoid", "quadratic", seed=seed)


def samples_per_second(data, batch_size, n_samples, threads=1, seed=0):
    """Train one fresh network on `n_samples` examples (whole mini-batches) after the warm-up;
    samples/s."""
    n_batches = max(1, n_samples // batch_size)
    trainer = Trainer(make_network(seed), data.train_images, data.train_labels, lr=LR,
                      batch_size=batch_size, seed=seed, snapshot_every=WARM_BATCHES)
    epochs = 2 + (WARM_BATCHES + n_batches) * batch_size // len(data.train_images)
    with threadpool_limits(threads):
        snapshots = trainer.snapshots(epochs)
        snap = next(snapshots)
        step0, t0 = trainer.step, time.perf_counter()
        while trainer.step - step0 < n_batches:
            # The next snapshot after the batches still to go, counted within the epoch (the
            # count restarts at each epoch end, which also yields a snapshot).
            done_in_epoch = 0 if snap.epoch_end else snap.batch
            trainer.snapshot_every = done_in_epoch + n_batches - (trainer.step - step0)
            snap = next(snapshots)
        seconds = time.perf_counter() - t0
        samples = trainer.samples_seen - WARM_BATCHES * batch_size
    snapshots.close()
    return samples / seconds
