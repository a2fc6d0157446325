"""Saving and loading a network as a plain `.npz` file, safely in both directions.

Loading never unpickles (`allow_pickle=False`): a model file may come from anyone, and a pickle
can run code. Every check a hand-made or damaged file could fail gives a `ModelFileError` naming
the file and the problem. Saving writes a temporary file beside the target and renames it into
place only when complete, so a crash or a kill mid-save leaves the previous file intact.
"""

import io
import lzma
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnviz.core.files.atomic import write_atomically
from nnviz.core.errors import ConfigError, ModelFileError
from nnviz.core.network import Network, check_architecture

FORMAT = "nnviz-model"
VERSION = 1
MAX_BYTES = 2**30   # far above any model or run (≤ 200 MiB); a header claiming more is damage


def save_model(path, net, classes=None):
    """Write `net` (and optional output class names) to `path` atomically."""
    path = Path(path)
    arrays = {
        "format": np.array(FORMAT), "version": np.array(VERSION),
        "sizes": np.array(net.sizes, dtype=np.int64), "activation": np.array(net.activation),
        "output": np.array(net.output), "cost": np.array(net.cost),
        "classes": np.array(list(classes) if classes else [str(i) for i in range(net.sizes[-1])]),
    }
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        arrays[f"w{l}"], arrays[f"b{l}"] = np.ascontiguousarray(w), np.ascontiguousarray(b)
    return write_atomically(path, lambda f: np.savez(f, **arrays))


def load_model(path):
    """Read a model saved by `save_model`; returns (Network, class names)."""
    name, arrays = read_npz(path, "no such model file",
                            "not an nnviz model (an .npz file is a zip archive; this is not)")
    return _network_from(name, arrays)


def read_npz(path, missing, not_zip):
    """(file name, arrays) of an .npz file that must exist and be a zip archive; otherwise a
    `ModelFileError` saying `missing` or `not_zip`. Models and runs are both read this way."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ModelFileError(f"{name}: {missing}.")
    if not zipfile.is_zipfile(path):
        raise ModelFileError(f"{name}: {not_zip}.")
    return name, read_arrays(path, name)


def read_arrays(path, name):
    """The .npy members of an .npz file as arrays, read without trusting a size it announces.

    `np.load` allocates whatever shape a header states before reading a byte, so a damaged
    header asking for terabytes would stop the app; here every member's size is checked
    against the bytes actually present first, and object arrays (pickles) are refused unread.
    Whatever goes wrong becomes a `ModelFileError` naming the file.
    """
    try:
        return _read_members(path, name)
    except ModelFileError:
        raise
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, OverflowError,
            MemoryError, zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error) as e:
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks.
        raise ModelFileError(f"{name}: damaged .npz archive ({type(e).__name__}: {e}).") from None


def _read_members(path, name):
    data = {}
    with zipfile.ZipFile(path) as z:
        members = [i for i in z.infolist() if i.filename.endswith(".npy")]
        if sum(i.file_size for i in members) > MAX_BYTES:
            raise ModelFileError(f"{name}: its arrays claim more than {MAX_BYTES >> 30} GiB, "
                                 f"which no nnviz model needs; the file is damaged.")
        for info in members:
            data[info.filename[:-4]] = _array_from(name, info.filename, z.read(info))
    return data


def _array_from(name, member, raw):
    f = io.BytesIO(raw)
    try:
        major, _ = np.lib.format.read_magic(f)
        read_header = {1: np.lib.format.read_array_header_1_0,
                       2: np.lib.format.read_array_header_2_0}[major]
        shape, fortran, dtype = read_header(f)
    except Exception as e:   # NumPy's header parser raises ValueError, SyntaxError, TokenError…
        raise ModelFileError(f"{name}: {member} has a damaged array header "
                             f"({type(e).__name__}).") from None
    if dtype.hasobject:
        raise ModelFileError(f"{name}: contains pickled Python objects, which nnviz refuses to "
                             f"load because unpickling can run code.")
    count = 1
    for n in shape:
        count *= n
    if count * dtype.itemsize != len(raw) - f.tell():
        raise ModelFileError(f"{name}: {member} announces shape {shape} ({dtype}) but holds "
                             f"{len(raw) - f.tell()} bytes of data; the file is damaged.")
    flat = np.frombuffer(raw, dtype=dtype, count=count, offset=f.tell())
    return flat.reshape(shape, order="F" if fortran else "C").copy()


def check_text(name, data):
    """Refuse text arrays holding code points beyond Unicode (> U+10FFFF): NumPy stores them,
    but turning one into a Python string fails deep inside CPython."""
    for key, arr in data.items():
        if arr.dtype.kind == "U" and arr.size:
            order = ">" if arr.dtype.byteorder == ">" else "<"
            codes = np.frombuffer(arr.tobytes(), dtype=f"{order}u4")
            if codes.max() > 0x10FFFF:
                raise ModelFileError(f"{name}: {key} holds text that is not valid Unicode.")


def _network_from(name, data):
    check_text(name, data)
    if str(data.get("format", "")) != FORMAT:
        raise ModelFileError(f"{name}: an .npz file, but not an nnviz model (no 'format' marker).")
    sizes, activation, output, cost = read_architecture(name, data)
    w, b = read_layers(name, data, sizes)
    dtype = np.result_type(*w)
    net = Network(sizes, activation, output, cost,
                  [a.astype(dtype) for a in w], [a.astype(dtype) for a in b])
    return net, read_classes(data, sizes[-1])


def read_architecture(name, data, also=()):
    """(sizes, activation, output, cost) of an opened model or run file, checked: those keys and
    `also` are present, the sizes are whole numbers, and nnviz can build the network."""
    missing = [k for k in ("sizes", "activation", "output", "cost", *also) if k not in data]
    if missing:
        raise ModelFileError(f"{name}: missing {', '.join(missing)}.")
    sizes = data["sizes"]
    if sizes.ndim != 1 or sizes.dtype.kind not in "iu":
        raise ModelFileError(f"{name}: 'sizes' must be a list of whole numbers.")
    sizes = tuple(int(s) for s in sizes)
    activation, output, cost = (str(data[k]) for k in ("activation", "output", "cost"))
    try:
        check_architecture(sizes, activation, output, cost)
    except ConfigError as e:
        raise ModelFileError(f"{name}: {e}") from None
    return sizes, activation, output, cost


def read_layers(name, data, sizes, lead=()):
    """Every layer's w{l} and b{l}, checked: present, floats, finite, shaped lead + (n_out, n_in)
    and lead + (n_out,) (a run stores one per recorded moment: lead = (moments,))."""
    w, b = [], []
    for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        for key, shape, into in ((f"w{l}", (*lead, n_out, n_in), w), (f"b{l}", (*lead, n_out), b)):
            if key not in data:
                raise ModelFileError(f"{name}: missing array {key} for layer {l + 1}.")
            arr = data[key]
            if arr.shape != shape or arr.dtype.kind != "f":
                raise ModelFileError(f"{name}: {key} has shape {arr.shape} ({arr.dtype}), "
                                     f"expected {shape} floats for layers {sizes}.")
            if not np.all(np.isfinite(arr)):
                raise ModelFileError(f"{name}: {key} contains NaN or infinite values.")
            into.append(arr)
    return w, b


def read_classes(data, n):
    """The stored class names, or 0 … n − 1 where there are none or they do not fit."""
    classes = data.get("classes")
    if classes is None or classes.shape != (n,) or classes.dtype.kind != "U":
        classes = [str(i) for i in range(n)]
    return tuple(str(c) for c in classes)
