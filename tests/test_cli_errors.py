"""Every mistake on the command line ends in one sentence and exit code 2, never a traceback.

The dataset cases run `nnviz.__main__.main` in this process (an exception escaping it fails the
test just as a traceback would fail a user), the model-file cases run real subprocesses because
`predict` reads pictures through Qt. Each message must name the file at fault.
"""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bad_datasets import CASES, make_folder
from child_process import interrupt, running
from nnviz.__main__ import main
from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network

REPO = Path(__file__).resolve().parents[1]


def one_line_error(capsys, code, *words):
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("nnviz: "), err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.mark.parametrize("case", CASES)
def test_broken_dataset_folder(tmp_path, capsys, case):
    folder, words = make_folder(tmp_path, case)
    code = main(["train", "--data", str(folder), "--epochs", "1", "--json"])
    one_line_error(capsys, code, *words)


def test_data_that_is_a_file_not_a_folder(tmp_path, capsys):
    f = tmp_path / "mnist.zip"
    f.write_bytes(b"PK")
    one_line_error(capsys, main(["train", "--data", str(f), "--json"]), "mnist.zip", "not a folder")


@pytest.mark.parametrize("where, words", [("missing/m.npz", ("does not exist",)),
                                          (".", ("is a folder",))])
def test_save_destination_is_checked_before_training(tmp_path, capsys, where, words):
    folder, _ = make_folder(tmp_path, "a missing file")   # would fail later; --save fails first
    code = main(["train", "--data", str(folder), "--save", str(tmp_path / where), "--json"])
    one_line_error(capsys, code, "--save", *words)


def nnviz(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "nnviz", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def assert_user_error(r, *words):
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("nnviz: "), r.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture(scope="module")
def picture(tmp_path_factory):
    from PySide6.QtGui import QImage
    path = tmp_path_factory.mktemp("pic") / "one.png"
    pixels = np.zeros((28, 28), np.uint8)
    pixels[5:23, 13:15] = 255
    assert QImage(pixels.data, 28, 28, 28, QImage.Format.Format_Grayscale8).save(str(path))
    return path


def test_model_whose_input_does_not_match_the_pictures(tmp_path, picture):
    model = save_model(tmp_path / "small.npz", Network.create((100, 8, 10)))
    assert_user_error(nnviz("predict", model, picture), "small.npz", "10×10", "--raw")
    # --raw with a picture of the wrong size names the picture instead
    assert_user_error(nnviz("predict", model, picture, "--raw"), "one.png", "10×10", "28×28")


def test_model_whose_input_is_not_a_square_image(tmp_path, picture):
    model = save_model(tmp_path / "odd.npz", Network.create((50, 8, 10)))
    assert_user_error(nnviz("predict", model, picture, "--raw"), "odd.npz", "50 inputs",
                      "not a square")


@pytest.mark.parametrize("content, words", [
    (b"not a zip at all", ("not an nnviz model",)),
    (None, ("pickled",)),
])
def test_bad_model_files_in_predict(tmp_path, picture, content, words):
    path = tmp_path / "bad.npz"
    if content is None:
        np.savez(path, format=np.array("nnviz-model"), w0=np.array([object()], dtype=object))
    else:
        path.write_bytes(content)
    assert_user_error(nnviz("predict", path, picture), "bad.npz", *words)


def test_ctrl_c_during_cli_training_exits_130_without_a_traceback(tmp_path):
    import signal
    import time
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               PYTHONPATH=str(REPO))
    with running([sys.executable, "-m", "nnviz", "train", "--dataset", "synthetic",
                  "--epochs", "500", "--batch-size", "10", "--json",
                  "--save", str(tmp_path / "m.npz")], env, REPO) as child:
        first = child.stdout.readline()          # one finished epoch: surely mid-run now
        assert first.startswith("{"), child.stderr.read()
        time.sleep(0.2)
        code, err, _ = interrupt(child, signal.SIGINT)
    assert code == 130 and "Traceback" not in err
    assert err.splitlines()[-1] == "nnviz: interrupted."
    assert not (tmp_path / "m.npz").exists()      # nothing half-written where the model goes
    assert not list(tmp_path.iterdir())
