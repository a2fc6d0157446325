"""The command line as a user meets it: `nnviz train` and `nnviz predict` in real processes.

Most tests run `python -m nnviz` in a subprocess, so exit codes, stdout and stderr are the real
ones: with --json stdout must carry exactly the JSON and nothing else, the progress bar belongs
on stderr, and every mistake a person can make ends with exit code 2 and one line of explanation,
never a traceback. Training uses a tiny generated IDX folder so the whole file runs in seconds.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnviz.core.data.idx import write_idx

REPO = Path(__file__).resolve().parents[1]
EPOCH_KEYS = {"epoch", "train_cost", "test_cost", "test_accuracy", "seconds",
              "samples_per_second"}


def nnviz(*args, cwd=REPO, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "nnviz", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def json_lines(stdout):
    lines = stdout.splitlines()
    assert lines, "nothing on stdout"
    return [json.loads(line) for line in lines]  # any non-JSON line fails here


def assert_user_error(result, *words):
    """Exit code 2, nothing on stdout, and exactly one line on stderr naming the problem."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nnviz: ")
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="session")
def tiny_mnist(tmp_path_factory):
    """A four-file IDX folder: 300 training and 60 test 28×28 images whose class is learnable."""
    folder = tmp_path_factory.mktemp("tiny-mnist")
    rng = np.random.default_rng(0)

    def images(labels):
        x = rng.integers(0, 40, (len(labels), 28, 28))
        for i, k in enumerate(labels):  # a bright bar whose row says the class
            x[i, 3 + 2 * k: 5 + 2 * k, 4:24] = 255
        return x.astype(np.uint8)

    for part, n in (("train", 300), ("t10k", 60)):
        labels = rng.integers(0, 10, n).astype(np.uint8)
        write_idx(folder / f"{part}-images-idx3-ubyte.gz", images(labels))
        write_idx(folder / f"{part}-labels-idx1-ubyte.gz", labels)
    return folder


@pytest.fixture(scope="session")
def model(tmp_path_factory, tiny_mnist):
    path = tmp_path_factory.mktemp("model") / "m.npz"
    r = nnviz("train", "--data", tiny_mnist, "--epochs", "2", "--layers", "784,20,10",
              "--save", path, "--json")
    assert r.returncode == 0, r.stderr
    assert path.is_file()
    return path


def draw(path, width, height, ink, paper, qapp):
    """A hand-drawn-looking 7 (two thick anti-aliased strokes) saved as an image file."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(paper))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(ink), max(width, height) / 12)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(0.2 * width, 0.2 * height), QPointF(0.8 * width, 0.2 * height))
    painter.drawLine(QPointF(0.8 * width, 0.2 * height), QPointF(0.45 * width, 0.85 * height))
    painter.end()
    assert image.save(str(path))
    return path


@pytest.fixture(scope="session")
def pictures(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("pictures")
    raw = np.zeros((28, 28), np.uint8)
    raw[5:23, 13:15] = 255  # a "1", white on black like MNIST
    from PySide6.QtGui import QImage
    raw_image = QImage(raw.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
    assert raw_image.save(str(folder / "raw28.png"))
    (folder / "notes.txt").write_text("not a picture\n")
    return {
        "on_white": draw(folder / "seven on white.png", 240, 300, "black", "white", qapp),
        "on_black": draw(folder / "seven-on-black.png", 240, 300, "white", "black", qapp),
        "small": draw(folder / "small.png", 60, 45, "black", "white", qapp),
        "raw28": folder / "raw28.png",
        "raw_pixels": raw.astype(np.float32) / 255,
        "text": folder / "notes.txt",
    }


# train ---------------------------------------------------------------------------------------

def test_train_json_is_one_object_per_epoch_and_nothing_else(tiny_mnist):
    r = nnviz("train", "--data", tiny_mnist, "--epochs", "3", "--layers", "784,16,10", "--json")
    assert r.returncode == 0, r.stderr
    epochs = json_lines(r.stdout)
    assert [e["epoch"] for e in epochs] == [1, 2, 3]
    for e in epochs:
        assert set(e) == EPOCH_KEYS
        assert 0.0 <= e["test_accuracy"] <= 1.0
        assert e["train_cost"] > 0 and e["test_cost"] > 0
        assert e["seconds"] >= 0 and e["samples_per_second"] > 0
    assert epochs[-1]["test_accuracy"] > 0.5  # the bars are easy: it really trained
    assert "epoch 3/3 [" in r.stderr  # the progress bar is on stderr
    assert "Traceback" not in r.stderr


def test_train_without_json_prints_a_readable_report(tiny_mnist):
    r = nnviz("train", "--data", tiny_mnist, "--epochs", "1", "--layers", "784,16,10")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "300 training, 60 test images" in lines[0] and "784-16-10" in lines[0]
    assert lines[1].startswith("epoch   1/1") and "test accuracy" in lines[1]
    assert "[" not in r.stdout  # no progress bar on stdout


def test_train_on_the_synthetic_digits():
    r = nnviz("train", "--dataset", "synthetic", "--epochs", "1", "--json")
    assert r.returncode == 0, r.stderr
    (epoch,) = json_lines(r.stdout)
    assert set(epoch) == EPOCH_KEYS and epoch["epoch"] == 1
    assert epoch["test_accuracy"] > 0.5
    assert "epoch 1/1 [" in r.stderr


def test_save_writes_a_loadable_model(model):
    from nnviz.core.files.model_io import load_model
    net, classes = load_model(model)
    assert net.sizes == (784, 20, 10) and classes == tuple("0123456789")


# predict -------------------------------------------------------------------------------------

def test_predict_json_is_one_object_per_image(model, pictures):
    images = [pictures["on_white"], pictures["on_black"], pictures["small"]]
    r = nnviz("predict", model, *images, "--json")
    assert r.returncode == 0, r.stderr
    answers = json_lines(r.stdout)
    assert len(answers) == 3
    for answer, image in zip(answers, images):
        assert set(answer) == {"file", "digit", "outputs"}
        assert answer["file"] == str(image)
        assert len(answer["outputs"]) == 10
        assert all(isinstance(v, float) for v in answer["outputs"])
        assert answer["digit"] == str(int(np.argmax(answer["outputs"])))
    # Dark ink on white is inverted to MNIST's light-on-dark: the same drawing either way round
    # reads the same.
    np.testing.assert_allclose(answers[0]["outputs"], answers[1]["outputs"], atol=1e-3)


def test_predict_raw_feeds_the_pixels_unchanged(model, pictures):
    from nnviz.core.files.model_io import load_model
    r = nnviz("predict", model, pictures["raw28"], "--raw", "--json")
    assert r.returncode == 0, r.stderr
    (answer,) = json_lines(r.stdout)
    net, _ = load_model(model)
    expected = net.feedforward(pictures["raw_pixels"].reshape(1, -1))[0]
    np.testing.assert_allclose(answer["outputs"], expected, atol=2e-6)


def test_predict_without_json_prints_one_line_per_image(model, pictures):
    r = nnviz("predict", model, pictures["on_white"], pictures["on_black"])
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith(str(pictures["on_white"]) + ": ")


# Mistakes end with exit code 2 and one line ---------------------------------------------------

def test_missing_data_folder(tmp_path):
    missing = tmp_path / "no-such-folder"
    assert_user_error(nnviz("train", "--data", missing, "--json"), str(missing))


def test_data_folder_lacking_a_file(tmp_path, tiny_mnist):
    folder = tmp_path / "partial"
    folder.mkdir()
    for f in tiny_mnist.iterdir():
        if not f.name.startswith("t10k-labels"):
            (folder / f.name).write_bytes(f.read_bytes())
    assert_user_error(nnviz("train", "--data", folder, "--json"), "t10k-labels-idx1-ubyte")


def test_corrupt_model_file(tmp_path, pictures):
    bad = tmp_path / "corrupt.npz"
    bad.write_bytes(os.urandom(2000))
    assert_user_error(nnviz("predict", bad, pictures["on_white"], "--json"), "corrupt.npz")


def test_missing_model_file(tmp_path, pictures):
    assert_user_error(nnviz("predict", tmp_path / "gone.npz", pictures["on_white"]), "gone.npz")


def test_non_image_file(model, pictures):
    assert_user_error(nnviz("predict", model, pictures["text"], "--json"), "notes.txt",
                      "not an image")


def test_missing_image_file(model, tmp_path):
    assert_user_error(nnviz("predict", model, tmp_path / "nope.png"), "nope.png")


def test_raw_needs_28_by_28(model, pictures):
    assert_user_error(nnviz("predict", model, pictures["small"], "--raw", "--json"),
                      "small.png", "28×28", "60×45")


@pytest.mark.parametrize("args, words", [
    (("--lr", "-1"), ("learning rate", "-1")),
    (("--lr", "0"), ("learning rate",)),
    (("--batch-size", "0"), ("batch size", "got 0")),
    (("--batch-size", "301"), ("batch size", "1 to 300")),
    (("--momentum", "1"), ("momentum",)),
    (("--layers", "784,0,10"), ("at least one neuron",)),
])
def test_bad_training_options(tiny_mnist, args, words):
    assert_user_error(nnviz("train", "--data", tiny_mnist, "--epochs", "1", "--json", *args),
                      *words)


def test_layers_that_are_not_numbers(tiny_mnist):
    # argparse reports its own errors: the usage, then one line that says what was wrong.
    r = nnviz("train", "--data", tiny_mnist, "--layers", "a,b", "--json")
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr
    last = r.stderr.splitlines()[-1]
    assert last.startswith("nnviz train: error: argument --layers:")
    assert "whole numbers separated by commas" in last and "'a,b'" in last
