"""Import any IDX image/label pair — EMNIST, KMNIST, a set someone wrote with `write_idx`.

The classes are the distinct label values, renumbered 0…k−1 in order (EMNIST letters label
a–z as 1–26), named by an optional class-names file: either one name per line, or EMNIST's
mapping format (`label code [code]`, character codes). Images may be any square size. EMNIST
stores each image transposed (column by column); files whose names contain "emnist" are
transposed back unless the caller says otherwise, and the report says so. An IDX file is all or
nothing — a header that disagrees with its bytes is a `DataError` naming the file.
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

import numpy as np

from nnviz.core.data.dataset import Dataset
from nnviz.core.data.csv_import import MAX_LABEL
from nnviz.core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, open_regular, read_idx_pair
from nnviz.core.data.import_report import MAX_CLASSES, ImportReport, Progress, build
from nnviz.core.errors import CancelCheck, DataError, check_cancelled
from nnviz.core.messages import QT_TRANSLATE_NOOP

_IMPORT_CANCELLED = QT_TRANSLATE_NOOP("Errors", "import cancelled")

_MAPPING_LINE = re.compile(r"^\s*(\d+)\s+(\d+)(?:\s+(\d+))?\s*$")


MAX_NAMES_BYTES = 1 << 20   # a class-names file: 256 names of MAX_NAME characters fit many times

_KINDS = {"images": QT_TRANSLATE_NOOP("Errors", "images"),       # which file a name looks like
          "labels": QT_TRANSLATE_NOOP("Errors", "labels"),
          "test_images": QT_TRANSLATE_NOOP("Errors", "test images"),
          "test_labels": QT_TRANSLATE_NOOP("Errors", "test labels")}


def read_class_names(path: str | os.PathLike) -> list[str] | dict[int, str]:
    """A class-names file: a list (one name per line) or, in EMNIST's mapping format, a dict
    {label: characters}. Only a regular file of at most MAX_NAMES_BYTES is read (a device such
    as /dev/zero never ends), and a mapping's character codes must be real characters."""
    path = Path(path)
    try:
        with open_regular(path, QT_TRANSLATE_NOOP("Errors", "class-names file")) as f:
            raw = f.read(MAX_NAMES_BYTES + 1)
        if len(raw) > MAX_NAMES_BYTES:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: a class-names file of more "
                                                        "than {mb} MB; nnviz takes at most "
                                                        "{max_classes} short names, one per "
                                                        "line."),
                            path=path, mb=MAX_NAMES_BYTES >> 20, max_classes=MAX_CLASSES)
        lines = [s.strip() for s in raw.decode("utf-8-sig").splitlines()]
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the class names ({e})."),
                        path=path, e=e) from e
    lines = [s for s in lines if s]
    if not lines:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the class-names file is empty."),
                        path=path)
    matches = [_MAPPING_LINE.match(s) for s in lines]
    if all(matches):
        return {_label(path, m[1]): "".join(_character(path, c) for c in m.groups()[1:] if c)
                for m in matches}
    return lines


def _label(path, text):
    if len(text) > 6 or int(text) > MAX_LABEL:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: label {text} in the mapping is "
                                                    "larger than {max_label}."),
                        path=path, text=text[:12], max_label=MAX_LABEL)
    return int(text)


def _character(path, text):
    code = int(text) if len(text) <= 8 else -1
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: {text} in the mapping is not a "
                                                    "Unicode character code."),
                        path=path, text=text[:12])
    return chr(code)


def _pair(images, labels, transpose: bool, what: str):
    x, y = read_idx_pair(images, labels, n_classes=None)
    if x.shape[1] != x.shape[2]:
        sentence = (QT_TRANSLATE_NOOP("Errors", "{images}: test images are {rows}×{cols}; nnviz "
                                                "needs square images.") if what == "test" else
                    QT_TRANSLATE_NOOP("Errors", "{images}: training images are {rows}×{cols}; "
                                                "nnviz needs square images."))
        raise DataError(sentence, images=images, rows=x.shape[1], cols=x.shape[2])
    if transpose:
        x = x.transpose(0, 2, 1)
    return np.ascontiguousarray(x), y.astype(np.int64)


def import_idx(images: str | os.PathLike, labels: str | os.PathLike,
               test_images: str | os.PathLike | None = None,
               test_labels: str | os.PathLike | None = None,
               names: str | os.PathLike | None = None, transpose: bool | None = None,
               test_fraction: float = 0.2, seed: int = 0, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> tuple[Dataset, ImportReport]:
    """Read an IDX pair (and optionally a test pair and a class-names file) into a Dataset."""
    if (test_images is None) != (test_labels is None):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "a test set needs both its images and its "
                                                    "labels file."))
    images = Path(images)
    if transpose is None:
        transpose = "emnist" in images.name.lower()
    report = ImportReport(source=str(images), kind="IDX")
    steps = 3 if test_images is None else 4
    if progress:
        progress(0, steps, images.name)
    train_x, train_y = _pair(images, labels, transpose, "training")
    test_x = test_y = None
    if test_images is not None:
        check_cancelled(cancelled, _IMPORT_CANCELLED)
        if progress:
            progress(1, steps, Path(test_images).name)
        test_x, test_y = _pair(test_images, test_labels, transpose, "test")
        if test_x.shape[1:] != train_x.shape[1:]:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{test_images}: test images are "
                                                        "{test_rows}×{test_cols} but training "
                                                        "images are {train_rows}×{train_cols}."),
                            test_images=test_images, test_rows=test_x.shape[1],
                            test_cols=test_x.shape[2], train_rows=train_x.shape[1],
                            train_cols=train_x.shape[2])
        report.source += f" + {test_images}"
    check_cancelled(cancelled, _IMPORT_CANCELLED)
    if progress:
        progress(steps - 1, steps, "building the dataset")
    if transpose:
        report.notes.append(QT_TRANSLATE_NOOP("Errors", "images were transposed (EMNIST stores "
                                                        "them column by column)"))
    class_names = read_class_names(names) if names is not None else None
    stem = re.sub(r"[-_.]?(train|training)?[-_.]?images?[-_.]?idx3[-_.]?ubyte(\.gz)?$", "",
                  images.name, flags=re.IGNORECASE) or images.stem
    data = build(stem, str(images.parent), report, train_x, train_y, test_x, test_y,
                 class_names, test_fraction, seed)
    if progress:
        progress(steps, steps, "done")
    return data, report


def _magic(path: Path) -> int:
    """The first four bytes of an IDX file (through gzip if compressed) as a number."""
    try:
        with open_regular(path) as f:
            head = f.read(4)
            if head[:2] == b"\x1f\x8b":
                f.seek(0)
                with gzip.GzipFile(fileobj=f, mode="rb") as g:
                    head = g.read(4)
    except (OSError, EOFError) as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({e})."),
                        path=path, e=e) from e
    return int.from_bytes(head, "big")


def sort_idx_files(paths) -> dict[str, Path]:
    """Recognise a handful of chosen files by content: keys "images", "labels", "test_images",
    "test_labels", "names". Test files are those whose names say test or t10k."""
    found: dict[str, Path] = {}
    for p in map(Path, paths):
        if p.suffix.lower() in (".txt", ".csv", ".tsv"):
            found["names"] = p
            continue
        magic = _magic(p)
        kind = {IMAGES_MAGIC: "images", LABELS_MAGIC: "labels"}.get(magic)
        if kind is None:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{p}: not an IDX images or labels file "
                                                        "(magic 0x{magic:08x})."),
                            p=p, magic=magic)
        test = re.search(r"test|t10k", p.name, re.IGNORECASE) is not None
        key = f"test_{kind}" if test else kind
        if key in found:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "both {name} and {name2} look like the "
                                                        "{kind} file."),
                            name=found[key].name, name2=p.name, kind=_KINDS[key])
        found[key] = p
    if "images" not in found or "labels" not in found:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "choose at least an IDX images file and its "
                                                    "labels file."))
    return found
