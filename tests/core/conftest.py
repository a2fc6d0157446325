"""Fixtures shared by the core tests: the real MNIST folder, tiny IDX sets, a clean environment.

Tests that need the real 55 MB MNIST skip with a visible reason when it is absent, so a fresh
checkout still runs everything else. Tiny generated sets stand in wherever the real bytes are
not the point, which keeps the suite fast.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from nnviz.core.data.idx import idx_file, write_idx
from nnviz.core.data.sources import IDX_STEMS

SHARED_MNIST = Path(__file__).parents[2].parent / "shared/data/mnist"
# Read once at import, before any test's monkeypatch can unset it.
_MNIST_FROM_ENV = os.environ.get("NNVIZ_DATA")


@pytest.fixture(scope="session")
def mnist_dir() -> Path:
    """The real MNIST folder ($NNVIZ_DATA or the shared copy); skips when it is absent."""
    folder = Path(_MNIST_FROM_ENV) if _MNIST_FROM_ENV else SHARED_MNIST
    if not all(idx_file(folder, stem) for stem in IDX_STEMS):
        pytest.skip(f"real MNIST not found at {folder}; set NNVIZ_DATA")
    return folder


@pytest.fixture
def clean_env(monkeypatch, tmp_path) -> Path:
    """No $NNVIZ_DATA and an empty private $NNVIZ_CACHE, returned; the user's cache is safe."""
    cache = tmp_path / "cache"
    monkeypatch.delenv("NNVIZ_DATA", raising=False)
    monkeypatch.setenv("NNVIZ_CACHE", str(cache))
    return cache


def tiny_arrays(n_train: int = 6, n_test: int = 4, seed: int = 0) -> dict[str, np.ndarray]:
    """Random MNIST-shaped uint8 arrays keyed by IDX stem."""
    rng = np.random.default_rng(seed)
    return {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte": rng.integers(0, 10, n_train, dtype=np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, n_test, dtype=np.uint8),
    }


@pytest.fixture
def make_idx_folder():
    """Factory: write a tiny four-file IDX set into a folder (gzipped or raw) and return it."""
    def make(folder: Path, gz: bool = True, seed: int = 0, skip: tuple[str, ...] = ()) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for stem, array in tiny_arrays(seed=seed).items():
            if stem not in skip:
                write_idx(folder / (f"{stem}.gz" if gz else stem), array)
        return folder
    return make
