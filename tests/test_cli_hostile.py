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


def one_sentence(result, *words):
    """Exit code 2, nothing on stdout, no traceback, and the error as the last stderr line
    (an import's progress bar may come before it)."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    last = result.stderr.splitlines()[-1]
    assert last.startswith("nnviz: ") and all(w in last for w in words), result.stderr


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


# ---- hostile files given to the command line -------------------------------------------------
import os  # noqa: E402

import hostile_files  # noqa: E402
from nnviz.core.files.model_io import save_model  # noqa: E402
from nnviz.core.network import Network  # noqa: E402


def refused(kind):
    return [c for c in hostile_files.CASES if c[0] == kind and c[2] == "refused"]


def ids(cases):
    return [c[1].__name__ for c in cases]


@pytest.fixture(scope="module")
def seven(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seven")
    path = folder / "seven.png"
    path.write_bytes(hostile_files._png(16, 16))
    model = save_model(folder / "m.npz", Network.create((784, 8, 10), seed=0))
    return path, model


@pytest.mark.parametrize("kind, make, expect", refused("model"), ids=ids(refused("model")))
def test_predict_with_a_hostile_model(tmp_path, seven, kind, make, expect):
    assert_user_error(nnviz("predict", make(tmp_path, 1), seven[0]), "nnviz: ")


@pytest.mark.parametrize("kind, make, expect", refused("image"), ids=ids(refused("image")))
def test_predict_with_a_hostile_image(tmp_path, seven, kind, make, expect):
    assert_user_error(nnviz("predict", seven[1], make(tmp_path, 1)), "nnviz: ")


def test_predict_reads_a_png_whose_name_is_not_utf8(tmp_path, seven):
    path = hostile_files.image_non_utf8_name(tmp_path, 1)
    r = nnviz("predict", seven[1], os.fsencode(path).decode("utf-8", "surrogateescape"))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr


def test_predict_prints_hostile_class_names_as_plain_text(tmp_path, seven):
    names = ["\x1b[2J\x1b[31mred", "line\nforged: 9", "\udc80"] + [str(i) for i in range(7)]
    model = save_model(tmp_path / "names.npz", Network.create((784, 8, 10), seed=0), names)
    for fmt in ((), ("--json",)):
        r = nnviz("predict", model, seven[0], *fmt)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        assert "\x1b" not in r.stdout and len(r.stdout.splitlines()) == 1, r.stdout


@pytest.mark.parametrize("kind, make, expect", refused("idx_images"),
                         ids=ids(refused("idx_images")))
def test_train_with_a_hostile_idx_file(tmp_path, idx10, kind, make, expect):
    one_sentence(train("--data-idx", make(tmp_path, 1), idx10 / "labels.gz"), "nnviz: ")


def test_train_with_an_idx_pair_of_no_images(tmp_path):
    images = hostile_files.idx_no_images(tmp_path, 1)
    labels = images.with_name("none-labels-idx1-ubyte")
    one_sentence(train("--data-idx", images, labels), "no images")


@pytest.mark.parametrize("kind, make, expect", refused("csv"), ids=ids(refused("csv")))
def test_train_with_a_hostile_csv(tmp_path, kind, make, expect):
    one_sentence(train("--data-csv", make(tmp_path, 1)), "nnviz: ")


@pytest.mark.parametrize("kind, make, expect", refused("names"), ids=ids(refused("names")))
def test_train_with_a_hostile_class_names_file(tmp_path, idx10, kind, make, expect):
    one_sentence(train("--data-idx", idx10 / "images.gz", idx10 / "labels.gz",
                            "--class-names", make(tmp_path, 1)), "nnviz: ")


def test_saving_over_a_read_only_model_refuses_before_training(tmp_path):
    path = tmp_path / "kept.npz"
    path.write_bytes(b"keep")
    path.chmod(0o444)
    one_sentence(train("--dataset", "synthetic", "--save", path), "read-only")
    assert path.read_bytes() == b"keep"


def test_a_folder_of_bitmap_bombs_is_imported_without_them(tmp_path):
    """Eight 13 KB run-length BMPs of 20,000,000×1 pixels once left the process at 1.9 GiB;
    now each is skipped with its size named, and the real pictures are imported."""
    for label in ("0", "1"):
        folder = tmp_path / "digits" / label
        folder.mkdir(parents=True)
        for i in range(4):
            (folder / f"bomb{i}.bmp").write_bytes(hostile_files._bmp_rle(20_000_000))
        for i in range(3):
            (folder / f"ok{i}.png").write_bytes(hostile_files._png(16 + i, 16))
    r = nnviz("train", "--data-folder", tmp_path / "digits", "--epochs", "1", "--json",
              "--batch-size", "1")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "imported 6 images" in r.stderr and "skipped 8" in r.stderr
    assert "20,000,000×1 pixels" in r.stderr
