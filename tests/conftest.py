"""Shared test set-up: Qt runs offscreen, BLAS uses one thread, real MNIST is found or skipped.

The environment is set here, before any test imports Qt or NumPy, so that a plain `pytest` on a
machine without a display works and timings are not skewed by BLAS threads fighting each other.
"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def real_mnist_dir():
    """NNVIZ_DATA if set, else ../shared/data/mnist beside the repository, or None."""
    candidates = [os.environ.get("NNVIZ_DATA"), REPO.parent / "shared" / "data" / "mnist"]
    for c in candidates:
        if c and (Path(c) / "train-images-idx3-ubyte.gz").is_file():
            return Path(c)
    return None


@pytest.fixture(scope="session")
def mnist_path():
    path = real_mnist_dir()
    if path is None:
        pytest.skip("real MNIST not found: set NNVIZ_DATA or put it in ../shared/data/mnist")
    return path


@pytest.fixture(scope="session")
def mnist(mnist_path):
    """The real MNIST Dataset, loaded once per test session."""
    from nnviz.core.data import load_dataset
    return load_dataset("mnist", data_dir=mnist_path)
