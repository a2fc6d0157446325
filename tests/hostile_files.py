"""A generated suite of hostile files: one maker per way a file can attack or confuse nnviz.

Each case is (kind, name, make, expect). `make(folder, scale)` writes the file (or FIFO, or
symbolic link to a device) into `folder` and returns its path; `scale` multiplies the sizes of
the bombs (1 for the quick run, more for the slow variant). `expect` is "refused" (one
sentence, the project's own error) or "loads" (unusual but fine: it must open). `open_as(kind,
path)` is the reader the window and the command line use for that kind of file. Models, runs,
IDX, CSV, images, class-names files and settings; sizes, encodings, compressions, devices,
pipes and links.
"""

import bz2
import gzip
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

MB = 2**20


# ---- helpers ---------------------------------------------------------------------------------
def _npy_header(shape, dtype="<f4"):
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False,
                                               "shape": tuple(shape)})
    return buf.getvalue()


def _model_arrays(sizes=(6, 4, 3), classes=("a", "b", "c")):
    rng = np.random.default_rng(0)
    arrays = {"format": np.array("nnviz-model"), "version": np.array(1),
              "sizes": np.array(sizes, np.int64), "activation": np.array("sigmoid"),
              "output": np.array("sigmoid"), "cost": np.array("quadratic"),
              "classes": np.array(list(classes))}
    for l, (i, o) in enumerate(zip(sizes[:-1], sizes[1:])):
        arrays[f"w{l}"] = rng.standard_normal((o, i)).astype(np.float32)
        arrays[f"b{l}"] = rng.standard_normal(o).astype(np.float32)
    return arrays


def _npz(path, arrays, method=zipfile.ZIP_DEFLATED, extra=()):
    """Arrays as .npy members, then `extra` (name, header bytes, body chunks) streamed in."""
    with zipfile.ZipFile(path, "w", method) as z:
        for key, a in arrays.items():
            buf = io.BytesIO()
            np.save(buf, a, allow_pickle=True)
            z.writestr(f"{key}.npy", buf.getvalue())
        for name, header, chunks in extra:
            with z.open(name, "w", force_zip64=True) as f:
                f.write(header)
                for chunk in chunks:
                    f.write(chunk)
    return path


def _zeros(total, chunk=8 * MB):
    block = bytes(chunk)
    while total > 0:
        yield block[:min(chunk, total)]
        total -= chunk


def _fifo(folder, name):
    path = folder / name
    os.mkfifo(path)
    return path


def _device_link(folder, name, device="/dev/zero"):
    path = folder / name
    path.symlink_to(device)
    return path


# ---- models ----------------------------------------------------------------------------------
def model_bz2_bomb(folder, scale):
    """A tiny file whose bzip2 member inflates to 256 MB × scale (once 3.7 GiB of memory)."""
    arrays = _model_arrays()
    data = _npy_header((64 * MB * scale,)) + bytes(256 * MB * scale)
    path = _npz(folder / "bz2-bomb.npz", arrays)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_BZIP2) as z:
        z.writestr("w9.npy", data)
    return path


def model_deflate_lies(folder, scale):
    """w0's header says (4, 6) floats, then 256 MB × scale of zeros follow."""
    arrays = _model_arrays()
    del arrays["w0"]
    return _npz(folder / "deflate-lies.npz", arrays,
                extra=[("w0.npy", _npy_header((4, 6)), _zeros(256 * MB * scale))])


def model_header_claims_terabytes(folder, scale):
    arrays = _model_arrays()
    del arrays["w0"]
    return _npz(folder / "claims-tb.npz", arrays,
                extra=[("w0.npy", _npy_header((2**20, 2**20)), [bytes(64)])])


def model_claims_within_budget_but_short(folder, scale):
    arrays = _model_arrays()
    del arrays["w0"]
    return _npz(folder / "claims-400mb.npz", arrays,
                extra=[("w0.npy", _npy_header((100 * MB,)), [bytes(1024)])])


def model_many_members(folder, scale):
    arrays = _model_arrays()
    arrays.update({f"x{i}": np.zeros(1) for i in range(2000)})
    return _npz(folder / "many.npz", arrays)


def model_pickle(folder, scale):
    arrays = _model_arrays()
    arrays["classes"] = np.array([object(), 1, "c"], dtype=object)
    return _npz(folder / "pickle.npz", arrays)


def model_huge_layers(folder, scale):
    arrays = _model_arrays()
    arrays["sizes"] = np.array([784] + [4096] * 60 + [10], np.int64)
    return _npz(folder / "sixty-4096s.npz", arrays)


def model_hostile_class_names(folder, scale):
    """Loads, with names cleaned: an escape sequence, markup, a lone surrogate, 1M characters."""
    names = ("\x1b[31mred\x1b[0m\nforged line", "<img src='x.png'>", "\udc80" + "y" * 10**6)
    return _npz(folder / "names.npz", _model_arrays(classes=names))


def model_fifo(folder, scale):
    return _fifo(folder, "fifo.npz")


def model_dev_zero(folder, scale):
    return _device_link(folder, "zero.npz")


# ---- runs ------------------------------------------------------------------------------------
def _run_arrays():
    from nnviz.core.history import METRICS, History
    from nnviz.core.network import Network
    net = Network.create((6, 4, 3), seed=0)
    h = History(net.sizes)
    h.record_params(0, net.w, net.b)
    h.record_params(5, net.w, net.b)
    params = h.flat_params()
    arrays = {"format": np.array("nnviz-run"), "version": np.array(1),
              "sizes": np.array(net.sizes, np.int64),
              "metrics": np.array([[0, 0, 0, 3.0, np.nan, np.nan, np.nan],
                                   [5, 1, 50, 3.0, 0.2, 0.2, np.nan]]),
              "metric_names": np.array(METRICS), "costs": np.full(5, 0.2, np.float32),
              "cost_step0": np.array(1), "epochs": np.zeros((0, 5)), "ratio": np.array(1 / 64),
              "activation": np.array("sigmoid"), "output": np.array("sigmoid"),
              "cost": np.array("quadratic"), "classes": np.array(["a", "b", "c"])}
    at = 0
    for l, (o, i) in enumerate(h.shapes):
        arrays[f"w{l}"] = params[:, at:at + o * i].reshape(-1, o, i)
        at += o * i
    for l, (o, _) in enumerate(h.shapes):
        arrays[f"b{l}"] = params[:, at:at + o]
        at += o
    return arrays


def _run_with(name, **changes):
    def make(folder, scale):
        arrays = _run_arrays()
        arrays.update(changes)
        return _npz(folder / f"run-{name}.npz", arrays)
    make.__name__ = f"run_{name}"
    return make


def run_fifty_million_costs(folder, scale):
    arrays = _run_arrays()
    del arrays["costs"]
    return _npz(folder / "run-50m-costs.npz", arrays,
                extra=[("costs.npy", _npy_header((50_000_000,)), _zeros(200 * MB))])


RUN_CASES = [
    _run_with("nan-step0", cost_step0=np.array(np.nan)),
    _run_with("inf-ratio", ratio=np.array(np.inf)),
    _run_with("text-step0", cost_step0=np.array("one")),
    _run_with("array-ratio", ratio=np.array([1.0, 2.0])),
    _run_with("huge-step0", cost_step0=np.array(10.0**30)),
    _run_with("nan-metrics", metrics=np.array([[np.nan] * 7, [5, 1, 50, 3, 0, 0, 0]])),
    _run_with("text-metrics", metrics=np.array([["a"] * 7, ["b"] * 7])),
    _run_with("2d-costs", costs=np.zeros((3, 3), np.float32)),
    _run_with("text-costs", costs=np.array(["x", "y"])),
    _run_with("nan-epochs", epochs=np.full((2, 5), np.nan)),
    _run_with("empty-metrics", metrics=np.zeros((0, 7))),
    _run_with("scalar-metrics", metrics=np.array(3.0)),
]


# ---- IDX -------------------------------------------------------------------------------------
def _idx_header(dims):
    return ((0x08 << 8) | len(dims)).to_bytes(4, "big") + np.array(dims, ">u4").tobytes()


def idx_gzip_bomb(folder, scale):
    """The header promises 10 images of 28×28; the gzip stream inflates to 256 MB × scale."""
    path = folder / "bomb-images-idx3-ubyte.gz"
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(_idx_header((10, 28, 28)))
        for chunk in _zeros(256 * MB * scale):
            f.write(chunk)
    return path


def idx_claims_too_much(folder, scale):
    path = folder / "claims-images-idx3-ubyte"
    path.write_bytes(_idx_header((2**32 - 1, 1000, 1000)) + bytes(100))
    return path


def idx_no_images(folder, scale):
    """An images file and its labels file, both empty but well formed."""
    (folder / "none-labels-idx1-ubyte").write_bytes(_idx_header((0,)))
    path = folder / "none-images-idx3-ubyte"
    path.write_bytes(_idx_header((0, 28, 28)))
    return path


def idx_fifo(folder, scale):
    return _fifo(folder, "fifo-images-idx3-ubyte")


def idx_dev_zero(folder, scale):
    return _device_link(folder, "zero-images-idx3-ubyte")


def idx_gzip_then_junk(folder, scale):
    path = folder / "junk-images-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(_idx_header((1, 2, 2)) + bytes(4)) + os.urandom(4096))
    return path


# ---- CSV -------------------------------------------------------------------------------------
def csv_latin1(folder, scale):
    path = folder / "latin1.csv"
    path.write_bytes("étiquette,p1,p2,p3,p4\n1,0,0,0,0\n".encode("latin-1"))
    return path


def csv_binary(folder, scale):
    path = folder / "binary.csv"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 300_000, np.uint8).tobytes())
    return path


def csv_endless_line(folder, scale):
    path = folder / "one-line.csv"
    with open(path, "wb") as f:
        for _ in range(20 * scale):
            f.write(b"1," * (MB // 2))
    return path


def csv_fifo(folder, scale):
    return _fifo(folder, "fifo.csv")


def csv_dev_zero(folder, scale):
    return _device_link(folder, "zero.csv")


# ---- images ----------------------------------------------------------------------------------
def _bmp_rle(width):
    """An 8-bit run-length-encoded BMP of width × 1 pixels: two bytes per 255 pixels."""
    runs = width // 255
    body = b"\xff\x01" * runs + b"\x00\x01"            # runs of colour 1, then end of bitmap
    palette = b"".join(bytes((v, v, v, 0)) for v in range(256))
    offset = 14 + 40 + len(palette)
    info = struct.pack("<IiiHHIIiiII", 40, width, 1, 1, 8, 1, len(body), 2835, 2835, 256, 0)
    return b"BM" + struct.pack("<IHHI", offset + len(body), 0, 0, offset) + info + palette + body


def image_bmp_three_million(folder, scale):
    path = folder / "wide.bmp"
    path.write_bytes(_bmp_rle(3_000_000))
    return path


def image_bmp_twenty_million(folder, scale):
    path = folder / "wider.bmp"
    path.write_bytes(_bmp_rle(20_000_000))
    return path


def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def image_png_claims_huge(folder, scale):
    path = folder / "huge.png"
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(bytes(100_001 * 4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
                     + _png_chunk(b"IEND", b""))
    return path


def _png(width, height):
    rows = b"".join(b"\x00" + bytes([255 if 4 < x < 12 else 0 for x in range(width)])
                    for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(rows)) + _png_chunk(b"IEND", b""))


def image_non_utf8_name(folder, scale):
    """A valid PNG whose file name is not UTF-8 (Latin-1 'é'): it must read."""
    path = Path(os.fsdecode(bytes(folder) + b"/caf\xe9.png"))
    path.write_bytes(_png(16, 16))
    return path


def image_truncated(folder, scale):
    path = folder / "cut.png"
    path.write_bytes(_png(16, 16)[:40])
    return path


def image_fifo(folder, scale):
    return _fifo(folder, "fifo.png")


def image_dev_zero(folder, scale):
    return _device_link(folder, "zero.png")


# ---- class names -----------------------------------------------------------------------------
def names_huge_code(folder, scale):
    path = folder / "mapping.txt"
    path.write_text("0 48\n1 99999999999999999999\n")
    return path


def names_surrogate_code(folder, scale):
    path = folder / "mapping-surrogate.txt"
    path.write_text("0 55296\n1 49\n")
    return path


def names_too_big(folder, scale):
    path = folder / "names.txt"
    path.write_text("x" * (2 * MB))
    return path


def names_binary(folder, scale):
    path = folder / "names-binary.txt"
    path.write_bytes(b"\xff\xfe\x00\x00" * 100)
    return path


def names_dev_zero(folder, scale):
    return _device_link(folder, "zero-names.txt")


def names_fifo(folder, scale):
    return _fifo(folder, "fifo-names.txt")


# ---- settings --------------------------------------------------------------------------------
def settings_garbage(folder, scale):
    """Every key holds something its schema refuses; reading falls back to the defaults."""
    from nnviz.gui.settings import SCHEMA
    path = folder / "settings.ini"
    values = ["nan", "1e999", "-1", "784,16²,10", "\x1b[2J", "x" * 100_000, "@Variant(\\0\\0)",
              "1,2", "true"]
    lines = ["[General]"] + [f"{key}={values[i % len(values)]}"
                             for i, key in enumerate(SCHEMA)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CASES = [
    ("model", model_bz2_bomb, "refused"), ("model", model_deflate_lies, "refused"),
    ("model", model_header_claims_terabytes, "refused"),
    ("model", model_claims_within_budget_but_short, "refused"),
    ("model", model_many_members, "refused"), ("model", model_pickle, "refused"),
    ("model", model_huge_layers, "refused"), ("model", model_hostile_class_names, "loads"),
    ("model", model_fifo, "refused"), ("model", model_dev_zero, "refused"),
    ("run", run_fifty_million_costs, "refused"),
    *[("run", make, "refused") for make in RUN_CASES],
    ("idx_images", idx_gzip_bomb, "refused"), ("idx_images", idx_claims_too_much, "refused"),
    ("idx_images", idx_fifo, "refused"), ("idx_images", idx_dev_zero, "refused"),
    ("idx_images", idx_gzip_then_junk, "refused"), ("idx_pair", idx_no_images, "refused"),
    ("csv", csv_latin1, "refused"), ("csv", csv_binary, "refused"),
    ("csv", csv_endless_line, "refused"), ("csv", csv_fifo, "refused"),
    ("csv", csv_dev_zero, "refused"),
    ("image", image_bmp_three_million, "refused"), ("image", image_bmp_twenty_million, "refused"),
    ("image", image_png_claims_huge, "refused"), ("image", image_non_utf8_name, "loads"),
    ("image", image_truncated, "refused"), ("image", image_fifo, "refused"),
    ("image", image_dev_zero, "refused"),
    ("names", names_huge_code, "refused"), ("names", names_surrogate_code, "refused"),
    ("names", names_too_big, "refused"), ("names", names_binary, "refused"),
    ("names", names_dev_zero, "refused"), ("names", names_fifo, "refused"),
    ("settings", settings_garbage, "loads"),
]


def open_as(kind, path):
    """Read `path` the way nnviz reads a file of this kind; returns a short description."""
    if kind == "model":
        from nnviz.core.files.model_io import load_model
        net, classes = load_model(path)
        assert all(len(c) <= 60 and c.isprintable() for c in classes), classes
        assert all(not (0xD800 <= ord(ch) <= 0xDFFF) for c in classes for ch in c)
        return f"model {net.sizes}"
    if kind == "run":
        from nnviz.core.files.run_io import load_run
        return f"run of {len(load_run(path)[0])} moments"
    if kind == "idx_images":
        from nnviz.core.data.idx import read_idx_images
        return f"images {read_idx_images(path).shape}"
    if kind == "idx_pair":
        from nnviz.core.data.idx import read_idx_pair
        labels = Path(path).with_name(Path(path).name.replace("images-idx3", "labels-idx1"))
        return f"pair {read_idx_pair(path, labels)[0].shape}"
    if kind == "csv":
        from nnviz.core.data.csv_import import import_csv
        return f"csv {import_csv(path)[0].n_inputs}"
    if kind == "image":
        from nnviz.gui.image_files import read_grey
        return f"image {read_grey(path).shape}"
    if kind == "names":
        from nnviz.core.data.idx_import import read_class_names
        return f"names {len(read_class_names(path))}"
    if kind == "settings":
        from PySide6.QtCore import QSettings

        from nnviz.gui.settings import SCHEMA, Settings
        values = Settings(QSettings(str(path), QSettings.Format.IniFormat)).all()
        assert values.keys() == SCHEMA.keys()
        return f"settings ({sum(values[k] == SCHEMA[k][0] for k in SCHEMA)} defaults)"
    raise ValueError(kind)
