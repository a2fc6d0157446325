"""Saving and loading models: exact round trips, atomic saves, and refusing bad files clearly.

A model file may come from anyone, so every malformed file must give a `ModelFileError` that
names the file, and a file holding pickled objects must be refused without ever unpickling them.
The kill test saves a large model over and over in a child process and SIGKILLs it mid-save: the
file at the target path must always be a complete, loadable model.
"""

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nnviz.core.errors import ModelFileError
from nnviz.core.files.model_io import load_model, save_model
from nnviz.core.network import Network
from nnviz.core.training import Trainer

REPO = Path(__file__).resolve().parents[2]


def model_arrays(net):
    """The arrays `save_model` writes, for hand-made variations of a valid file."""
    arrays = {"format": np.array("nnviz-model"), "version": np.array(1),
              "sizes": np.array(net.sizes), "activation": np.array(net.activation),
              "output": np.array(net.output), "cost": np.array(net.cost),
              "classes": np.array([str(i) for i in range(net.sizes[-1])])}
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        arrays[f"w{l}"], arrays[f"b{l}"] = w, b
    return arrays


def refused(path, *words):
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    message = str(caught.value)
    assert Path(path).name in message
    for word in words:
        assert word.lower() in message.lower(), message
    return message


# Round trips ---------------------------------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("activation, output, cost", [("sigmoid", "sigmoid", "quadratic"),
                                                      ("relu", "softmax", "cross-entropy"),
                                                      ("tanh", "sigmoid", "cross-entropy")])
def test_round_trip_is_exact(tmp_path, dtype, activation, output, cost):
    net = Network.create((784, 16, 12, 10), activation, output, cost, seed=3, dtype=dtype)
    classes = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    path = save_model(tmp_path / "m.npz", net, classes)
    loaded, loaded_classes = load_model(path)
    assert loaded.sizes == (784, 16, 12, 10)
    assert (loaded.activation, loaded.output, loaded.cost) == (activation, output, cost)
    assert loaded_classes == classes
    assert loaded.dtype == dtype
    for a, b in zip(net.w + net.b, loaded.w + loaded.b):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()
    x = np.random.default_rng(0).random((3, 784)).astype(dtype)
    np.testing.assert_array_equal(net.feedforward(x), loaded.feedforward(x))


def test_default_class_names_are_the_digits(tmp_path):
    save_model(tmp_path / "m.npz", Network.create((4, 3, 10)))
    assert load_model(tmp_path / "m.npz")[1] == tuple("0123456789")


def test_a_trained_network_round_trips(tmp_path):
    # The trainer may keep w and b as strided views into its own buffers; they must save as is.
    rng = np.random.default_rng(0)
    x, labels = rng.random((50, 16)).astype(np.float32), rng.integers(0, 4, 50)
    net = Network.create((16, 8, 4), seed=0)
    for _ in Trainer(net, x, labels, lr=1.0, batch_size=5).snapshots(1):
        pass
    save_model(tmp_path / "t.npz", net)
    loaded, _ = load_model(tmp_path / "t.npz")
    for a, b in zip(net.w + net.b, loaded.w + loaded.b):
        np.testing.assert_array_equal(a, b)


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path):
    net = Network.create((10, 5, 3))
    save_model(tmp_path / "m.npz", net)
    save_model(tmp_path / "m.npz", Network.create((10, 5, 3), seed=9))  # overwrite
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]
    assert load_model(tmp_path / "m.npz")[0].w[0].tobytes() == \
        Network.create((10, 5, 3), seed=9).w[0].tobytes()


def test_a_failed_save_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "m.npz"
    old = Network.create((10, 5, 3), seed=1)
    save_model(path, old)
    before = path.read_bytes()

    def broken_savez(file, **arrays):
        file.write(b"half a model")
        raise OSError("disk full")
    monkeypatch.setattr(np, "savez", broken_savez)
    with pytest.raises(OSError, match="disk full"):
        save_model(path, Network.create((10, 5, 3), seed=2))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


# Refusing bad files --------------------------------------------------------------------------

def test_missing_file(tmp_path):
    refused(tmp_path / "nothing.npz", "no such model file")


def test_random_bytes_are_not_a_model(tmp_path):
    path = tmp_path / "noise.npz"
    path.write_bytes(np.random.default_rng(0).bytes(5000))
    refused(path, "not an nnviz model")


def test_a_zip_that_is_not_ours(tmp_path):
    path = tmp_path / "letters.npz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a model")
    refused(path, "not an nnviz model")


def test_an_npz_without_the_format_marker(tmp_path):
    arrays = model_arrays(Network.create((6, 4, 3)))
    del arrays["format"]
    path = tmp_path / "plain.npz"
    np.savez(path, **arrays)
    refused(path, "format")


def test_an_npz_with_a_wrong_format_marker(tmp_path):
    arrays = dict(model_arrays(Network.create((6, 4, 3))), format=np.array("someone-else"))
    path = tmp_path / "theirs.npz"
    np.savez(path, **arrays)
    refused(path, "not an nnviz model")


@pytest.mark.parametrize("key", ["w1", "b0", "sizes", "activation"])
def test_missing_arrays(tmp_path, key):
    arrays = model_arrays(Network.create((6, 4, 3)))
    del arrays[key]
    path = tmp_path / f"no-{key}.npz"
    np.savez(path, **arrays)
    refused(path, "missing", key)


@pytest.mark.parametrize("key, bad", [("w0", np.zeros((4, 7))), ("w1", np.zeros((4, 3))),
                                      ("b1", np.zeros(4)), ("w0", np.zeros((4, 6), np.int64))])
def test_wrong_shapes_or_types(tmp_path, key, bad):
    arrays = dict(model_arrays(Network.create((6, 4, 3))), **{key: bad})
    path = tmp_path / "shapes.npz"
    np.savez(path, **arrays)
    refused(path, key, "expected")


def test_sizes_that_are_not_whole_numbers(tmp_path):
    arrays = dict(model_arrays(Network.create((6, 4, 3))), sizes=np.array([6.0, 4.0, 3.0]))
    path = tmp_path / "floaty.npz"
    np.savez(path, **arrays)
    refused(path, "sizes")


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_non_finite_weights(tmp_path, value):
    net = Network.create((6, 4, 3))
    arrays = model_arrays(net)
    arrays["w1"] = net.w[1].copy()
    arrays["w1"][2, 1] = value
    path = tmp_path / "nan.npz"
    np.savez(path, **arrays)
    refused(path, "w1", "NaN or infinite")


@pytest.mark.parametrize("key, value, words", [("activation", "swish", "unknown activation"),
                                               ("output", "relu", "unknown output"),
                                               ("cost", "hinge", "unknown cost")])
def test_unknown_options(tmp_path, key, value, words):
    arrays = dict(model_arrays(Network.create((6, 4, 3))), **{key: np.array(value)})
    path = tmp_path / "options.npz"
    np.savez(path, **arrays)
    refused(path, words, value)


def test_truncated_file(tmp_path):
    path = tmp_path / "cut.npz"
    save_model(path, Network.create((100, 50, 10)))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path)


class Trap:
    """Unpickling this creates a file: proof that a loader ran code from the model file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


def test_pickled_objects_are_refused_without_unpickling(tmp_path):
    marker = tmp_path / "unpickled"
    arrays = model_arrays(Network.create((6, 4, 3)))
    arrays["w0"] = np.array([Trap(marker), 1.0], dtype=object)
    path = tmp_path / "evil.npz"
    np.savez(path, **arrays)
    assert "pickle" in refused(path, "pickle")
    assert not marker.exists()


# Killed mid-save -----------------------------------------------------------------------------

BIG = (784, 2000, 2000, 10)  # ≈ 5.6 M float64 parameters, ≈ 45 MB on disk

SAVER = """
import sys
sys.path.insert(0, {repo!r})
import numpy as np
from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network
net = Network.create({sizes}, seed=1, dtype=np.float64)
print("ready", flush=True)
while True:
    save_model({path!r}, net)
"""


def fingerprint(net):
    return net.w[0][:3, :3].tobytes() + net.w[2][-1].tobytes() + net.b[1].tobytes()


@pytest.mark.slow   # ~9 s: child processes killed mid-save, again and again
def test_killing_a_save_never_leaves_a_broken_model(tmp_path):
    path = tmp_path / "big.npz"
    expected = {fingerprint(Network.create(BIG, seed=s, dtype=np.float64)): s for s in (0, 1)}
    save_model(path, Network.create(BIG, seed=0, dtype=np.float64))
    code = SAVER.format(repo=str(REPO), sizes=BIG, path=str(path))
    # One save takes 0.15–0.5 s here; spread the kills over the first few saves.
    delays = [random.uniform(0.3 * k, 0.3 * (k + 1)) for k in range(5)]
    random.shuffle(delays)
    for delay in delays:
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(delay)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        net, classes = load_model(path)
        assert net.sizes == BIG and net.dtype == np.float64 and len(classes) == 10
        assert fingerprint(net) in expected  # one of the whole models, never a mixture
    # A killed process cannot delete its temporary file. Any left behind are hidden files beside
    # the model, never the model itself; and at least one kill must have landed mid-save, or
    # this test proved nothing.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "big.npz"]
    assert all(name.startswith(".big.npz.") and name.endswith(".part") for name in leftovers)
    assert leftovers, "no kill interrupted a save"
