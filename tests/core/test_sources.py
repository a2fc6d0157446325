"""Finding and loading datasets: resolution order, explicit choices, and the real files.

The order is explicit folder > $NNVIZ_DATA > cache, and an explicit choice that is incomplete
is an error rather than a silent fall-through. The real MNIST and the Debian Fashion-MNIST are
loaded whole when present (skipped with a reason when not) to check shapes, ranges and speed.
"""

from __future__ import annotations

import sys
import time
import types

import numpy as np
import pytest

from nnviz.core.data import sources
from nnviz.core.data.sources import (FASHION_SYSTEM_DIR, SYNTHETIC_ORIGIN, cache_dir,
                                     find_mnist, load_dataset, missing_files)
from nnviz.core.data.idx import idx_file
from nnviz.core.data.verify import MNIST_PINS, file_matches
from nnviz.core.errors import DataError


def test_cache_dir_follows_env_or_platform(clean_env, monkeypatch):
    assert cache_dir() == clean_env
    monkeypatch.delenv("NNVIZ_CACHE")
    from platformdirs import user_cache_dir
    assert str(cache_dir()) == user_cache_dir("nnviz")


def test_resolution_order(clean_env, tmp_path, monkeypatch, make_idx_folder):
    assert find_mnist() is None
    cached = make_idx_folder(clean_env / "mnist")
    assert find_mnist() == cached
    from_env = make_idx_folder(tmp_path / "env")
    monkeypatch.setenv("NNVIZ_DATA", str(from_env))
    assert find_mnist() == from_env
    explicit = make_idx_folder(tmp_path / "explicit", gz=False)   # raw names count too
    assert find_mnist(explicit) == explicit


@pytest.mark.parametrize("via", ["argument", "env"])
def test_incomplete_explicit_folder_is_an_error(clean_env, tmp_path, monkeypatch,
                                                make_idx_folder, via):
    make_idx_folder(clean_env / "mnist")   # a good cache must not hide the mistake
    folder = make_idx_folder(tmp_path / "mine", skip=("t10k-labels-idx1-ubyte",))
    if via == "env":
        monkeypatch.setenv("NNVIZ_DATA", str(folder))
    with pytest.raises(DataError, match=f"{folder} lacks t10k-labels-idx1-ubyte"):
        find_mnist(folder if via == "argument" else None)
    with pytest.raises(DataError, match="not a folder"):
        find_mnist(tmp_path / "typo")


def test_incomplete_cache_is_ignored(clean_env, make_idx_folder):
    make_idx_folder(clean_env / "mnist", skip=("train-images-idx3-ubyte",))
    assert find_mnist() is None
    assert missing_files(clean_env / "mnist") == ["train-images-idx3-ubyte"]


def test_load_tiny_folder(clean_env, tmp_path, make_idx_folder):
    folder = make_idx_folder(tmp_path / "tiny")
    data = load_dataset("mnist", data_dir=folder)
    assert (data.name, data.origin, data.synthetic) == ("mnist", str(folder), False)
    assert data.train_images.shape == (6, 784) and data.test_images.shape == (4, 784)
    assert data.classes == tuple("0123456789")


def test_not_found_says_how_to_get_it(clean_env):
    with pytest.raises(DataError) as caught:
        load_dataset("mnist")
    for hint in ("--data DIR", "NNVIZ_DATA", "nnviz download", "--dataset synthetic"):
        assert hint in str(caught.value)


def test_download_flag_fetches_into_the_cache(clean_env, monkeypatch, make_idx_folder):
    asked = []

    def fake_download(dest, progress=None, cancel=None):
        asked.append((dest, progress, cancel))
        return make_idx_folder(dest)

    monkeypatch.setattr(sources, "download_mnist", fake_download)
    report, stop = (lambda *a: None), (lambda: False)
    data = load_dataset("mnist", download=True, progress=report, cancel=stop)
    assert asked == [(clean_env / "mnist", report, stop)]
    assert data.origin == str(clean_env / "mnist")


def test_unknown_name(clean_env):
    with pytest.raises(DataError, match="unknown dataset 'cifar'.*mnist, fashion-mnist"):
        load_dataset("cifar")


@pytest.mark.mnist
def test_real_mnist(clean_env, mnist_dir):
    start = time.perf_counter()
    data = load_dataset("mnist", data_dir=mnist_dir)
    seconds = time.perf_counter() - start
    assert seconds < 3, f"loading MNIST took {seconds:.1f} s"   # target ~0.3 s; loops take minutes
    assert data.train_images.shape == (60000, 784) and data.test_images.shape == (10000, 784)
    assert data.train_images.dtype == np.float32 and data.train_labels.dtype == np.uint8
    assert data.train_images.min() == 0 and data.train_images.max() == 1
    assert set(np.unique(data.train_labels)) == set(range(10))
    assert set(np.unique(data.test_labels)) == set(range(10))
    assert data.image_shape == (28, 28) and not data.synthetic
    # The shared files carry the published checksums (hashed directly: no marker left behind).
    for stem, pin in MNIST_PINS.items():
        assert file_matches(idx_file(mnist_dir, stem), pin), stem


def test_fashion_mnist_from_the_debian_package(clean_env):
    if missing_files(FASHION_SYSTEM_DIR):
        pytest.skip(f"Fashion-MNIST not installed at {FASHION_SYSTEM_DIR} "
                    f"(apt install dataset-fashion-mnist)")
    data = load_dataset("fashion-mnist")
    assert data.origin == str(FASHION_SYSTEM_DIR)
    assert data.train_images.shape == (60000, 784) and data.test_images.shape == (10000, 784)
    assert data.classes[0] == "T-shirt/top" and data.classes[-1] == "Ankle boot"
    assert data.n_classes == 10


def test_fashion_mnist_explicit_folder_wins(clean_env, tmp_path, make_idx_folder):
    folder = make_idx_folder(tmp_path / "fashion")
    assert load_dataset("fashion-mnist", data_dir=folder).origin == str(folder)


def test_synthetic_wiring_with_a_stand_in_generator(clean_env, monkeypatch):
    seen = {}

    def make_synthetic(n_train, n_test, seed):
        seen.update(n_train=n_train, n_test=n_test, seed=seed)
        rng = np.random.default_rng(seed)
        return (rng.integers(0, 256, (5, 28, 28), np.uint8), rng.integers(0, 10, 5, np.uint8),
                rng.integers(0, 256, (3, 28, 28), np.uint8), rng.integers(0, 10, 3, np.uint8))

    fake = types.ModuleType("nnviz.core.data.synthetic")
    fake.make_synthetic = make_synthetic
    monkeypatch.setitem(sys.modules, "nnviz.core.data.synthetic", fake)
    data = load_dataset("synthetic")
    assert seen == {"n_train": 10000, "n_test": 2000, "seed": 0}
    assert data.synthetic and data.origin == SYNTHETIC_ORIGIN and "not MNIST" in data.origin
    assert data.train_images.shape == (5, 784)


def test_synthetic_with_the_real_generator(clean_env):
    pytest.importorskip("nnviz.core.data.synthetic", reason="synthetic.py not written yet")
    data = load_dataset("synthetic")
    assert data.synthetic and data.name == "synthetic"
    assert data.train_images.shape == (10000, 784) and data.test_images.shape == (2000, 784)
    assert 0 <= data.train_images.min() and data.train_images.max() <= 1
