"""The Dataset container: scaling, validation, immutability, subsets and one-hot labels."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.data.dataset import MNIST_CLASSES, Dataset, from_uint8, one_hot, sample_indices
from nnviz.core.errors import ConfigError, DataError


def _tiny(n_train=5, n_test=3) -> Dataset:
    rng = np.random.default_rng(0)
    return from_uint8("tiny", rng.integers(0, 256, (n_train, 28, 28), np.uint8),
                      rng.integers(0, 10, n_train, np.uint8),
                      rng.integers(0, 256, (n_test, 28, 28), np.uint8),
                      rng.integers(0, 10, n_test, np.uint8),
                      MNIST_CLASSES, origin="here", synthetic=False)


def test_from_uint8_scales_into_unit_range():
    pixels = np.array([[[0, 1], [128, 255]]], np.uint8)
    data = from_uint8("x", pixels, [1], pixels, [2], ("a", "b", "c"), "here", False)
    assert data.train_images.dtype == np.float32 and data.train_images.shape == (1, 4)
    np.testing.assert_allclose(data.train_images[0], [0, 1 / 255, 128 / 255, 1], rtol=1e-6)
    assert data.train_images.max() == 1.0
    assert (data.n_classes, data.n_inputs, data.image_shape) == (3, 4, (2, 2))


def test_arrays_are_read_only():
    data = _tiny()
    with pytest.raises(ValueError):
        data.train_images[0, 0] = 0.5
    with pytest.raises(ValueError):
        data.test_labels[0] = 1


def test_subset_is_a_small_independent_copy():
    data = _tiny()
    small = data.subset(2, 1)
    assert small.train_images.shape == (2, 784) and small.test_labels.shape == (1,)
    assert not np.shares_memory(small.train_images, data.train_images)
    np.testing.assert_array_equal(small.train_labels, data.train_labels[:2])
    assert data.subset(100, 100).train_images.shape == (5, 784)   # more than exist: all
    with pytest.raises(ConfigError):
        data.subset(0, 1)


@pytest.mark.parametrize("change, problem", [
    (dict(train_images=np.zeros((5, 784), np.float64)), "float32"),
    (dict(train_labels=np.zeros(4, np.uint8)), "labels"),
    (dict(test_images=np.zeros((3, 100), np.float32)), "pixels"),
    (dict(test_labels=np.full(3, 10, np.uint8)), "only 10 classes"),
])
def test_inconsistent_parts_are_rejected(change, problem):
    data = _tiny()
    fields = dict(name="t", train_images=data.train_images, train_labels=data.train_labels,
                  test_images=data.test_images, test_labels=data.test_labels,
                  classes=MNIST_CLASSES, origin="here")
    with pytest.raises(DataError, match=problem):
        Dataset(**{**fields, **change})


def test_from_uint8_refuses_labels_that_would_wrap():
    pixels = np.zeros((1, 28, 28), np.uint8)
    with pytest.raises(DataError):
        from_uint8("x", pixels, [256], pixels, [0], MNIST_CLASSES, "here", False)


def test_one_hot():
    y = one_hot(np.array([2, 0], np.uint8), 3)
    np.testing.assert_array_equal(y, [[0, 0, 1], [1, 0, 0]])
    assert y.dtype == np.float32 and one_hot(np.array([1]), 2, dtype=np.float64).dtype == np.float64
    with pytest.raises(ValueError):
        one_hot(np.array([3]), 3)


def test_quick_sample_is_fixed_and_sorted():
    s = sample_indices(10000, 1000, 0)
    assert len(s) == 1000 and len(np.unique(s)) == 1000 and np.all(np.diff(s) > 0)
    np.testing.assert_array_equal(s, sample_indices(10000, 1000, 0))
    np.testing.assert_array_equal(sample_indices(50, 1000, 0), np.arange(50))


def test_sample_is_distinct_sorted_and_reproducible():
    idx = sample_indices(1000, 100, rng=4)
    assert len(np.unique(idx)) == 100 and np.all(np.diff(idx) > 0)
    np.testing.assert_array_equal(idx, sample_indices(1000, 100, rng=4))
    np.testing.assert_array_equal(sample_indices(50, 100, rng=4), np.arange(50))


def test_dataset_sample_takes_matching_rows_of_either_split():
    rng = np.random.default_rng(3)
    x = rng.random((40, 4), dtype=np.float32)
    y = (np.arange(40) % 3).astype(np.uint8)
    data = Dataset("d", x, y, x[:20].copy(), y[:20].copy(), ("a", "b", "c"), "a test")
    xs, ys = data.sample(10, 7)
    idx = sample_indices(40, 10, 7)
    np.testing.assert_array_equal(xs, x[idx])
    np.testing.assert_array_equal(ys, y[idx])
    xt, yt = data.sample(5, np.random.default_rng(7), "test")   # a Generator works as well
    it = sample_indices(20, 5, np.random.default_rng(7))
    np.testing.assert_array_equal(xt, data.test_images[it])
    np.testing.assert_array_equal(yt, data.test_labels[it])
    whole, _ = data.sample(None, 0, "test")
    np.testing.assert_array_equal(whole, data.test_images)
