"""Hostile and unusual input on the command line: exit code 2 and one sentence, never a traceback.

Each case was once a traceback (or a crash) and is run in a real `python -m nnviz` process, so
the exit code and the streams are what a person sees.
"""

import numpy as np
import pytest

from nnviz.core.data.idx import write_idx
from test_cli import assert_user_error, nnviz


@pytest.fixture(scope="module")
def idx10(tmp_path_factory):
    """A small 10×10 IDX pair with three classes."""
    folder = tmp_path_factory.mktemp("idx10")
    rng = np.random.default_rng(0)
    write_idx(folder / "images.gz", rng.integers(0, 256, (60, 10, 10)).astype(np.uint8))
    write_idx(folder / "labels.gz", rng.integers(0, 3, 60).astype(np.uint8))
    return folder


def train(*args):
    return nnviz("train", "--epochs", "1", "--json", *args)


@pytest.mark.parametrize("args, words", [
    (("--seed", "-1"), ("seed", "-1")),
    (("--seed", str(2**40)), ("seed",)),
    (("--layers", "784,10000000,10"), ("at most 1,000,000 neurons",)),
    (("--layers", ",".join(["784"] + ["4096"] * 60 + ["10"])), ("at most",)),
])
def test_out_of_bounds_options_are_one_sentence(args, words):
    assert_user_error(train("--dataset", "synthetic", *args), *words)


@pytest.mark.parametrize("layers", ["784,16²,10", "784,16,¹,10", "784," + "9" * 5000 + ",10"])
def test_layers_int_would_refuse_are_refused_by_argparse(layers):
    r = train("--dataset", "synthetic", "--layers", layers)
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stdout == ""
    assert r.stderr.splitlines()[-1].startswith("nnviz train: error: argument --layers:")


def test_unknown_preset_for_the_window():
    r = nnviz("gui", "--preset", "nosuch", "--screenshot", "unused.png")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "invalid choice: 'nosuch'" in r.stderr


def test_augmentation_on_small_images(idx10):
    r = train("--data-idx", idx10 / "images.gz", idx10 / "labels.gz", "--augment-rotate", "20",
              "--augment-shift", "2", "--augment-noise", "0.1", "--batch-size", "5")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
