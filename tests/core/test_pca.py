"""PCA by SVD agrees with the textbook covariance eigen-decomposition and is deterministic."""

import numpy as np
import pytest

from nnviz.core.lessons import pca


@pytest.mark.parametrize("shape", [(300, 20), (15, 40)])     # tall (QR route) and wide
def test_matches_covariance_eigendecomposition(shape):
    rng = np.random.default_rng(0)
    x = rng.standard_normal(shape) @ np.diag(np.linspace(3, 0.1, shape[1])) + 5.0
    fitted = pca.fit(x, k=3)
    cov = np.cov(x, rowvar=False)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    np.testing.assert_allclose(fitted.variance, values[order[:3]], rtol=1e-9)
    for k in range(3):
        v = vectors[:, order[k]]
        np.testing.assert_allclose(abs(fitted.components[k] @ v), 1.0, atol=1e-9)
    np.testing.assert_allclose(fitted.total_variance, np.trace(cov), rtol=1e-9)
    np.testing.assert_allclose(fitted.components @ fitted.components.T, np.eye(3), atol=1e-12)


def test_variance_ordered_and_projection_centred():
    x = np.random.default_rng(1).standard_normal((200, 6)) * [5, 1, 3, 0.5, 2, 0.1]
    y, fitted = pca.project(x, k=6)
    assert np.all(np.diff(fitted.variance) <= 0)
    assert np.all(np.diff(fitted.explained_ratio) <= 0)
    np.testing.assert_allclose(fitted.explained_ratio.sum(), 1.0)
    np.testing.assert_allclose(y.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=0, ddof=1), fitted.variance, rtol=1e-9)


def test_sign_convention_is_deterministic():
    x = np.random.default_rng(2).standard_normal((100, 8))
    a, b = pca.fit(x), pca.fit(-x)        # mirrored data: same axes, same signs
    np.testing.assert_allclose(a.components, b.components, atol=1e-12)
    for c in a.components:
        assert c[np.argmax(np.abs(c))] > 0


def test_constant_data_and_bad_shapes():
    flat = pca.fit(np.ones((5, 3)))
    np.testing.assert_array_equal(flat.explained_ratio, 0.0)
    with pytest.raises(ValueError):
        pca.fit(np.ones(4))
