"""Where datasets come from: a folder the user names, the environment, a cache, or a generator.

`load_dataset` is the one door the CLI and GUI use. It resolves a name to a folder of IDX files
(or to the synthetic generator), reads and checks them, and returns a `Dataset` whose `origin`
says honestly where the data came from. A folder the user chose explicitly (`--data` or
`NNVIZ_DATA`) that lacks a file is an error naming the folder and the file, never a silent
fall-through to another copy. Downloading happens only when asked, and only for MNIST; the
synthetic generator is imported lazily so loading real data never pays for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from nnviz.core.data.dataset import FASHION_CLASSES, MNIST_CLASSES, Dataset, from_uint8
from nnviz.core.data.download import Progress, download_mnist
from nnviz.core.data.idx import idx_file, read_idx_pair
from nnviz.core.errors import CancelCheck, DataError
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message

_DATA_FOLDER = QT_TRANSLATE_NOOP("Errors", "the data folder")

DATA_ENV = "NNVIZ_DATA"      # a folder holding MNIST, chosen by the user
CACHE_ENV = "NNVIZ_CACHE"    # replaces the platform cache folder (tests, shared machines)
FASHION_SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")   # Debian dataset-fashion-mnist
SYNTHETIC_ORIGIN = "synthetic (generated, not MNIST)"
DATASETS = ("mnist", "fashion-mnist", "synthetic")

# MNIST and Fashion-MNIST share these names; each may be `<stem>.gz` or the raw `<stem>`.
TRAIN_IMAGES, TRAIN_LABELS = "train-images-idx3-ubyte", "train-labels-idx1-ubyte"
TEST_IMAGES, TEST_LABELS = "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"
IDX_STEMS = (TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)


def cache_dir() -> Path:
    """nnviz's cache folder: `$NNVIZ_CACHE` if set, else the platform's user cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir   # only here: nothing else in core needs it
    return Path(user_cache_dir("nnviz"))


def missing_files(folder: Path) -> list[str]:
    """The IDX stems that `folder` holds in neither `.gz` nor raw form."""
    return [stem for stem in IDX_STEMS if idx_file(folder, stem) is None]


def _require(folder: Path, chosen_by: str) -> Path:
    if not folder.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{chosen_by} {folder} is not a folder."),
                        chosen_by=chosen_by, folder=folder)
    missing = missing_files(folder)
    if missing:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{chosen_by} {folder} lacks {missing} (as "
                                                    ".gz or uncompressed)."),
                        chosen_by=chosen_by, folder=folder, missing=", ".join(missing))
    return folder


def _complete(folder: Path) -> Path | None:
    return folder if folder.is_dir() and not missing_files(folder) else None


def find_mnist(data_dir: str | os.PathLike | None = None) -> Path | None:
    """The MNIST folder: `data_dir`, else `$NNVIZ_DATA`, else the cache; None if nowhere."""
    if data_dir is not None:
        return _require(Path(data_dir).expanduser(), _DATA_FOLDER)
    chosen = os.environ.get(DATA_ENV)
    if chosen:
        where = Message(QT_TRANSLATE_NOOP("Errors", "{variable} folder"), variable=DATA_ENV)
        return _require(Path(chosen).expanduser(), where)
    return _complete(cache_dir() / "mnist")


def find_fashion_mnist(data_dir: str | os.PathLike | None = None) -> Path | None:
    """The Fashion-MNIST folder: `data_dir`, else the Debian package's, else the cache."""
    if data_dir is not None:
        return _require(Path(data_dir).expanduser(), _DATA_FOLDER)
    return _complete(FASHION_SYSTEM_DIR) or _complete(cache_dir() / "fashion-mnist")


def load_folder(name: str, folder: Path, classes: tuple[str, ...]) -> Dataset:
    """Read the four IDX files in `folder` into a Dataset."""
    def path(stem: str) -> Path:
        return idx_file(folder, stem) or folder / f"{stem}.gz"   # absent → reader names it

    n = len(classes)
    train_x, train_y = read_idx_pair(path(TRAIN_IMAGES), path(TRAIN_LABELS), n_classes=n)
    test_x, test_y = read_idx_pair(path(TEST_IMAGES), path(TEST_LABELS), n_classes=n)
    if train_x.shape[1:] != test_x.shape[1:]:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{folder}: training images are "
                                                    "{train_rows}×{train_cols} but test images "
                                                    "are {test_rows}×{test_cols}."),
                        folder=folder, train_rows=train_x.shape[1], train_cols=train_x.shape[2],
                        test_rows=test_x.shape[1], test_cols=test_x.shape[2])
    return from_uint8(name, train_x, train_y, test_x, test_y, classes,
                      origin=str(folder), synthetic=False)


def _load_mnist(data_dir, download: bool, progress: Progress | None,
                cancel: CancelCheck | None) -> Dataset:
    folder = find_mnist(data_dir)
    if folder is None and download:
        folder = download_mnist(cache_dir() / "mnist", progress=progress, cancel=cancel)
    if folder is None:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "MNIST was not found (looked in {folder}); "
                                                    "pass --data DIR or set {data_env} to a "
                                                    "folder holding the four IDX files, run "
                                                    "`nnviz download`, or use --dataset "
                                                    "synthetic."),
                        folder=cache_dir() / 'mnist', data_env=DATA_ENV)
    return load_folder("mnist", folder, MNIST_CLASSES)


def _load_synthetic() -> Dataset:
    from nnviz.core.data.synthetic import make_synthetic   # lazy: real data never needs it
    train_x, train_y, test_x, test_y = make_synthetic(n_train=10000, n_test=2000, seed=0)
    return from_uint8("synthetic", train_x, train_y, test_x, test_y, MNIST_CLASSES,
                      origin=SYNTHETIC_ORIGIN, synthetic=True)


def load_dataset(name: str = "mnist", data_dir: str | os.PathLike | None = None,
                 download: bool = False, progress: Progress | None = None,
                 cancel: CancelCheck | None = None) -> Dataset:
    """Load "mnist", "fashion-mnist" or "synthetic" as a Dataset.

    `data_dir` names the folder explicitly (ignored for "synthetic"). `download` lets MNIST be
    fetched into the cache when no copy is found; `progress` and `cancel` go to the download.
    """
    if name == "mnist":
        return _load_mnist(data_dir, download, progress, cancel)
    if name == "fashion-mnist":
        folder = find_fashion_mnist(data_dir)
        if folder is None:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "Fashion-MNIST was not found in "
                                                        "{fashion_system_dir} or {folder}; "
                                                        "install the Debian package "
                                                        "dataset-fashion-mnist or pass --data "
                                                        "DIR."),
                            fashion_system_dir=FASHION_SYSTEM_DIR,
                            folder=cache_dir() / 'fashion-mnist')
        return load_folder("fashion-mnist", folder, FASHION_CLASSES)
    if name == "synthetic":
        return _load_synthetic()
    raise DataError(QT_TRANSLATE_NOOP("Errors", "unknown dataset {name!r}; choose one of "
                                                "{datasets}."),
                    name=name, datasets=", ".join(DATASETS))
