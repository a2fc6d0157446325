"""`nnviz train --data-csv / --data-folder / --data-idx` in real processes.

The imported data must train, the JSON on stdout must stay clean, and what was skipped must be
reported on stderr (a summary line and the first reasons); a mistake is one line, exit code 2.
"""

import json

import numpy as np
import pytest

from nnviz.core.data.idx import write_idx
from tests.test_cli import assert_user_error, nnviz


def bar_images(n, side=28, classes=3, seed=0):
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % classes
    x = rng.integers(0, 30, (n, side, side)).astype(np.uint8)
    for i, k in enumerate(labels):
        x[i, 4 + 7 * k: 8 + 7 * k, 4:side - 4] = 255
    return x, labels


def test_train_on_a_csv_reports_skipped_rows_on_stderr(tmp_path):
    x, y = bar_images(90)
    rows = [f"{k}," + ",".join(map(str, img.reshape(-1))) for img, k in zip(x, y)]
    rows.insert(10, "1,2,3")
    (tmp_path / "d.csv").write_text("label," + ",".join(f"p{i}" for i in range(784)) + "\n"
                                    + "\n".join(rows) + "\n")
    r = nnviz("train", "--data-csv", tmp_path / "d.csv", "--epochs", "2", "--json",
              "--test-fraction", "0.3", "--lr", "1")
    assert r.returncode == 0, r.stderr
    epochs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [e["epoch"] for e in epochs] == [1, 2]
    assert "imported 90 images in 3 classes" in r.stderr
    assert "63 training, 27 test" in r.stderr and "skipped 1 item" in r.stderr
    assert "skipped line 12: has 3 values; expected 785" in r.stderr


def test_train_on_an_image_folder_and_an_idx_pair(tmp_path):
    from nnviz.gui.image_files import write_grey_png
    x, y = bar_images(24, side=28)
    for i, (img, k) in enumerate(zip(x, y)):
        write_grey_png(tmp_path / "imgs" / f"class{k}" / f"{i}.png", img / 255)
    big = np.zeros((120, 80))
    big[30:90, 35:45] = 1
    write_grey_png(tmp_path / "imgs" / "class1" / "big.png", big)
    (tmp_path / "imgs" / "class1" / "notes.txt").write_text("x")
    (tmp_path / "imgs" / "class2" / "broken.png").write_bytes(b"not a png")
    r = nnviz("train", "--data-folder", tmp_path / "imgs", "--epochs", "1", "--json")
    assert r.returncode == 0, r.stderr
    assert "imported 25 images in 3 classes" in r.stderr and "skipped 2 item" in r.stderr
    assert "notes.txt: is not an image file (.txt)" in r.stderr
    assert "broken.png: not an image Qt can read" in r.stderr

    write_idx(tmp_path / "i.gz", x)
    write_idx(tmp_path / "l.gz", (y + 1).astype(np.uint8))
    (tmp_path / "names.txt").write_text("top\nmiddle\nbottom\n")
    model = tmp_path / "m.npz"
    r = nnviz("train", "--data-idx", tmp_path / "i.gz", tmp_path / "l.gz", "--class-names",
              tmp_path / "names.txt", "--epochs", "1", "--json", "--save", model)
    assert r.returncode == 0, r.stderr
    from nnviz.core.files.model_io import load_model
    net, classes = load_model(model)
    assert classes == ("top", "middle", "bottom") and net.sizes[-1] == 3


@pytest.mark.parametrize("args, words", [
    (["--data-csv", "nope.csv"], ["nope.csv", "no such CSV"]),
    (["--data-csv", "x.csv", "--dataset", "mnist"], ["either --dataset"]),
    (["--test-csv", "t.csv", "--data-folder", "."], ["--test-csv goes with --data-csv"]),
])
def test_import_mistakes_are_one_line(tmp_path, args, words):
    assert_user_error(nnviz("train", *args, "--epochs", "1", cwd=tmp_path), *words)
