"""What every importer of a person's own data shares: the report, the class names, the split.

A dataset someone brings is never as clean as MNIST: a row has a stray column, a folder holds a
`.DS_Store`, a picture is truncated. The importers skip such items and record each one here with
where it was (a line number or a file path) and what was wrong, so nothing is dropped silently
and nothing crashes. `build` then turns the surviving images and raw labels into a
`Dataset`: labels of any values (EMNIST letters run 1–26) become classes 0…k−1 with their names
kept, and when no test set was given a stratified test split is held back, fixed by the seed.
Reading the formats lives in `csv_import`, `folder_import` and `idx_import`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from nnviz.core.data.dataset import Dataset, from_uint8
from nnviz.core.errors import DataError
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message

Progress = Callable[[int, int, str], None]   # (done, total, text)
MAX_CLASSES = 256                             # labels are stored as uint8


@dataclass(frozen=True)
class Skipped:
    where: str      # "line 57", or a file path
    reason: str     # one sentence: what was wrong with it


@dataclass
class ImportReport:
    """What an import found: images per class, every skipped item with its reason, notes."""
    source: str
    kind: str                                   # "CSV", "image folder", "IDX"
    classes: tuple[str, ...] = ()
    train_counts: tuple[int, ...] = ()          # images per class, training split
    test_counts: tuple[int, ...] = ()
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def skip(self, where, reason) -> None:
        """`where` a path or a message ("line 57"), `reason` a message (core/messages.py)."""
        self.skipped.append(Skipped(where if isinstance(where, str) else str(where), reason))

    @property
    def n_imported(self) -> int:
        return sum(self.train_counts) + sum(self.test_counts)

    @property
    def n_skipped(self) -> int:
        return len(self.skipped)

    def summary(self) -> Message:
        """One line: how many images, classes and skipped items."""
        fields = dict(n=self.n_imported, classes=len(self.classes), kind=self.kind,
                      source=self.source, train=sum(self.train_counts),
                      test=sum(self.test_counts), skipped=self.n_skipped)
        if self.skipped:
            return Message(QT_TRANSLATE_NOOP("Errors", "imported {n:,} images in {classes} "
                                                       "classes from {kind} {source} ({train:,} "
                                                       "training, {test:,} test); skipped "
                                                       "{skipped:,} item(s)"), **fields)
        return Message(QT_TRANSLATE_NOOP("Errors", "imported {n:,} images in {classes} classes "
                                                   "from {kind} {source} ({train:,} training, "
                                                   "{test:,} test)"), **fields)


def hold_out(labels: np.ndarray, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, test): about `fraction` of each class held back, chosen by `seed`.

    Stratified, so a rare class is not left out of either side by chance; every class with
    two or more images keeps at least one for training. If rounding leaves the test side empty
    (tiny sets), one image of the largest class is held back so accuracy can still be measured.
    """
    if not 0.0 < fraction < 1.0:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "the test fraction must lie between 0 and "
                                                    "1; got {fraction:g}."), fraction=fraction)
    rng = np.random.default_rng(seed)
    train, test = [], []
    for k in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == k))
        n_test = min(int(round(fraction * len(members))), len(members) - 1)
        test.append(members[:n_test])
        train.append(members[n_test:])
    train_idx, test_idx = np.concatenate(train), np.concatenate(test)
    if test_idx.size == 0 and labels.size >= 2:
        largest = max(range(len(train)), key=lambda i: len(train[i]))
        test_idx = train[largest][:1]
        train_idx = np.setdiff1d(train_idx, test_idx)
    # Sorted: the data keep their file order, and the trainer shuffles anyway.
    return np.sort(train_idx), np.sort(test_idx)


def class_names(values: np.ndarray, names: list[str] | dict[int, str] | None) -> tuple[str, ...]:
    """Names for the distinct raw label `values` (sorted): from `names` if given, else the
    numbers themselves. A list names either each distinct label in order, or label v by
    names[v] when it is long enough for the largest label (EMNIST's layout)."""
    values = [int(v) for v in values]
    if names is None:
        return tuple(str(v) for v in values)
    if isinstance(names, dict):
        return tuple(names.get(v, str(v)) for v in values)
    if len(names) == len(values):
        return tuple(names)
    if len(names) > max(values):
        return tuple(names[v] for v in values)
    raise DataError(QT_TRANSLATE_NOOP("Errors", "the class-names file has {n_names} names but "
                                                "the labels take {n_values} values (up to "
                                                "{largest})."),
                    n_names=len(names), n_values=len(values), largest=max(values))


def build(name: str, origin: str, report: ImportReport, train_x: np.ndarray,
          train_raw: np.ndarray, test_x: np.ndarray | None = None,
          test_raw: np.ndarray | None = None, names=None, test_fraction: float = 0.2,
          seed: int = 0) -> Dataset:
    """A Dataset from uint8 images (n, side, side) or (n, side²) and raw integer labels."""
    if len(train_x) == 0:
        first = Message(QT_TRANSLATE_NOOP("Errors", " The first problem: {where}: {reason}"),
                        where=report.skipped[0].where, reason=report.skipped[0].reason) \
            if report.skipped else ""
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{origin}: no usable images ({n_skipped} "
                                                    "item(s) skipped).{first}"),
                        origin=origin, n_skipped=report.n_skipped, first=first)
    raw = train_raw if test_raw is None else np.concatenate([train_raw, test_raw])
    values = np.unique(raw)
    if len(values) > MAX_CLASSES:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{origin}: the labels take {n_values:,} "
                                                    "different values; nnviz handles at most "
                                                    "{max_classes} classes. Is the label column "
                                                    "right?"),
                        origin=origin, n_values=len(values), max_classes=MAX_CLASSES)
    report.classes = class_names(values, names)
    labels = np.searchsorted(values, train_raw).astype(np.uint8)
    if test_x is None or len(test_x) == 0:
        if len(train_x) < 2:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{origin}: a single image cannot be "
                                                        "split into training and test."),
                            origin=origin)
        train_idx, test_idx = hold_out(labels, test_fraction, seed)
        test_x, test_labels = train_x[test_idx], labels[test_idx]
        train_x, labels = train_x[train_idx], labels[train_idx]
        report.notes.append(Message(
            QT_TRANSLATE_NOOP("Errors", "held back {n:,} images ({fraction:.0%} of each class, "
                                        "seed {seed}) as the test set"),
            n=len(test_idx), fraction=test_fraction, seed=str(seed)))
    else:
        test_labels = np.searchsorted(values, test_raw).astype(np.uint8)
    k = len(values)
    report.train_counts = tuple(np.bincount(labels, minlength=k).tolist())
    report.test_counts = tuple(np.bincount(test_labels, minlength=k).tolist())
    return from_uint8(name, train_x, labels, test_x, test_labels, report.classes,
                      origin=origin, synthetic=False)
