"""Fuzzing the model loader: damaged, mutated and hostile .npz files load or raise ModelFileError.

A model file can come from anyone (a classmate, a download, a half-copied USB stick), so
`load_model` must turn every way the bytes can be wrong into the project's own error with the
file's name, never another exception and never a hang. The cases start from a valid tiny
model and break it the ways real damage does (flipped bits, truncation, stray bytes), plus
hostile edits a flip rarely finds: zip flags and compression methods we do not support, and
an array header announcing an enormous shape.
"""

import io
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core.errors import ModelFileError
from nnviz.core.files.model_io import load_model, save_model
from nnviz.core.network import Network


def _valid_model() -> bytes:
    buf = io.BytesIO()
    net = Network.create((6, 4, 3), seed=0)
    # save_model writes a path; the same arrays through np.savez give the same archive layout.
    from nnviz.core.files import model_io
    arrays = {"format": np.array(model_io.FORMAT), "version": np.array(model_io.VERSION),
              "sizes": np.array(net.sizes, dtype=np.int64), "activation": np.array(net.activation),
              "output": np.array(net.output), "cost": np.array(net.cost),
              "classes": np.array(["a", "b", "c"])}
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        arrays[f"w{l}"], arrays[f"b{l}"] = w, b
    np.savez(buf, **arrays)
    return buf.getvalue()


VALID = _valid_model()


def test_the_starting_point_is_a_loadable_model(tmp_path):
    path = tmp_path / "valid.npz"
    path.write_bytes(VALID)
    net, classes = load_model(path)
    assert net.sizes == (6, 4, 3) and classes == ("a", "b", "c")
    save_model(tmp_path / "again.npz", net, classes)   # and it is the format save_model writes
    assert load_model(tmp_path / "again.npz")[0].sizes == (6, 4, 3)


def _edited(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for kind, where, value in edits:
        at = where % (len(buf) + 1)
        if kind == "flip" and at < len(buf):
            buf[at] ^= value
        elif kind == "cut":
            del buf[at:]
        elif kind == "insert":
            buf[at:at] = bytes([value]) * (1 + value % 7)
        elif kind == "zero" and at < len(buf):
            buf[at:at + 1 + value % 16] = bytes(len(buf[at:at + 1 + value % 16]))
    return bytes(buf)


def _rezipped(member_bytes: dict, method=zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in member_bytes.items():
            z.writestr(name, data)
    return buf.getvalue()


def _members() -> dict:
    with zipfile.ZipFile(io.BytesIO(VALID)) as z:
        return {name: z.read(name) for name in z.namelist()}


MEMBERS = _members()
_edit = st.tuples(st.sampled_from(["flip", "cut", "insert", "zero"]), st.integers(0, 10**5),
                  st.integers(1, 255))


@st.composite
def _blobs(draw) -> bytes:
    start = draw(st.sampled_from(["random", "whole file", "one member", "hostile"]))
    if start == "random":
        return draw(st.binary(max_size=300))
    if start == "whole file":
        # Edits concentrated near the zip's headers (start and central directory at the end)
        # as well as anywhere in between.
        return _edited(VALID, draw(st.lists(_edit, min_size=1, max_size=5)))
    members = dict(MEMBERS)
    name = draw(st.sampled_from(sorted(members)))
    if start == "one member":   # a well-formed zip whose member .npy is damaged
        members[name] = _edited(members[name], draw(st.lists(_edit, min_size=1, max_size=3)))
        method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
        return _rezipped(members, method)
    hostile = draw(st.sampled_from(["huge shape", "object dtype", "flag bits", "method"]))
    if hostile == "huge shape":
        shape = draw(st.sampled_from(["(10**12,)", "(4, 6, 10**9)", "(2**62,)", "(-1,)"]))
        header = ("{'descr': '<f8', 'fortran_order': False, 'shape': %s, }" % shape)
        header = header.replace("10**12", str(10**12)).replace("10**9", str(10**9))
        header = header.replace("2**62", str(2**62))
        header += " " * (-(len(header) + 11) % 64) + "\n"
        members[name] = (b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little")
                         + header.encode("latin1") + bytes(64))
        return _rezipped(members)
    if hostile == "object dtype":
        header = "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }"
        header += " " * (-(len(header) + 11) % 64) + "\n"
        members[name] = (b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little")
                         + header.encode("latin1") + b"\x80\x04N.")
        return _rezipped(members)
    data = bytearray(VALID)
    # Local file headers start with PK\3\4; general-purpose flags at +6, method at +8.
    offsets = [i for i in range(len(data) - 4) if data[i:i + 4] == b"PK\x03\x04"]
    central = [i for i in range(len(data) - 4) if data[i:i + 4] == b"PK\x01\x02"]
    at = draw(st.sampled_from(offsets))
    cd = draw(st.sampled_from(central))
    if hostile == "flag bits":   # "encrypted", "data descriptor", … on one member
        bit = draw(st.sampled_from([0x1, 0x8, 0x40, 0x2000]))
        data[at + 6] |= bit & 0xFF
        data[at + 7] |= bit >> 8
        data[cd + 8] |= bit & 0xFF
        data[cd + 9] |= bit >> 8
    else:                        # bzip2, lzma, or a method number nobody knows
        method = draw(st.sampled_from([12, 14, 99, 1, 6]))
        data[at + 8] = data[cd + 10] = method
    return bytes(data)


# 12 × the profile's examples: 1,200 in CI, 240 in the inner loop (tests/conftest.py).
@settings(max_examples=12 * settings.default.max_examples, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(blob=_blobs())
def test_fuzzed_model_files_load_or_raise_model_file_error(tmp_path, blob):
    path = tmp_path / "fuzz.npz"
    path.write_bytes(blob)
    try:
        net, classes = load_model(path)
    except ModelFileError as err:
        assert "fuzz.npz" in str(err)
    else:   # whatever loads is a usable, finite network
        assert len(classes) == net.sizes[-1]
        for w, (n_out, n_in) in zip(net.w, zip(net.sizes[1:], net.sizes[:-1])):
            assert w.shape == (n_out, n_in) and np.all(np.isfinite(w))
        assert np.all(np.isfinite(net.feedforward(np.zeros((1, net.sizes[0]), net.dtype))))


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_other_zip_compressions_are_refused(tmp_path, method):
    """NumPy writes stored or deflated members only. Python's zipfile inflates a whole bzip2 or
    LZMA chunk at once, so a 59 KB bzip2 member reached 3.7 GiB before any size could be
    checked: these methods are refused, in one sentence, before a byte is decompressed."""
    path = tmp_path / "recompressed.npz"
    path.write_bytes(_rezipped(MEMBERS, method))
    with pytest.raises(ModelFileError, match="compressed with a method nnviz does not write"):
        load_model(path)


def test_text_beyond_unicode_is_refused_not_crashed(tmp_path):
    # Found by the fuzz above: NumPy keeps a code point above U+10FFFF in a '<U' array, and
    # turning it into a str raises SystemError deep in CPython.
    path = tmp_path / "odd.npz"
    save_model(path, Network.create((6, 4, 3), seed=0), ("a", "b", "c"))
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    classes = arrays["classes"].copy()
    classes.view("<u4")[2] = 0x110000
    arrays["classes"] = classes
    np.savez(path, **arrays)
    with pytest.raises(ModelFileError, match="classes holds text that is not valid Unicode"):
        load_model(path)
