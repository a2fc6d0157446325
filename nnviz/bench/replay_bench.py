"""What recording a run for replay costs, and how fast scrubbing is: `python -m nnviz.bench.replay_bench`.

* `History.record` of one 784-16-16-10 snapshot (a copy kept), in microseconds.
* In the training window: the training thread's time spent in `History.offer` per second of
  training (the robust number: the overhead itself), and the training speed with the worker's
  recorder on versus off, measured alternately in pairs; the ratio is the median of the per-pair
  ratios, and noisy on a busy machine.
* Scrubbing: from setting the slider to every view updated and painted (`window.repaint()`).
It leaves out real screens: offscreen, painting costs what it costs in memory.
"""

import os
import statistics
import sys
import time

import numpy as np


def record_microseconds(n=2000):
    from nnviz.core.history import History
    from nnviz.core.network import Network
    from nnviz.core.training import Snapshot
    net = Network.create((784, 16, 16, 10))
    h = History(net.sizes)
    snaps = [Snapshot(1, s, 6000, s, 10 * s, np.ones(10), 0.5, 3.0, 10, 0.0, False, None, None,
                      [w.copy() for w in net.w], [b.copy() for b in net.b])
             for s in range(10, 10 * n + 1, 10)]
    t0 = time.perf_counter()
    for snap in snaps:
        h.record(snap)
    return (time.perf_counter() - t0) / n * 1e6


def window_speed_ratio(app, window, seconds, pairs, say):
    from nnviz.bench.gui_bench import speed
    worker, offer = window.training.session.worker, window.replay.history.offer
    spent = []

    def timed(snap, net):
        t0 = time.perf_counter()
        offer(snap, net)
        spent.append(time.perf_counter() - t0)
    ratios, on_seconds = [], 0.0
    for k in range(pairs):
        speeds = {}
        order = (("off", None), ("on", timed))
        for name, recorder in order if k % 2 == 0 else order[::-1]:   # drift cancels
            worker.recorder = recorder
            window.training.session.resume()
            t0 = time.perf_counter()
            speeds[name] = speed(app, window.training.session.trainer, seconds)
            on_seconds += (time.perf_counter() - t0) if name == "on" else 0.0
            window.training.session.pause()
        ratios.append(speeds["on"] / speeds["off"])
        say(f"  replay pair {k + 1}/{pairs}: recording off {speeds['off']:,.0f}/s, "
            f"on {speeds['on']:,.0f}/s")
    worker.recorder = offer
    # the robust number: training-thread time spent recording per second of training
    return statistics.median(ratios), sum(spent) / on_seconds, statistics.median(spent) * 1e6


def scrub_milliseconds(app, window, n=40):
    from nnviz.bench.gui_bench import wait
    wait(app, lambda: window.replay.history is not None and len(window.replay.history) > 3, 30)
    last = len(window.replay.history) - 1
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        window.replay.timeline.slider.setValue((i * 7) % last)
        window.repaint()
        times.append((time.perf_counter() - t0) * 1000)
    window.replay.go_live()
    return times


def measure(data_dir=None, synthetic=True, seconds=3.0, pairs=4, say=print):
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)
    from nnviz.bench.gui_bench import bench_window, wait

    result = {"record_us_per_snapshot": record_microseconds()}
    with bench_window(data_dir, synthetic) as (app, window):
        if window.model.data is None:
            say("  replay: the dataset did not load; skipped")
            return result
        window.controls.set_values({"epochs": 1000})   # not to finish mid-measurement
        window.training.toggle_training()
        wait(app, lambda: window.training.session.trainer.step > 0, 30)
        window.training.session.pause()
        (result["train_speed_ratio_recording_on"], result["record_share_in_window"],
         result["offer_us_in_window_median"]) = window_speed_ratio(app, window, seconds,
                                                                    pairs, say)
        scrub = scrub_milliseconds(app, window)
        result["scrub_ms_median"], result["scrub_ms_max"] = statistics.median(scrub), max(scrub)
        result["history_moments"] = len(window.replay.history)
        result["history_mb"] = window.replay.history.nbytes / 2**20
        window.training.stop()
    say("  replay: " + "; ".join(f"{k} = {v:.3g}" for k, v in result.items()))
    return result

if __name__ == "__main__":
    measure(data_dir=os.environ.get("NNVIZ_DATA"), synthetic="--mnist" not in sys.argv)
