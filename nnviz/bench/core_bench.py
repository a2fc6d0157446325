"""Samples per second of nnviz's own training loop: `Trainer.snapshots`, as the app runs it.

A measurement is the wall time from asking the trainer for its first snapshot to getting it, with
`snapshot_every` set so that the snapshot comes after `n_samples` examples — the permutation, the
per-step book-keeping and the fast step are all inside, as they are in the GUI's worker. The
trainer trains on the whole training set (random rows spread over all of it, as in real use),
without a test set, so no evaluation is timed. It leaves out the worker thread and the views;
`gui_bench` measures those.
"""

import time

from threadpoolctl import threadpool_limits

from nnviz.core.network import Network
from nnviz.core.training import Trainer

SIZES = (784, 16, 16, 10)
LR = 3.0


def make_network(seed=0):
    return Network.create(SIZES, "sigmoid", "sigmoid", "quadratic", seed=seed)


def samples_per_second(data, batch_size, n_samples, threads=1, seed=0):
    """Train one fresh network on `n_samples` examples (whole mini-batches); samples/s."""
    n_batches = max(1, n_samples // batch_size)
    trainer = Trainer(make_network(seed), data.train_images, data.train_labels, lr=LR,
                      batch_size=batch_size, seed=seed, snapshot_every=n_batches)
    with threadpool_limits(threads):
        trainer.train_batch(trainer.rng.permutation(len(data.train_images))[:batch_size], LR)
        # (that warm-up step built the step's buffers; samples_seen counts only the loop's)
        snapshots = trainer.snapshots(1 + n_batches * batch_size // len(data.train_images))
        t0 = time.perf_counter()
        snap = next(snapshots)
        seconds = time.perf_counter() - t0
    snapshots.close()
    return snap.samples_seen / seconds
