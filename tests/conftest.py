"""Shared test set-up: Qt offscreen, one BLAS thread, real MNIST found or skipped, a fast loop.

The environment is set here, before any test imports Qt or NumPy, so that a plain `pytest` on a
machine without a display works and timings are not skewed by BLAS threads fighting each other.

Plain `pytest` is the inner loop: it deselects the tests marked slow (long trainings on real
MNIST, the soak, the benchmark's window part) and says so in its summary; `pytest --slow` runs
everything, as `.ci/run` does, and an explicit `-m` expression (`pytest -m slow`) chooses for
itself. Property-based tests run the small "dev" Hypothesis profile unless NNVIZ_HYPOTHESIS
names another ("ci", set by `.ci/run`, is the full one); a test that wants more examples than
most asks for a multiple of the profile's, so both profiles keep its proportions. The synthetic
digits are drawn once per run instead of once per window (see `synthetic_digits_drawn_once`).
"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
# The tests read English messages: a German (Spanish, French) locale on the machine would make
# the command line answer in that language. tests/test_cli_language.py sets its own.
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

HYPOTHESIS_ENV = "NNVIZ_HYPOTHESIS"
settings.register_profile("dev", max_examples=20)     # the inner loop: a quick look
settings.register_profile("ci", max_examples=100)     # Hypothesis's own default: the full run
PROFILE = os.environ.get(HYPOTHESIS_ENV, "dev")
settings.load_profile(PROFILE)

SLOW_DESELECTED = pytest.StashKey[int]()


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true",
                     help="also run the tests marked slow (CI does; plain pytest deselects them)")


def pytest_report_header(config):
    return f"hypothesis profile: {PROFILE} ({HYPOTHESIS_ENV}=ci runs the full one)"


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow") or config.getoption("markexpr"):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]
    config.stash[SLOW_DESELECTED] = len(slow)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    n = config.stash.get(SLOW_DESELECTED, 0)
    if n:
        terminalreporter.write_line(f"{n} slow tests deselected: `pytest --slow` runs "
                                    f"everything, `pytest -m slow` only them.")


@pytest.fixture(scope="session", autouse=True)
def synthetic_digits_drawn_once():
    """Draw each set of synthetic digits once per test run, as read-only arrays.

    Drawing the 10,000 + 2,000 digits that `load_dataset("synthetic")` asks for takes about two
    seconds, and every window test loads them. The generator is deterministic, so the first
    drawing serves every later request with the same arguments; its arrays are made read-only,
    so no test can change what the next one gets. `load_dataset` still builds a new `Dataset`
    from them each time. Tests that call `make_synthetic` directly imported the original.
    """
    from nnviz.core.data import synthetic
    draw, drawn = synthetic.make_synthetic, {}

    def drawn_once(n_train, n_test, seed=0):
        key = (n_train, n_test, seed)
        if key not in drawn:
            arrays = draw(n_train, n_test, seed)
            for array in arrays:
                array.flags.writeable = False
            drawn[key] = arrays
        return drawn[key]

    patch = pytest.MonkeyPatch()
    patch.setattr(synthetic, "make_synthetic", drawn_once)
    yield drawn
    patch.undo()


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
