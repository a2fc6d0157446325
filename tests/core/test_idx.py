"""The IDX reader: round trips, every malformed file a user might hand us, and a fuzz test.

The contract under test is narrow: a file either loads as the right arrays or raises a
`DataError` naming the file — never an IndexError, ValueError or zlib traceback.
"""

from __future__ import annotations

import gzip

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core.data.idx import read_idx_images, read_idx_labels, read_idx_pair, write_idx
from nnviz.core.errors import DataError

IMAGES = np.arange(3 * 4 * 5, dtype=np.uint8).reshape(3, 4, 5)   # (n, rows, cols)
LABELS = np.array([0, 9, 4], dtype=np.uint8)


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_round_trip(tmp_path, suffix):
    images = write_idx(tmp_path / f"images{suffix}", IMAGES)
    labels = write_idx(tmp_path / f"labels{suffix}", LABELS)
    x, y = read_idx_pair(images, labels)
    assert x.dtype == np.uint8 and y.dtype == np.uint8
    np.testing.assert_array_equal(x, IMAGES)
    np.testing.assert_array_equal(y, LABELS)


def test_header_is_big_endian_with_standard_magic(tmp_path):
    raw = write_idx(tmp_path / "images", IMAGES).read_bytes()
    assert raw[:16] == bytes.fromhex("00000803" "00000003" "00000004" "00000005")
    raw = write_idx(tmp_path / "labels", LABELS).read_bytes()
    assert raw[:8] == bytes.fromhex("00000801" "00000003")


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    unpacked = write_idx(tmp_path / "images", IMAGES)
    misnamed = tmp_path / "images.gz"
    misnamed.write_bytes(unpacked.read_bytes())   # as if a browser had already gunzipped it
    np.testing.assert_array_equal(read_idx_images(misnamed), IMAGES)


def test_write_refuses_values_that_do_not_fit_a_byte(tmp_path):
    with pytest.raises(ValueError):
        write_idx(tmp_path / "x", np.array([1, 256]))
    write_idx(tmp_path / "ok", np.array([0, 255]))   # wider ints in range are fine


def _raw(array) -> bytes:
    """IDX bytes built by hand, independently of write_idx."""
    header = ((0x08 << 8) | array.ndim).to_bytes(4, "big")
    header += np.asarray(array.shape, dtype=">u4").tobytes()
    return header + array.tobytes()


# Each case: (file name, bytes or None for "make a folder", reader, text the message must hold).
MALFORMED = {
    "labels read as images": ("labels.idx", _raw(LABELS), read_idx_images, "dimension"),
    "not IDX at all": ("cat.jpg", b"\xff\xd8\xff\xe0" + bytes(40), read_idx_images, "magic"),
    "int32 elements": ("ints.idx", bytes.fromhex("00000c01 00000001") + bytes(4),
                       read_idx_labels, "type"),
    "truncated gzip": ("images.gz", gzip.compress(_raw(IMAGES))[:30], read_idx_images, "gzip"),
    "corrupt gzip": ("images.gz", b"\x1f\x8b" + bytes(30), read_idx_images, "gzip"),
    "bytes short of header": ("short.idx", _raw(IMAGES)[:-7], read_idx_images,
                              "header says 3 images of 4×5 (60 bytes)"),
    "bytes beyond header": ("long.idx", _raw(IMAGES) + b"\0", read_idx_images, "61 bytes"),
    "header cut short": ("cut.idx", _raw(IMAGES)[:9], read_idx_images, "header"),
    "tiny file": ("tiny.idx", b"\0\0", read_idx_labels, "too short"),
    "empty file": ("empty.idx", b"", read_idx_labels, "empty"),
    "empty gzip": ("empty.gz", gzip.compress(b""), read_idx_labels, "empty"),
    "zero-width images": ("flat.idx", _raw(np.zeros((2, 0, 3), np.uint8)), read_idx_images,
                          "0×3"),
    "a folder": ("folder.gz", None, read_idx_images, "folder"),
}


@pytest.mark.parametrize("case", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_files_raise_data_error_naming_the_file(tmp_path, case):
    name, data, reader, expected = case
    path = tmp_path / name
    path.mkdir() if data is None else path.write_bytes(data)
    with pytest.raises(DataError) as caught:
        reader(path)
    message = str(caught.value)
    assert name in message and expected in message
    assert message.count(". ") == 0   # one sentence


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="nowhere.gz.*not found"):
        read_idx_labels(tmp_path / "nowhere.gz")


def test_count_mismatch_names_both_files(tmp_path):
    images = write_idx(tmp_path / "imgs.gz", IMAGES)
    labels = write_idx(tmp_path / "lbls.gz", LABELS[:2])
    with pytest.raises(DataError, match=r"imgs\.gz holds 3 images but .*lbls\.gz holds 2"):
        read_idx_pair(images, labels)


def test_labels_out_of_range(tmp_path):
    images = write_idx(tmp_path / "imgs", IMAGES)
    labels = write_idx(tmp_path / "lbls", np.array([1, 10, 2], np.uint8))
    with pytest.raises(DataError, match=r"lbls: label 10 at index 1 is outside 0–9"):
        read_idx_pair(images, labels)
    read_idx_pair(images, labels, n_classes=None)   # None: any byte is a label
    read_idx_pair(images, labels, n_classes=11)


# ---- fuzzing: start from valid tiny files and break them in every small way ------------------

_VALID = {"images": _raw(IMAGES), "labels": _raw(LABELS)}
_edit = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**4), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**4), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**4), st.integers(0, 255)),
)


def _apply(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for kind, where, value in edits:
        at = where % (len(buf) + 1)
        if kind == "flip" and at < len(buf):
            buf[at] ^= value
        elif kind == "cut":
            del buf[at:]
        elif kind == "insert":
            buf.insert(at, value)
    return bytes(buf)


@st.composite
def _blobs(draw) -> bytes:
    start = draw(st.sampled_from(["random", "images", "labels"]))
    if start == "random":
        data = draw(st.binary(max_size=120))
        return gzip.compress(data) if draw(st.booleans()) else data
    data = _VALID[start]
    when = draw(st.sampled_from(["raw", "gzip then edit", "edit then gzip"]))
    if when == "gzip then edit":
        data = gzip.compress(data, mtime=0)
    data = _apply(data, draw(st.lists(_edit, min_size=1, max_size=4)))
    return gzip.compress(data) if when == "edit then gzip" else data


# 10 × the profile's examples: 1,000 in CI, 200 in the inner loop (tests/conftest.py).
@settings(max_examples=10 * settings.default.max_examples, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(blob=_blobs())
def test_fuzzed_bytes_load_or_raise_data_error(tmp_path_factory, blob):
    path = tmp_path_factory.getbasetemp() / "fuzz.idx"
    path.write_bytes(blob)
    for reader, ndim in ((read_idx_images, 3), (read_idx_labels, 1)):
        try:
            array = reader(path)
        except DataError as err:
            assert "fuzz.idx" in str(err)
        else:
            assert array.dtype == np.uint8 and array.ndim == ndim
