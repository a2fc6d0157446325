"""The lesson pace: slow first mini-batches, ~28 s for the first epoch, and a worker that keeps it.

The worker test runs a real trainer on synthetic data under a fast pace and checks that the
first mini-batches are spaced as asked while later ones come in groups, and that a single step
carries the rows it trained on and the parameters from before it.
"""

import time

import numpy as np
import pytest

from nnviz.core.data.synthetic import make_synthetic
from nnviz.core.network import Network
from nnviz.core.training import Trainer
from nnviz.gui.training.pace import LessonPace, rate_at
from nnviz.gui.training.worker import TrainingWorker


def test_lesson_pace_follows_the_log_of_the_step_count():
    pace = LessonPace()
    assert 0.5 <= pace.rate(0) <= 2.0                 # the first mini-batches: about one a second
    assert 20.0 <= pace.seconds_to(6000) <= 40.0      # the lessons' first epoch (batch 10)
    assert pace.seconds_to(30 * 6000) <= 60.0         # 30 epochs, if the machine keeps up
    # equal screen time for each tenfold of steps, once past the start
    assert pace.seconds_to(60000) - pace.seconds_to(6000) == pytest.approx(
        pace.seconds_to(6000) - pace.seconds_to(600), rel=0.02)
    assert rate_at(None, 10) is None and rate_at(3.0, 10) == 3.0 and rate_at(pace, 95) == 25.0


def trainer():
    x, y, _, _ = make_synthetic(600, 10, seed=0)
    x = (x.reshape(len(x), -1) / np.float32(255)).astype(np.float32)
    net = Network.create((x.shape[1], 8, 10), seed=0)
    return Trainer(net, x, y, lr=1.0, batch_size=10, snapshot_every=1, gather_ahead=False)


def test_worker_keeps_the_pace_and_groups_fast_steps():
    t = trainer()
    worker = TrainingWorker(t, epochs=1, max_rate=1000.0)
    worker.set_speed(LessonPace(seconds_per_e_fold=0.2, start=5.0))   # 25/s at first
    times = []
    worker.snapshot_ready.connect(lambda snap: times.append((time.perf_counter(), snap.step)))
    t0 = time.perf_counter()
    worker.run()                          # on this thread: the signals are direct calls
    took = time.perf_counter() - t0
    assert times[-1][1] == 60
    expected = LessonPace(0.2, 5.0).seconds_to(60)          # 0.2·ln(13) ≈ 0.51 s
    assert expected * 0.9 <= took <= expected + 1.5
    steps = [s for _, s in times]
    assert steps[:5] == [1, 2, 3, 4, 5]   # slow at first: every mini-batch shown


def test_a_single_step_says_what_it_trained_on():
    t = trainer()
    start_w = t.net.w[0].copy()
    worker = TrainingWorker(t, epochs=1)
    got = []
    worker.snapshot_ready.connect(got.append)
    worker.step_batch()
    worker.snapshot_ready.connect(lambda snap: worker.stop())
    worker.run()
    snap = got[0]
    assert snap.step == 1 and snap.trained_on.shape == (10,)
    np.testing.assert_array_equal(snap.before[0][0], start_w)
    assert not np.array_equal(snap.w[0], start_w)
    # the rows are the trainer's: the same step from the same start reproduces the cost
    net = Network(t.net.sizes, w=[w.copy() for w in snap.before[0]],
                  b=[b.copy() for b in snap.before[1]])
    y = np.eye(10, dtype=np.float32)[t.labels[snap.trained_on]]
    assert net.cost_value(t.x[snap.trained_on], y) == pytest.approx(snap.batch_costs[-1], rel=1e-4)
