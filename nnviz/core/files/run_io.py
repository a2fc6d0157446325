"""Saving and opening a recorded training run (`.npz`), so a teacher can prepare one for class.

A run file holds the network's description, every kept moment's parameters stacked per layer
(w0: (n, 16, 784), b0: (n, 16), …), their metrics, every mini-batch cost and every epoch's
results. Like model files it is read with `allow_pickle=False` (a file may come from anyone) and
every check a damaged or foreign file can fail raises a `ModelFileError` naming the file and the
problem; it is written to a temporary file and renamed into place, so a failed save leaves the
previous file intact.
"""

from pathlib import Path

import numpy as np

from nnviz.core.files.atomic import write_atomically
from nnviz.core.errors import ModelFileError
from nnviz.core.history import METRICS, History
from nnviz.core.files.model_io import (check_text, read_architecture, read_classes, read_layers,
                                  read_npz)
from nnviz.core.messages import QT_TRANSLATE_NOOP

FORMAT = "nnviz-run"
VERSION = 1
MAX_COSTS = 20_000_000    # mini-batch costs (80 MB): 3,300 epochs of MNIST at batch size 10
MAX_EPOCHS = 100_000


def save_run(path, history, meta):
    """Write `history` and meta (activation, output, cost, classes) to `path` atomically."""
    path = Path(path)
    params = history.flat_params()
    arrays = {"format": np.array(FORMAT), "version": np.array(VERSION),
              "sizes": np.array(history.sizes, np.int64), "metrics": history.metrics(),
              "metric_names": np.array(METRICS), "costs": history.costs.copy(),
              "cost_step0": np.array(history.cost_step0),
              "epochs": np.array(history.epochs, np.float64).reshape(-1, 5),
              "ratio": np.array(history.ratio)}
    for key in ("activation", "output", "cost"):
        arrays[key] = np.array(str(meta[key]))
    arrays["classes"] = np.array([str(c) for c in meta["classes"]])
    at = 0
    for l, (o, i) in enumerate(history.shapes):
        arrays[f"w{l}"] = params[:, at:at + o * i].reshape(-1, o, i)
        at += o * i
    for l, (o, _) in enumerate(history.shapes):
        arrays[f"b{l}"] = params[:, at:at + o]
        at += o
    return write_atomically(path, lambda f: np.savez_compressed(f, **arrays))


def load_run(path):
    """Read a run saved by `save_run`; returns (History, meta dict)."""
    return _run_from(*read_npz(path, QT_TRANSLATE_NOOP("Errors", "no such file"),
                               QT_TRANSLATE_NOOP("Errors", "not an nnviz run (a run is an .npz "
                                                           "zip archive; this is not)"),
                               limits={"costs": MAX_COSTS, "epochs": 5 * MAX_EPOCHS}))


def _run_from(name, data):
    check_text(name, data)
    fmt = str(data.get("format", ""))
    if fmt != FORMAT:
        what = QT_TRANSLATE_NOOP("Errors", "a saved model, not a run (open it with Load model)") \
            if fmt == "nnviz-model" else QT_TRANSLATE_NOOP("Errors", "not an nnviz run (no "
                                                                     "'format' marker)")
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {what}."), name=name, what=what)
    sizes, *kind = read_architecture(name, data, also=("metrics", "costs", "cost_step0",
                                                       "epochs", "ratio"))
    meta = dict(zip(("activation", "output", "cost"), kind))
    metrics = data["metrics"]
    n = len(metrics) if metrics.ndim else 0
    if metrics.shape != (n, len(METRICS)) or n == 0 or metrics.dtype.kind not in "iuf":
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: 'metrics' has shape {shape} "
                                                         "({dtype}), expected (moments, "
                                                         "{n_metrics}) numbers with at least "
                                                         "one moment."),
                             name=name, shape=metrics.shape, dtype=metrics.dtype,
                             n_metrics=len(METRICS))
    _counts(name, "metrics", metrics[:, :3])   # step, epoch, samples seen
    if np.any(np.diff(metrics[:, 0]) <= 0):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the recorded steps are not in "
                                                         "increasing order."), name=name)
    ws, bs = read_layers(name, data, sizes, lead=(n,))
    dtype = np.result_type(*ws)
    params = np.concatenate([a.reshape(n, -1).astype(dtype, copy=False) for a in ws + bs],
                            axis=1)
    epochs, costs = data["epochs"], data["costs"]
    if epochs.ndim != 2 or epochs.shape[1] != 5 or costs.ndim != 1 \
            or epochs.dtype.kind not in "iuf" or costs.dtype.kind not in "iuf":
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: 'epochs' or 'costs' has the "
                                                         "wrong shape or type."), name=name)
    if len(costs) > MAX_COSTS or len(epochs) > MAX_EPOCHS:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: holds {n_costs:,} mini-batch "
                                                         "costs and {n_epochs:,} epochs; nnviz "
                                                         "opens runs of at most {max_costs:,} "
                                                         "costs and {max_epochs:,} epochs."),
                             name=name, n_costs=len(costs), n_epochs=len(epochs),
                             max_costs=MAX_COSTS, max_epochs=MAX_EPOCHS)
    _counts(name, "epochs", epochs[:, :2])
    cost_step0 = _scalar(name, data, "cost_step0", 0, 2**53)
    ratio = _scalar(name, data, "ratio", 2.0**-30, 2.0**30)
    meta["classes"] = read_classes(data, sizes[-1])
    history = History.restore(sizes, params, metrics, costs, int(cost_step0), epochs, ratio)
    return history, meta


def _counts(name, key, columns):
    """Columns that hold counts (steps, epochs, samples): finite whole numbers ≥ 0."""
    if not np.all(np.isfinite(columns)) or np.any(columns < 0) or np.any(columns > 2**53) \
            or np.any(columns != np.round(columns)):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: '{key}' holds a step or epoch "
                                                         "count that is not a whole number from "
                                                         "0 to 2^53."), name=name, key=key)


def _scalar(name, data, key, lo, hi):
    """data[key] as a float: a single finite number from lo to hi, or a ModelFileError."""
    arr = data[key]
    if arr.shape != () or arr.dtype.kind not in "iuf" or not np.isfinite(arr) \
            or not lo <= float(arr) <= hi:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: '{key}' must be a single "
                                                         "number from {lo:g} to {hi:g}; it "
                                                         "holds {dtype} {shape}."),
                             name=name, key=key, lo=lo, hi=hi, dtype=arr.dtype, shape=arr.shape)
    return float(arr)
