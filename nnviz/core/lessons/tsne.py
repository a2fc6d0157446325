"""t-SNE maps of a layer's activations, through openTSNE (the optional extra `nnviz[tsne]`).

PCA keeps the two directions of largest variance, which is honest but can lay clusters on top
of each other that a trained layer keeps apart. t-SNE instead places points so that each point's
nearest neighbours in the layer stay its neighbours on the plane: tight clusters per digit show,
while distances between clusters and their sizes mean little. The implementation is openTSNE's
(Barnes-Hut gradients at this size, perplexity 30, PCA initialisation so that a seed gives
the same map), run on one thread; nnviz runs without it and `available()` tells. Its callbacks,
every `EVERY` iterations, report progress and let a caller cancel between them.
"""

import hashlib
import importlib.util

import numpy as np

from nnviz.core.errors import Cancelled, NnvizError
from nnviz.core.messages import QT_TRANSLATE_NOOP

INSTALL_HINT = 'pip install "nnviz[tsne]"'
EXAGGERATED, NORMAL = 250, 500      # openTSNE's iterations in its two phases
EVERY = 25


def available():
    """True when openTSNE is installed. Found, not imported: importing it brings scikit-learn and
    SciPy (~1.5 s), which the window would otherwise pay at every start for a menu entry."""
    return importlib.util.find_spec("openTSNE") is not None


def iterations():
    return EXAGGERATED + NORMAL


def embed(a, *, perplexity=30.0, seed=0, progress=None, cancelled=None):
    """(n, 2) t-SNE coordinates of the rows of `a` (n, d).

    `progress(done, total)` counts optimisation iterations; when `cancelled()` turns true the
    optimisation stops at the next report and `Cancelled` is raised.
    """
    try:
        from openTSNE import TSNE
    except ImportError as e:          # installed but broken (a missing compiled part)
        raise NnvizError(QT_TRANSLATE_NOOP("Errors", "t-SNE could not be loaded ({e}); reinstall "
                                                     "it: {hint}"), e=e, hint=INSTALL_HINT) from e
    a = np.ascontiguousarray(a, np.float64)
    n = len(a)
    if n < 4:
        raise ValueError(f"t-SNE needs at least 4 points, got {n}")
    if not np.isfinite(a).all():
        raise ValueError("t-SNE needs finite values")
    done = [0]

    def report(iteration, error, embedding):
        if cancelled is not None and cancelled():
            raise Cancelled()
        done[0] += EVERY
        if progress is not None:
            progress(min(done[0], iterations()), iterations())
        return False

    if cancelled is not None and cancelled():
        raise Cancelled()
    tsne = TSNE(perplexity=min(perplexity, (n - 1) / 3), early_exaggeration_iter=EXAGGERATED,
                n_iter=NORMAL, initialization="pca", n_jobs=1, random_state=seed,
                callbacks=report, callbacks_every_iters=EVERY, verbose=False)
    return np.asarray(tsne.fit(a), np.float64)


def state_key(w, b):
    """A short digest of a network's parameters: equal parameters, equal key (for caching maps)."""
    h = hashlib.blake2b(digest_size=16)
    for array in list(w) + list(b):
        array = np.ascontiguousarray(array)
        h.update(str((array.shape, array.dtype.str)).encode())
        h.update(array.tobytes())
    return h.hexdigest()
