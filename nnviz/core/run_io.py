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

from nnviz.core.atomic import write_atomically
from nnviz.core.errors import ConfigError, ModelFileError
from nnviz.core.history import METRICS, History
from nnviz.core.model_io import check_text, read_npz
from nnviz.core.network import check_architecture

FORMAT = "nnviz-run"
VERSION = 1


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
    return _run_from(*read_npz(path, "no such file",
                               "not an nnviz run (a run is an .npz zip archive; this is not)"))


def _run_from(name, data):
    check_text(name, data)
    fmt = str(data.get("format", ""))
    if fmt != FORMAT:
        what = "a saved model, not a run (open it with Load model)" if fmt == "nnviz-model" \
            else "not an nnviz run (no 'format' marker)"
        raise ModelFileError(f"{name}: {what}.")
    missing = [k for k in ("sizes", "activation", "output", "cost", "metrics", "costs",
                           "cost_step0", "epochs", "ratio") if k not in data]
    if missing:
        raise ModelFileError(f"{name}: missing {', '.join(missing)}.")
    sizes = data["sizes"]
    if sizes.ndim != 1 or sizes.dtype.kind not in "iu":
        raise ModelFileError(f"{name}: 'sizes' must be a list of whole numbers.")
    sizes = tuple(int(s) for s in sizes)
    meta = {k: str(data[k]) for k in ("activation", "output", "cost")}
    try:
        check_architecture(sizes, meta["activation"], meta["output"], meta["cost"])
    except ConfigError as e:
        raise ModelFileError(f"{name}: {e}") from None
    metrics = data["metrics"]
    n = len(metrics)
    if metrics.shape != (n, len(METRICS)) or n == 0:
        raise ModelFileError(f"{name}: 'metrics' has shape {metrics.shape}, expected "
                             f"(moments, {len(METRICS)}) with at least one moment.")
    if np.any(np.diff(metrics[:, 0]) <= 0):
        raise ModelFileError(f"{name}: the recorded steps are not in increasing order.")
    ws, bs = [], []
    for l, (n_in, o) in enumerate(zip(sizes[:-1], sizes[1:])):
        for key, shape, into in ((f"w{l}", (n, o, n_in), ws), (f"b{l}", (n, o), bs)):
            arr = data.get(key)
            if arr is None:
                raise ModelFileError(f"{name}: missing array {key} for layer {l + 1}.")
            if arr.shape != shape or arr.dtype.kind != "f":
                raise ModelFileError(f"{name}: {key} has shape {arr.shape} ({arr.dtype}), "
                                     f"expected {shape} floats.")
            if not np.all(np.isfinite(arr)):
                raise ModelFileError(f"{name}: {key} contains NaN or infinite values.")
            into.append(arr.reshape(n, -1))
    dtype = np.result_type(*ws)
    params = np.concatenate([a.astype(dtype, copy=False) for a in ws + bs], axis=1)
    epochs, costs = data["epochs"], data["costs"]
    if epochs.ndim != 2 or epochs.shape[1] != 5 or costs.ndim != 1:
        raise ModelFileError(f"{name}: 'epochs' or 'costs' has the wrong shape.")
    classes = data.get("classes")
    if classes is None or classes.shape != (sizes[-1],) or classes.dtype.kind != "U":
        classes = [str(i) for i in range(sizes[-1])]
    meta["classes"] = tuple(str(c) for c in classes)
    history = History.restore(sizes, params, metrics, costs, int(data["cost_step0"]), epochs,
                              float(data["ratio"]))
    return history, meta
