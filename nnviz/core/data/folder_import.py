"""Import a folder of pictures sorted into one sub-folder per class (`digits/7/anything.png`).

This is how people collect their own images, and the layout "Save my drawing" writes. Class
names are the sub-folder names (sorted numerically when they are all numbers). A picture that is
already 28×28 is taken as it is (inverted if it is dark ink on a light background); any other
size goes through the drawing pad's MNIST-style preprocessing (`to_mnist_image`). A folder that
holds `train/` and `test/` (or `training/` and `testing/`), each with class folders, supplies
its own test set. Decoding is not done here — `nnviz.core` never imports Qt — the caller passes
`decode(path) -> (h, w) array in [0, 1]`; in the app that is Qt's image reader. Everything that
is not a usable picture (other files, nested folders, unreadable or blank images, empty class
folders) is skipped and listed in the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from nnviz.core.data.dataset import Dataset
from nnviz.core.data.import_report import ImportReport, Progress, build
from nnviz.core.errors import CancelCheck, DataError, NnvizError, check_cancelled
from nnviz.core.preprocess import SIZE, to_mnist_image
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message, Trimmed

_IMPORT_CANCELLED = QT_TRANSLATE_NOOP("Errors", "import cancelled")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".pgm")
SPLIT_NAMES = (("train", "test"), ("training", "testing"))
Decode = Callable[[Path], np.ndarray]


def _class_order(name: str):
    return (0, int(name), "") if name.isdigit() else (1, 0, name.lower())


def _split_folders(root: Path) -> tuple[Path, Path | None]:
    """(train folder, test folder or None) for `root`'s layout."""
    subs = {p.name.lower(): p for p in _listing(root) if p.is_dir()}
    for train, test in SPLIT_NAMES:
        if train in subs and test in subs:
            return subs[train], subs[test]
    return root, None


def to_image(pixels: np.ndarray) -> np.ndarray:
    """A decoded picture → a (28, 28) uint8 MNIST-style image (ink bright on black)."""
    a = np.asarray(pixels, dtype=np.float64)
    if a.shape == (SIZE, SIZE):            # already MNIST-sized: keep every pixel
        if np.median(a) > 0.5:             # dark ink on white paper
            a = 1.0 - a
        return np.rint(np.clip(a, 0.0, 1.0) * 255).astype(np.uint8)
    return np.rint(to_mnist_image(a) * 255).astype(np.uint8)


def _listing(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{folder}: cannot be listed ({reason})."),
                        folder=folder, reason=e.strerror or e) from None


def _scan(folder: Path, report: ImportReport) -> list[tuple[str, Path]]:
    """(class name, image path) for every candidate picture; reports what is not one."""
    found = []
    entries = _listing(folder)
    for entry in entries:
        if entry.is_file():
            report.skip(entry, QT_TRANSLATE_NOOP("Errors", "is not inside a class folder (one "
                                                           "sub-folder per class)."))
    classes = sorted((p for p in entries if p.is_dir()), key=lambda p: _class_order(p.name))
    for class_dir in classes:
        pictures = []
        try:
            listing = _listing(class_dir)
        except DataError as e:   # one unreadable class folder is skipped, not the import
            report.skip(class_dir, Trimmed(e.message, prefix=f"{class_dir}: "))
            continue
        for entry in listing:
            if entry.is_dir():
                report.skip(entry, QT_TRANSLATE_NOOP("Errors", "is a folder inside a class "
                                                               "folder; it was not searched."))
            elif entry.suffix.lower() not in IMAGE_SUFFIXES:
                report.skip(entry, Message(
                    QT_TRANSLATE_NOOP("Errors", "is not an image file ({suffix})."),
                    suffix=entry.suffix or QT_TRANSLATE_NOOP("Errors", "no extension")))
            else:
                pictures.append((class_dir.name, entry))
        if not pictures:
            report.skip(class_dir, QT_TRANSLATE_NOOP("Errors", "holds no images, so it is not "
                                                               "made a class."))
        found.extend(pictures)
    return found


def _read(found, decode: Decode, report: ImportReport, done: int, total: int,
          progress: Progress | None, cancelled: CancelCheck | None):
    images, names = [], []
    for i, (name, path) in enumerate(found):
        if i % 16 == 0:
            check_cancelled(cancelled, _IMPORT_CANCELLED)
            if progress:
                progress(done + i, total, f"{name}/{path.name}")
        try:
            image = to_image(decode(path))
        except NnvizError as e:
            report.skip(path, Trimmed(e.message, prefix=f"{path.name}: "))
            continue
        except (OSError, ValueError) as e:
            report.skip(path, Message(QT_TRANSLATE_NOOP("Errors", "could not be read as an "
                                                                  "image ({e})."), e=e))
            continue
        if not image.any():
            report.skip(path, QT_TRANSLATE_NOOP("Errors", "is blank: no ink was found."))
            continue
        images.append(image)
        names.append(name)
    x = np.array(images, np.uint8).reshape(-1, SIZE, SIZE)
    return x, np.array(names, dtype=object)


def import_folder(root: str | os.PathLike, decode: Decode, test_fraction: float = 0.2,
                  seed: int = 0, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> tuple[Dataset, ImportReport]:
    """Read `root/<class>/<picture>` (or `root/train|test/<class>/…`) into a Dataset."""
    root = Path(root)
    if not root.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{root}: not a folder."), root=root)
    report = ImportReport(source=str(root), kind=QT_TRANSLATE_NOOP("Errors", "image folder"))
    train_dir, test_dir = _split_folders(root)
    train_found = _scan(train_dir, report)
    test_found = _scan(test_dir, report) if test_dir else []
    if test_dir is not None:
        report.notes.append(Message(QT_TRANSLATE_NOOP("Errors", "used {folder}/ as the test set"),
                                    folder=test_dir.name))
    total = len(train_found) + len(test_found)
    if total == 0:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{root}: no images found; expected one "
                                                    "sub-folder per class holding PNG, JPEG or "
                                                    "BMP pictures (e.g. {name}/7/my-seven.png)."),
                        root=root, name=root.name)
    train_x, train_names = _read(train_found, decode, report, 0, total, progress, cancelled)
    test_x, test_names = _read(test_found, decode, report, len(train_found), total, progress,
                               cancelled)
    if progress:
        progress(total, total, "done")
    # Class folder names become labels 0…k−1 in the sorted order used for scanning.
    order = sorted(set(train_names) | set(test_names), key=_class_order)
    index = {name: i for i, name in enumerate(order)}

    def codes(names):
        return np.array([index[n] for n in names], np.int64)
    return build(root.name, str(root), report, train_x, codes(train_names),
                 test_x if test_dir else None, codes(test_names) if test_dir else None,
                 names=order, test_fraction=test_fraction, seed=seed), report
