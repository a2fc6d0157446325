"""Import the CSV layout most MNIST-style datasets are shared in: `label,pixel0,…,pixel783`.

One row per image: the label, then the pixels row by row. A header row is recognised (its first
field is not a number) and is used to find the label column when it is named `label`, `class`,
`target` or `y`; without a header the label is the first column. Any square pixel count works
(784 = 28×28, 1024 = 32×32 …). Pixels may be bytes 0–255 or floats 0–1: the first few thousand
rows decide which, and the rest must agree. Commas, semicolons and tabs are all accepted.

Speed matters here (MNIST's training CSV is 110 MB): rows are parsed a block at a time by
NumPy's C parser, and only a block that fails is re-read line by line to find and report each
bad row (wrong number of values, not a number, label or pixel out of range, empty line).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from nnviz.core.data.dataset import Dataset
from nnviz.core.data.import_report import ImportReport, Progress, build
from nnviz.core.errors import CancelCheck, DataError, check_cancelled
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message

_IMPORT_CANCELLED = QT_TRANSLATE_NOOP("Errors", "import cancelled")


def _line(number):
    return Message(QT_TRANSLATE_NOOP("Errors", "line {n}"), n=str(number))

BLOCK = 4096                       # rows parsed at once by the fast path
LABEL_NAMES = ("label", "labels", "class", "target", "y", "digit")
MAX_LABEL = 65535                  # anything larger is not a class number
MAX_LINE = 16 * 2**20              # characters in a row: 1000×1000 pixels of up to 15 each


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get)


def _is_number(text: str) -> bool:
    try:
        float(text.strip().strip('"'))
    except ValueError:
        return False
    return True


class _Reader:
    """Reads one CSV file into uint8 images and raw labels, recording every bad row."""

    def __init__(self, path: Path, report: ImportReport, n_columns: int | None = None):
        self.path, self.report = path, report
        self.n_columns = n_columns
        self.label_col = 0
        self.scale = None            # 1.0 for 0–1 floats, 255.0 for bytes; set by the 1st block

    def read(self, progress: Progress | None, cancelled: CancelCheck | None):
        try:
            return self._read(progress, cancelled)
        except UnicodeDecodeError as e:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: is not UTF-8 text (byte "
                                                        "0x{byte:02x} cannot be decoded); a CSV "
                                                        "must be plain UTF-8 or ASCII."),
                            path=self.path, byte=e.object[e.start]) from None
        except OSError as e:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({reason})."),
                            path=self.path, reason=e.strerror or e) from None

    def _lines(self, f, k):
        """Up to k lines of f; a line longer than MAX_LINE is read past and reported, never
        held whole (a binary file with no line breaks would otherwise be one huge line)."""
        lines = []
        while len(lines) < k:
            line = f.readline(MAX_LINE + 1)
            if not line:
                break
            if len(line) > MAX_LINE and not line.endswith("\n"):
                while (rest := f.readline(MAX_LINE)) and not rest.endswith("\n"):
                    pass
                self.report.skip(QT_TRANSLATE_NOOP("Errors", "a line"), Message(
                    QT_TRANSLATE_NOOP("Errors", "is longer than {most:,} characters, which no "
                                                "row of pixels needs."), most=MAX_LINE))
                line = "\n"
            lines.append(line)
        return lines

    def _read(self, progress: Progress | None, cancelled: CancelCheck | None):
        size = max(self.path.stat().st_size, 1)
        images, labels = [], []
        with open(self.path, encoding="utf-8-sig", newline=None) as f:
            first = f.readline(MAX_LINE + 1)
            if len(first) > MAX_LINE:
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the first line is longer "
                                                            "than {max_line:,} characters; this "
                                                            "is not a CSV of images."),
                                path=self.path, max_line=MAX_LINE)
            if not first.strip():
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the file is empty or "
                                                            "starts with an empty line."),
                                path=self.path)
            self.delim = _delimiter(first)
            fields = [s.strip().strip('"') for s in first.rstrip("\n").split(self.delim)]
            header = not _is_number(fields[0])
            self._columns(fields, header)
            done = len(first)
            pending = [] if header else [first]
            line_no = 2 if header else 1          # the file line of the block's first row
            while True:
                check_cancelled(cancelled, _IMPORT_CANCELLED)
                lines = pending + self._lines(f, BLOCK - len(pending))
                pending = []
                if not lines:
                    break
                x, y = self._block(lines, line_no)
                images.append(x)
                labels.append(y)
                line_no += len(lines)
                done += sum(map(len, lines))
                if progress:
                    progress(min(done, size), size, f"{self.path.name}: line {line_no - 1:,}")
        side = math.isqrt(self.n_columns - 1)
        if not images:      # a header and nothing else
            return np.zeros((0, side, side), np.uint8), np.zeros(0, np.int64)
        return np.concatenate(images).reshape(-1, side, side), np.concatenate(labels)

    def _columns(self, fields: list[str], header: bool) -> None:
        if header:
            names = [s.lower() for s in fields]
            self.label_col = next((i for i, s in enumerate(names) if s in LABEL_NAMES), 0)
            if self.label_col == 0 and names[0].startswith("pixel"):
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the header names no label "
                                                            "column (it starts with {first!r}); "
                                                            "nnviz needs a label for every "
                                                            "image."),
                                path=self.path, first=fields[0])
        if self.n_columns is None:
            self.n_columns = len(fields)
        elif len(fields) != self.n_columns:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: rows have {n_fields} values "
                                                        "but the training file's have "
                                                        "{n_columns}."),
                            path=self.path, n_fields=len(fields), n_columns=self.n_columns)
        n_pixels = self.n_columns - 1
        if n_pixels < 4 or math.isqrt(n_pixels) ** 2 != n_pixels:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: rows have {n_columns} values; "
                                                        "nnviz expects a label then a square "
                                                        "image's pixels (784 = 28×28 for "
                                                        "MNIST)."),
                            path=self.path, n_columns=self.n_columns)

    def _block(self, lines: list[str], first_line: int):
        """Parse a block; returns (uint8 pixels (m, p), int64 labels (m,)) of its good rows."""
        try:
            a = np.loadtxt(lines, delimiter=self.delim, dtype=np.float32, ndmin=2,
                           comments=None, quotechar='"')
            fast = a.shape == (len(lines), self.n_columns)
        except ValueError:
            fast = False
        if fast:
            numbers = list(range(first_line, first_line + len(lines)))
        else:
            a, numbers = self._slow(lines, first_line)
        label = a[:, self.label_col]
        pixels = np.delete(a, self.label_col, axis=1) if self.label_col else a[:, 1:]
        brightest = pixels.max(axis=1, initial=0)
        brightest = brightest[np.isfinite(brightest)]
        if self.scale is None and len(brightest):
            # Most rows' brightest pixel ≤ 1 → 0–1 floats; a robust vote, not one row's say.
            self.scale = 1.0 if np.median(brightest) <= 1.0 else 255.0
        scale = self.scale or 255.0
        ok = np.ones(len(a), bool)
        finite = np.isfinite(a).all(axis=1)
        whole = (label == np.round(label)) & (label >= 0) & (label <= MAX_LABEL)
        low, high = pixels.min(axis=1, initial=0), pixels.max(axis=1, initial=0)
        in_range = (low >= 0) & (high <= scale)
        for i in np.flatnonzero(~(finite & whole & in_range)):
            where = _line(numbers[i])
            if not finite[i]:
                self.report.skip(where, QT_TRANSLATE_NOOP("Errors", "holds a value that is not a "
                                                                    "finite number (NaN or inf)."))
            elif not whole[i]:
                self.report.skip(where, Message(
                    QT_TRANSLATE_NOOP("Errors", "label {label:g} is not a whole number from 0 to "
                                                "{most}."), label=label[i], most=MAX_LABEL))
            else:
                bad = low[i] if low[i] < 0 else high[i]
                self.report.skip(where, Message(
                    QT_TRANSLATE_NOOP("Errors", "pixel value {value:g} is outside 0–{scale:g} (the "
                                                "range this file's first rows use)."),
                    value=bad, scale=scale))
            ok[i] = False
        px = pixels[ok] * (255.0 / scale) if scale != 255.0 else pixels[ok]
        return np.rint(px).astype(np.uint8), label[ok].astype(np.int64)

    def _slow(self, lines: list[str], first_line: int):
        rows, numbers = [], []
        for i, line in enumerate(lines):
            where = _line(first_line + i)
            text = line.strip()
            if not text:
                self.report.skip(where, QT_TRANSLATE_NOOP("Errors", "is empty."))
                continue
            fields = text.split(self.delim)
            if len(fields) != self.n_columns:
                self.report.skip(where, Message(
                    QT_TRANSLATE_NOOP("Errors", "has {n} values; expected {columns} (a label and "
                                                "{pixels} pixels)."),
                    n=len(fields), columns=self.n_columns, pixels=self.n_columns - 1))
                continue
            try:
                rows.append(np.array([s.strip().strip('"') for s in fields], dtype=np.float32))
            except ValueError:
                col = next(j for j, s in enumerate(fields) if not _is_number(s))
                self.report.skip(where, Message(
                    QT_TRANSLATE_NOOP("Errors", "value {value!r} in column {column} is not a "
                                                "number."),
                    value=fields[col].strip()[:20], column=col + 1))
                continue
            numbers.append(first_line + i)
        a = np.array(rows, np.float32).reshape(-1, self.n_columns)
        return a, numbers


def import_csv(path: str | os.PathLike, test_path: str | os.PathLike | None = None,
               test_fraction: float = 0.2, seed: int = 0, names=None,
               progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> tuple[Dataset, ImportReport]:
    """Read a labelled CSV (and optionally its test CSV) into a Dataset and an ImportReport.

    Without `test_path`, `test_fraction` of each class is held back as the test set, chosen by
    `seed`. `names` are class names (see `import_report.class_names`).
    """
    path = Path(path)
    for p in (path, test_path):
        if p is not None and not Path(p).is_file():   # a FIFO or a device is not read either
            if not Path(p).exists():
                raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: no such CSV file."), path=p)
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: not a regular file (a folder, "
                                                        "device or pipe)."), path=p)
    report = ImportReport(source=str(path), kind="CSV")
    reader = _Reader(path, report)
    train_x, train_y = reader.read(progress, cancelled)
    test_x = test_y = None
    if test_path is not None:
        test_reader = _Reader(Path(test_path), report, n_columns=reader.n_columns)
        test_reader.scale = reader.scale
        test_x, test_y = test_reader.read(progress, cancelled)
        report.source += f" + {test_path}"
    if reader.scale == 1.0:
        report.notes.append(QT_TRANSLATE_NOOP("Errors", "pixels were floats from 0 to 1; stored "
                                                        "as bytes (0–255)"))
    return build(path.stem, str(path), report, train_x, train_y, test_x, test_y, names,
                 test_fraction, seed), report
