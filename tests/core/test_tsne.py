"""t-SNE maps (optional extra [tsne]): clusters stay together, progress counts up, a cancel
stops the optimisation, and the cache key follows the parameters exactly."""

import numpy as np
import pytest

from nnviz.core.lessons import tsne
from nnviz.core.errors import Cancelled, NnvizError

needs_tsne = pytest.mark.skipif(not tsne.available(),
                                reason='the t-SNE map needs pip install "nnviz[tsne]"')


def blobs(n_per=60, k=4, d=16, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 6, (k, d))
    labels = np.repeat(np.arange(k), n_per)
    return centres[labels] + rng.normal(0, 1, (len(labels), d)), labels


@needs_tsne
def test_neighbours_on_the_map_share_their_cluster_and_progress_counts_up():
    a, labels = blobs()
    seen = []
    xy = tsne.embed(a, progress=lambda done, total: seen.append((done, total)))
    assert xy.shape == (len(a), 2) and np.isfinite(xy).all()
    d2 = ((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d2, np.inf)
    assert (labels[d2.argmin(1)] == labels).mean() > 0.97
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == tsne.iterations() and seen[0][1] == tsne.iterations()


@needs_tsne
def test_the_same_seed_gives_the_same_map():
    a, _ = blobs(n_per=25)
    np.testing.assert_allclose(tsne.embed(a, seed=3), tsne.embed(a, seed=3))


@needs_tsne
def test_cancel_stops_at_the_next_report():
    a, _ = blobs()
    reports = []
    with pytest.raises(Cancelled):
        tsne.embed(a, progress=lambda d, t: reports.append(d), cancelled=lambda: len(reports) >= 2)
    assert len(reports) == 2


@needs_tsne
def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        tsne.embed(np.full((10, 3), np.nan))
    with pytest.raises(ValueError):
        tsne.embed(np.zeros((3, 3)))


def test_state_key_follows_every_parameter():
    rng = np.random.default_rng(0)
    w = [rng.normal(size=(16, 784)).astype(np.float32), rng.normal(size=(10, 16)).astype(np.float32)]
    b = [np.zeros(16, np.float32), np.zeros(10, np.float32)]
    key = tsne.state_key(w, b)
    assert key == tsne.state_key([x.copy() for x in w], [x.copy() for x in b])
    b[1][3] = 1e-7
    assert tsne.state_key(w, b) != key
    assert tsne.state_key([w[0].astype(np.float64), w[1]], b) != tsne.state_key(w, b)


def test_asking_whether_tsne_is_there_does_not_import_it():
    # openTSNE brings scikit-learn and SciPy (~1.5 s); the point map asks at every window start.
    import subprocess
    import sys
    code = ("import sys; from nnviz.core.lessons import tsne; tsne.available(); "
            "print(sorted({'openTSNE', 'sklearn', 'scipy'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_broken_install_is_reported_in_a_sentence(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_tsne(name, *args, **kwargs):
        if name == "openTSNE":
            raise ImportError("libfoo.so: cannot open shared object file")
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_tsne)
    with pytest.raises(NnvizError, match="t-SNE could not be loaded.*nnviz\\[tsne\\]"):
        tsne.embed(blobs()[0])
