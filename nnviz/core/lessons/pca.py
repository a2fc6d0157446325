"""Principal component analysis in NumPy: project many points of high dimension onto a plane.

The point map shows every test image as a dot; an image has 784 numbers and a hidden layer 16,
so each is flattened to the two directions along which the points vary most. Those directions
are the first right-singular vectors of the centred data (X − mean = U S Vᵀ), and the variance
along component k is S_k² / (n − 1). SVD is used rather than an eigen-decomposition of the
covariance because it never squares the condition number. A singular vector's sign is arbitrary,
so each component is flipped to make its largest-|·| entry positive: the same data always gives
the same picture, and a slowly training network does not make the map jump in mirror image.
The nonlinear alternative, t-SNE, is `tsne.py` (through the optional openTSNE).
"""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PCA:
    mean: np.ndarray            # (d,)
    components: np.ndarray      # (k, d), orthonormal rows, most variance first
    variance: np.ndarray        # (k,) variance of the data along each component
    total_variance: float       # Σ of the variance along every direction

    @property
    def explained_ratio(self):
        """Share of the total variance each component captures (0 for constant data)."""
        return self.variance / self.total_variance if self.total_variance > 0 \
            else np.zeros_like(self.variance)

    def transform(self, x):
        """(n, d) → (n, k) coordinates along the components."""
        return (np.asarray(x, dtype=np.float64) - self.mean) @ self.components.T


def fit(x, k=2):
    """The top-k principal components of the rows of x (n, d); k is capped at min(n, d)."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or len(x) < 2:
        raise ValueError("PCA needs a 2-D array with at least two rows.")
    mean = x.mean(axis=0)
    xc = x - mean
    if len(xc) > xc.shape[1]:
        # Tall data: X = QR and R = U S Vᵀ share S and V, and R is only (d, d): about 3× faster
        # than the SVD of 2,000 × 784 images, and still free of the squared condition number.
        xc = np.linalg.qr(xc, mode="r")
    _, s, vt = np.linalg.svd(xc, full_matrices=False)
    k = min(k, vt.shape[0])
    components = vt[:k].copy()
    biggest = np.argmax(np.abs(components), axis=1)
    components *= np.sign(components[np.arange(k), biggest])[:, None]
    variance = s ** 2 / (len(x) - 1)
    return PCA(mean, components, variance[:k], float(variance.sum()))


def project(x, k=2):
    """Fit and transform in one go: (n, d) → (n, k), and the fitted PCA."""
    pca = fit(x, k)
    return pca.transform(x), pca
