"""The in-memory dataset every other part of nnviz trains on and draws from.

A `Dataset` is what the network sees: images flattened to rows of 784 float32 pixels in [0, 1]
and uint8 labels, plus the facts the GUI must show honestly — the class names, where the data
came from, and whether it is synthetic rather than real MNIST. It is frozen and its arrays are
made read-only, because the training thread and the views share it and a stray in-place shuffle
would silently corrupt both. Reading files and finding folders live in `idx` and `sources`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from nnviz.core.errors import ConfigError, DataError
from nnviz.core.text import clean_name
from nnviz.core.messages import QT_TRANSLATE_NOOP

_PARTS = {"train": QT_TRANSLATE_NOOP("Errors", "training"),    # a split, named in messages
          "test": QT_TRANSLATE_NOOP("Errors", "test")}

MNIST_CLASSES = tuple(str(digit) for digit in range(10))
FASHION_CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                   "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")


def one_hot(labels: np.ndarray, n_classes: int, dtype=np.float32) -> np.ndarray:
    """Labels (n,) → rows (n, n_classes) with a single 1 in each label's column."""
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError(f"labels must be one-dimensional; got shape {labels.shape}.")
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0–{n_classes - 1}.")
    y = np.zeros((labels.size, n_classes), dtype=dtype)
    y[np.arange(labels.size), labels] = 1
    return y


def sample_indices(n_available: int, n: int | None, rng=0) -> np.ndarray:
    """Sorted indices of n distinct rows out of n_available, drawn with `rng` (a seed or a
    numpy Generator); all of them, in order, when n is None or n ≥ n_available."""
    if n is None or n >= n_available:
        return np.arange(n_available)
    return np.sort(np.random.default_rng(rng).choice(n_available, n, replace=False))


@dataclass(frozen=True, eq=False)   # eq=False: comparing arrays with == has no single truth
class Dataset:
    """Train and test splits with their class names and provenance.

    Construction checks shapes, dtypes and label range, and marks the arrays read-only — the
    caller's own arrays if passed directly, which is why `from_uint8` always builds new ones.
    """

    name: str
    train_images: np.ndarray   # (n_train, 784) float32 in [0, 1]
    train_labels: np.ndarray   # (n_train,) uint8
    test_images: np.ndarray    # (n_test, 784) float32 in [0, 1]
    test_labels: np.ndarray    # (n_test,) uint8
    classes: tuple[str, ...]
    origin: str                # a folder path, or a plain statement that the data is generated
    synthetic: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "classes", tuple(clean_name(c) for c in self.classes))
        n_inputs = None
        for part in ("train", "test"):
            x, y = getattr(self, f"{part}_images"), getattr(self, f"{part}_labels")
            if x.dtype != np.float32 or x.ndim != 2:
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: {part} images must be "
                                                            "float32 (n, pixels); got {dtype} "
                                                            "{shape}."),
                                name=self.name, part=_PARTS[part], dtype=x.dtype,
                                shape=x.shape)
            if y.dtype != np.uint8 or y.shape != (len(x),):
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: {part} labels must be "
                                                            "uint8 ({n_x},); got {dtype} "
                                                            "{shape}."),
                                name=self.name, part=_PARTS[part], n_x=len(x), dtype=y.dtype,
                                shape=y.shape)
            if n_inputs is not None and x.shape[1] != n_inputs:
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: train images have "
                                                            "{n_inputs} pixels but test images "
                                                            "have {pixels}."),
                                name=self.name, n_inputs=n_inputs, pixels=x.shape[1])
            n_inputs = x.shape[1]
            if y.size and int(y.max()) >= len(self.classes):
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: a {part} label is {label} "
                                                            "but there are only {n_classes} "
                                                            "classes."),
                                name=self.name, part=_PARTS[part], label=int(y.max()),
                                n_classes=len(self.classes))
            x.flags.writeable = False
            y.flags.writeable = False
        if math.isqrt(n_inputs) ** 2 != n_inputs:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{name}: {n_inputs} pixels per image is "
                                                        "not a square image."),
                            name=self.name, n_inputs=n_inputs)

    @property
    def n_classes(self) -> int:
        return len(self.classes)

    @property
    def n_inputs(self) -> int:
        return self.train_images.shape[1]

    @property
    def image_shape(self) -> tuple[int, int]:
        side = math.isqrt(self.n_inputs)
        return side, side

    def sample(self, n: int | None, rng=0, split: str = "train") -> tuple[np.ndarray, np.ndarray]:
        """(images, labels) of a fixed random sample of n rows of the "train" or "test" split,
        in their original order (`sample_indices`); the whole split when n is None or larger."""
        x, labels = (self.train_images, self.train_labels) if split == "train" else \
            (self.test_images, self.test_labels)
        idx = sample_indices(len(x), n, rng)
        return x[idx], labels[idx]

    def subset(self, n_train: int, n_test: int) -> Dataset:
        """The first `n_train` / `n_test` examples (or all, if fewer), as an independent copy.

        A copy rather than a view, so a small subset does not keep 190 MB of MNIST alive.
        """
        if n_train < 1 or n_test < 1:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "a subset needs at least one example "
                                                          "of each; got {n_train} training and "
                                                          "{n_test} test."),
                              n_train=n_train, n_test=n_test)
        return replace(self,
                       train_images=self.train_images[:n_train].copy(),
                       train_labels=self.train_labels[:n_train].copy(),
                       test_images=self.test_images[:n_test].copy(),
                       test_labels=self.test_labels[:n_test].copy())


def _to_float_rows(images: np.ndarray) -> np.ndarray:
    images = np.asarray(images)
    if images.dtype != np.uint8 or images.ndim not in (2, 3):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "images must be uint8 (n, rows, cols) or "
                                                    "(n, pixels); got {dtype} {shape}."),
                        dtype=images.dtype, shape=images.shape)
    # Cast, then divide in place: no float64 temporary, and much faster than np.divide with a
    # mixed-type loop. Dividing (not multiplying by 1/255) keeps 255 exactly at 1.0.
    rows = images.reshape(len(images), -1).astype(np.float32)
    rows /= np.float32(255)
    return rows


def _to_labels(labels: np.ndarray) -> np.ndarray:
    labels = np.asarray(labels)
    # Casting 256 to uint8 would wrap to 0 and quietly relabel an example; refuse instead.
    if labels.dtype.kind not in "iu" or (labels.size and (labels.min() < 0 or labels.max() > 255)):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "labels must be integers in 0–255; got "
                                                    "{dtype}."), dtype=labels.dtype)
    return labels.astype(np.uint8)   # always a copy: the Dataset locks its own arrays


def from_uint8(name: str, train_x_u8: np.ndarray, train_y: np.ndarray,
               test_x_u8: np.ndarray, test_y: np.ndarray, classes: tuple[str, ...],
               origin: str, synthetic: bool) -> Dataset:
    """Build a Dataset from byte images (as IDX files hold them), scaling pixels into [0, 1]."""
    return Dataset(name=name,
                   train_images=_to_float_rows(train_x_u8),
                   train_labels=_to_labels(train_y),
                   test_images=_to_float_rows(test_x_u8),
                   test_labels=_to_labels(test_y),
                   classes=tuple(classes), origin=origin, synthetic=synthetic)
