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
from nnviz.core.text import clean_name
from nnviz.core.network import MAX_LAYERS, Network, check_architecture
from nnviz.core.messages import QT_TRANSLATE_NOOP

FORMAT = "nnviz-model"
VERSION = 1
MAX_BYTES = 512 * 2**20   # of array data in one file: a model of MAX_PARAMETERS as float64 (400 MB)
                          # or a run at its budget (200 MiB of moments, MAX_COSTS costs) fits
MAX_MEMBERS = 8 + 2 * MAX_LAYERS   # format, version, sizes, kinds, classes…; w and b per layer
CHUNK = 1 << 20            # bytes decompressed at a time


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
    name, arrays = read_npz(path, QT_TRANSLATE_NOOP("Errors", "no such model file"),
                            QT_TRANSLATE_NOOP("Errors", "not an nnviz model (an .npz file is a "
                                                        "zip archive; this is not)"))
    return _network_from(name, arrays)


def read_npz(path, missing, not_zip, limits=None):
    """(file name, arrays) of an .npz file that must exist and be a zip archive; otherwise a
    `ModelFileError` saying `missing` or `not_zip`. Models and runs are both read this way.
    `limits` maps a member to the most elements it may hold, checked before it is read."""
    path = Path(path)
    name = path.name
    if not path.is_file():   # False for a FIFO or a device as well as for a missing file
        if not path.exists():
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {missing}."),
                                 name=name, missing=missing)
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: not a regular file (a folder, "
                                                         "device or pipe)."), name=name)
    if not zipfile.is_zipfile(path):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {not_zip}."),
                             name=name, not_zip=not_zip)
    return name, read_arrays(path, name, limits or {})


def read_arrays(path, name, limits=None):
    """The .npy members of an .npz file as arrays, read without trusting a size it announces.

    `np.load` allocates whatever shape a header states before reading a byte, and the zip's own
    size fields are only claims, so every member is decompressed as a stream: its .npy header
    is read first, the shape it announces is checked against what is left of `MAX_BYTES`
    before anything is allocated, exactly that many bytes are read, and a single byte more is
    damage. A 59 KB file that inflates to gigabytes is refused after at most `MAX_BYTES` have
    been read, with peak memory no higher than the largest file nnviz accepts. Object arrays
    (pickles) are refused unread. Whatever goes wrong becomes a `ModelFileError` naming the file.
    """
    try:
        return _read_members(path, name, limits or {})
    except ModelFileError:
        raise
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, OverflowError,
            MemoryError, zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error) as e:
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks.
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: damaged .npz archive "
                                                         "({error}: {e})."),
                             name=name, error=type(e).__name__, e=e) from None


def _read_members(path, name, limits):
    data, budget = {}, MAX_BYTES
    with zipfile.ZipFile(path) as z:
        members = [i for i in z.infolist() if i.filename.endswith(".npy")]
        if len(members) > MAX_MEMBERS:
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: holds {n_members:,} "
                                                             "arrays; an nnviz file has at most "
                                                             "{max_members}, so it is damaged "
                                                             "or not nnviz's."),
                                 name=name, n_members=len(members), max_members=MAX_MEMBERS)
        for info in members:
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # NumPy writes stored or deflated members only; bzip2 and LZMA would let a few
                # kilobytes of input expand by millions before a size could be checked.
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name}: {filename} is compressed with a method "
                                                "nnviz does not write (zip method "
                                                "{compress_type})."),
                    name=name, filename=info.filename, compress_type=info.compress_type)
            with z.open(info) as f:
                array = _array_from(name, info.filename, f, budget,
                                    limits.get(info.filename[:-4]))
            budget -= array.nbytes
            data[info.filename[:-4]] = array
    return data


def _array_from(name, member, f, budget, most=None):
    """One .npy member read from the stream f, refusing more than `budget` bytes of data (and
    more than `most` elements, when given, with a sentence that says the bound)."""
    try:
        major, _ = np.lib.format.read_magic(f)
        read_header = {1: np.lib.format.read_array_header_1_0,
                       2: np.lib.format.read_array_header_2_0}[major]
        shape, fortran, dtype = read_header(f)
    except Exception as e:   # NumPy's header parser raises ValueError, SyntaxError, TokenError…
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {member} has a damaged array "
                                                         "header ({error})."),
                             name=name, member=member, error=type(e).__name__) from None
    if dtype.hasobject:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: contains pickled Python "
                                                         "objects, which nnviz refuses to load "
                                                         "because unpickling can run code."),
                             name=name)
    count = 1
    for n in shape:
        count *= n
    if most is not None and count > most:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {member} holds {count:,} "
                                                         "values; nnviz opens files with at "
                                                         "most {most:,} there."),
                             name=name, member=member, count=count, most=most)
    size = count * dtype.itemsize          # Python ints: a hostile shape cannot overflow
    if size > budget:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {member} announces shape "
                                                         "{shape} ({dtype}), more than the {mb} "
                                                         "MiB nnviz reads from one file; the "
                                                         "file is damaged or not nnviz's."),
                             name=name, member=member, shape=shape, dtype=dtype,
                             mb=MAX_BYTES >> 20)
    flat = np.empty(count, dtype=dtype)
    view = memoryview(flat).cast("B") if size else memoryview(b"")
    got = 0
    while got < size:
        n = f.readinto(view[got:got + CHUNK])
        if not n:
            break
        got += n
    if got != size or f.read(1):
        sentence = (QT_TRANSLATE_NOOP("Errors", "{name}: {member} announces shape {shape} "
                                                "({dtype}) but holds fewer bytes of data; the "
                                                "file is damaged.") if got < size else
                    QT_TRANSLATE_NOOP("Errors", "{name}: {member} announces shape {shape} "
                                                "({dtype}) but holds more bytes of data; the "
                                                "file is damaged."))
        raise ModelFileError(sentence, name=name, member=member, shape=shape, dtype=dtype)
    return flat.reshape(shape, order="F" if fortran else "C")


def check_text(name, data):
    """Refuse text arrays holding code points beyond Unicode (> U+10FFFF): NumPy stores them,
    but turning one into a Python string fails deep inside CPython."""
    for key, arr in data.items():
        if arr.dtype.kind == "U" and arr.size:
            order = ">" if arr.dtype.byteorder == ">" else "<"
            codes = np.frombuffer(arr.tobytes(), dtype=f"{order}u4")
            if codes.max() > 0x10FFFF:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name}: {key} holds text that is not valid "
                                                "Unicode."),
                    name=name, key=key)


def _network_from(name, data):
    check_text(name, data)
    if str(data.get("format", "")) != FORMAT:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: an .npz file, but not an "
                                                         "nnviz model (no 'format' marker)."),
                             name=name)
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
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: missing {missing}."),
                             name=name, missing=", ".join(missing))
    sizes = data["sizes"]
    if sizes.ndim != 1 or sizes.dtype.kind not in "iu":
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: 'sizes' must be a list of "
                                                         "whole numbers."), name=name)
    sizes = tuple(int(s) for s in sizes)
    activation, output, cost = (str(data[k]) for k in ("activation", "output", "cost"))
    try:
        check_architecture(sizes, activation, output, cost)
    except ConfigError as e:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {e}"), name=name, e=e) from None
    return sizes, activation, output, cost


def read_layers(name, data, sizes, lead=()):
    """Every layer's w{l} and b{l}, checked: present, floats, finite, shaped lead + (n_out, n_in)
    and lead + (n_out,) (a run stores one per recorded moment: lead = (moments,))."""
    w, b = [], []
    for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        for key, shape, into in ((f"w{l}", (*lead, n_out, n_in), w), (f"b{l}", (*lead, n_out), b)):
            if key not in data:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name}: missing array {key} for layer {layer}."),
                    name=name, key=key, layer=l + 1)
            arr = data[key]
            if arr.shape != shape or arr.dtype.kind != "f":
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name}: {key} has shape {shape} ({dtype}), "
                                                "expected {expected} floats for layers {sizes}."),
                    name=name, key=key, shape=arr.shape, dtype=arr.dtype, expected=shape,
                    sizes=sizes)
            if not np.all(np.isfinite(arr)):
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name}: {key} contains NaN or infinite values."),
                    name=name, key=key)
            into.append(arr)
    return w, b


def read_classes(data, n):
    """The stored class names, or 0 … n − 1 where there are none or they do not fit."""
    classes = data.get("classes")
    if classes is None or classes.shape != (n,) or classes.dtype.kind != "U":
        classes = [str(i) for i in range(n)]
    return tuple(clean_name(c) for c in classes)
