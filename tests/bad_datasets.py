"""Broken dataset folders, one per way a user's MNIST copy can be wrong, for CLI and GUI tests.

`make_folder(root, case)` writes a small valid four-file IDX folder (30 training and 10 test
images) and then breaks it as `case` says; it returns the folder and the words the error
message must contain (always including the name of the file at fault).
"""

import gzip

import numpy as np

from nnviz.core.data.idx import write_idx

TRAIN_IMAGES = "train-images-idx3-ubyte.gz"
TRAIN_LABELS = "train-labels-idx1-ubyte.gz"
TEST_LABELS = "t10k-labels-idx1-ubyte.gz"


def _valid(folder):
    rng = np.random.default_rng(0)
    for part, n in (("train", 30), ("t10k", 10)):
        write_idx(folder / f"{part}-images-idx3-ubyte.gz",
                  rng.integers(0, 256, (n, 28, 28)).astype(np.uint8))
        write_idx(folder / f"{part}-labels-idx1-ubyte.gz", rng.integers(0, 10, n).astype(np.uint8))


def _raw_images(n):
    header = (0x0803).to_bytes(4, "big") + np.array([n, 28, 28], ">u4").tobytes()
    return header + bytes(n * 28 * 28)


def _break(folder, case):
    images, labels = folder / TRAIN_IMAGES, folder / TRAIN_LABELS
    if case == "wrong magic number":
        images.write_bytes(gzip.compress(b"\x00\x00\x09\x03" + _raw_images(30)[4:]))
        return TRAIN_IMAGES, ("magic",)
    if case == "truncated gzip":
        images.write_bytes(images.read_bytes()[:200])
        return TRAIN_IMAGES, ("gzip", "truncated")
    if case == "header disagrees with the bytes":
        images.write_bytes(gzip.compress(_raw_images(30)[:-28 * 28 * 3]))
        return TRAIN_IMAGES, ("header says 30 images",)
    if case == "images and labels of different lengths":
        write_idx(labels, np.zeros(29, np.uint8))
        return TRAIN_LABELS, ("30 images", "29 labels")
    if case == "labels outside 0-9":
        write_idx(labels, np.full(30, 12, np.uint8))
        return TRAIN_LABELS, ("label 12", "outside 0–9")
    if case == "a missing file":
        (folder / TEST_LABELS).unlink()
        return "t10k-labels-idx1-ubyte", ("lacks",)
    if case == "an empty file":
        labels.write_bytes(b"")
        return TRAIN_LABELS, ("empty",)
    if case == "a folder where a file should be":
        images.unlink()
        images.mkdir()
        return TRAIN_IMAGES, ("folder",)
    raise ValueError(case)


CASES = ("wrong magic number", "truncated gzip", "header disagrees with the bytes",
         "images and labels of different lengths", "labels outside 0-9", "a missing file",
         "an empty file", "a folder where a file should be")


def make_folder(root, case):
    folder = root / case.replace(" ", "-")
    folder.mkdir()
    _valid(folder)
    name, words = _break(folder, case)
    return folder, (name,) + words
