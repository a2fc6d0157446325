"""Importing a person's own data: CSV, a folder of pictures, IDX pairs, and the held-back split.

Every malformed item must be skipped *and* listed with where it was and why — never a crash,
never a silent drop — and what survives must be exactly what the file said. The folder importer
is given a NumPy `.npy`-based decoder here, so these tests need no Qt.
"""

import numpy as np
import pytest

from nnviz.core.data import folder_import
from nnviz.core.data.csv_import import import_csv
from nnviz.core.data.folder_import import import_folder, to_image
from nnviz.core.data.idx import write_idx
from nnviz.core.data.idx_import import import_idx, read_class_names, sort_idx_files
from nnviz.core.data.import_report import class_names, hold_out
from nnviz.core.errors import Cancelled, DataError
from nnviz.core.preprocess import to_mnist_image


def digits(n, side=28, seed=0, classes=10):
    """n byte images whose bright bar's row encodes the label, and the labels."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % classes
    x = rng.integers(0, 30, (n, side, side)).astype(np.uint8)
    for i, k in enumerate(labels):
        x[i, 2 + k * (side - 4) // classes, 3:side - 3] = 255
    return x, labels


def write_csv(path, x, labels, header=True, scale=255, extra_lines=()):
    lines = []
    if header:
        lines.append("label," + ",".join(f"pixel{i}" for i in range(x[0].size)))
    for img, k in zip(x, labels):
        px = img.reshape(-1) if scale == 255 else np.round(img.reshape(-1) / 255, 4)
        lines.append(f"{k}," + ",".join(f"{v:g}" for v in px))
    lines.extend(extra_lines)
    path.write_text("\n".join(lines) + "\n")
    return path


# ---- CSV -------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", [True, False])
def test_csv_round_trips_exactly_with_or_without_header(tmp_path, header):
    x, y = digits(50)
    data, report = import_csv(write_csv(tmp_path / "d.csv", x, y, header=header), seed=1)
    assert report.skipped == []
    assert data.n_classes == 10 and data.classes == tuple("0123456789")
    assert len(data.train_images) + len(data.test_images) == 50
    # Every imported row is one of the originals, pixel for pixel, with its own label.
    originals = {img.tobytes(): k for img, k in zip(x, y)}
    for img, k in zip(data.train_images, data.train_labels):
        assert originals[np.rint(img * 255).astype(np.uint8).tobytes()] == k


def test_csv_with_separate_test_file_uses_it(tmp_path):
    x, y = digits(40)
    tx, ty = digits(12, seed=5)
    data, report = import_csv(write_csv(tmp_path / "train.csv", x, y),
                              write_csv(tmp_path / "test.csv", tx, ty, header=False))
    assert len(data.train_images) == 40 and len(data.test_images) == 12
    np.testing.assert_array_equal(data.test_labels, ty)
    assert report.train_counts == (4,) * 10
    assert not any("held back" in n for n in report.notes)


def test_csv_bad_rows_are_skipped_and_listed_with_line_numbers(tmp_path):
    x, y = digits(20)
    good = ",".join(["3"] + ["0"] * 784)
    bad = [
        ",".join(["1"] + ["0"] * 783),                 # line 22: one value short
        "",                                            # line 23: empty
        ",".join(["2", "abc"] + ["0"] * 783),          # line 24: not a number
        ",".join(["-1"] + ["0"] * 784),                # line 25: negative label
        ",".join(["2.5"] + ["0"] * 784),               # line 26: fractional label
        ",".join(["4", "300"] + ["0"] * 783),          # line 27: pixel out of range
        ",".join(["4", "nan"] + ["0"] * 783),          # line 28: NaN
        good,                                          # line 29: fine
    ]
    data, report = import_csv(write_csv(tmp_path / "d.csv", x, y, extra_lines=bad))
    where = {s.where: s.reason for s in report.skipped}
    assert set(where) == {f"line {n}" for n in range(22, 29)}
    assert "784 values; expected 785" in where["line 22"]
    assert "empty" in where["line 23"]
    assert "'abc' in column 2 is not a number" in where["line 24"]
    assert "label -1" in where["line 25"] and "label 2.5" in where["line 26"]
    assert "pixel value 300" in where["line 27"]
    assert "finite" in where["line 28"]
    assert report.n_imported == 21 and report.n_skipped == 7


def test_csv_of_floats_from_0_to_1_is_detected(tmp_path):
    x, y = digits(30)
    data, report = import_csv(write_csv(tmp_path / "f.csv", x, y, scale=1))
    assert any("0 to 1" in n for n in report.notes)
    rows = np.concatenate([data.train_images, data.test_images])
    assert rows.max() == 1.0   # 255 → 1.0, not 1/255
    assert np.abs(np.sort(rows.sum(1)) - np.sort(x.reshape(30, -1).sum(1) / 255)).max() < 0.05


def test_csv_other_square_sizes_and_errors_in_a_sentence(tmp_path):
    x, y = digits(20, side=16)
    data, _ = import_csv(write_csv(tmp_path / "s.csv", x, y))
    assert data.image_shape == (16, 16)
    (tmp_path / "odd.csv").write_text("1,2,3,4\n0,1,2,3\n")   # 3 pixels: not a square image
    with pytest.raises(DataError, match="label then a square image"):
        import_csv(tmp_path / "odd.csv")
    (tmp_path / "nolabel.csv").write_text("pixel0,pixel1,pixel2,pixel3\n0,1,2,3\n")
    with pytest.raises(DataError, match="no label column"):
        import_csv(tmp_path / "nolabel.csv")
    with pytest.raises(DataError, match="no such CSV"):
        import_csv(tmp_path / "missing.csv")


def test_csv_with_nothing_usable_names_the_first_problem(tmp_path):
    (tmp_path / "bad.csv").write_text("label," + ",".join(["p"] * 4) + "\nx,1,2,3,4\n")
    with pytest.raises(DataError, match="no usable images.*line 2"):
        import_csv(tmp_path / "bad.csv")


def test_csv_reports_progress_and_can_be_cancelled(tmp_path):
    x, y = digits(30)
    path = write_csv(tmp_path / "d.csv", x, y)
    calls = []
    import_csv(path, progress=lambda d, t, s: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1] == path.stat().st_size
    with pytest.raises(Cancelled, match="cancelled"):
        import_csv(path, cancelled=lambda: True)


# ---- folders of pictures -------------------------------------------------------------------
def npy_decode(path):
    """Stands in for Qt's reader: .npy files are 'images'; anything else is unreadable."""
    try:
        return np.load(path)
    except ValueError as e:
        raise DataError(f"{path.name}: not an image Qt can read.") from e


def test_folder_with_mixed_sizes_junk_and_corrupt_files(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    big = np.zeros((90, 60))
    big[20:70, 25:35] = 1.0                                 # a tall bar, not 28×28
    mnist_like = rng.integers(0, 60, (28, 28)).astype(np.float64) / 255   # dark, with a bar
    mnist_like[5:20, 12:15] = 1.0
    for k in ("0", "1"):
        (tmp_path / k).mkdir()
    np.save(tmp_path / "0" / "a.npy", big)
    np.save(tmp_path / "0" / "b.npy", 1.0 - big)            # dark ink on white: inverted
    np.save(tmp_path / "1" / "c.npy", mnist_like)
    (tmp_path / "1" / "notes.txt").write_text("hello")
    (tmp_path / "1" / "broken.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "1" / "nested").mkdir()
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "empty").mkdir()
    np.save(tmp_path / "1" / "blank.npy", np.zeros((40, 40)))
    monkeypatch.setattr(folder_import, "IMAGE_SUFFIXES", (".png", ".npy"))
    data, report = import_folder(tmp_path, npy_decode, test_fraction=0.34, seed=0)
    reasons = {s.where.replace(str(tmp_path) + "/", ""): s.reason for s in report.skipped}
    assert set(reasons) == {"README.md", "1/notes.txt", "1/broken.png", "1/nested", "empty",
                            "1/blank.npy"}
    assert "not an image file (.txt)" in reasons["1/notes.txt"]
    assert "not an image Qt can read" in reasons["1/broken.png"]
    assert "not searched" in reasons["1/nested"] and "blank" in reasons["1/blank.npy"]
    assert "class folder" in reasons["README.md"] and "no images" in reasons["empty"]
    assert data.classes == ("0", "1") and report.n_imported == 3
    images = {bytes(np.rint(img * 255).astype(np.uint8)): k for img, k in
              zip(np.concatenate([data.train_images, data.test_images]),
                  np.concatenate([data.train_labels, data.test_labels]))}
    # 28×28 taken as-is; other sizes through to_mnist_image; white paper inverted.
    assert images[bytes(np.rint(mnist_like * 255).astype(np.uint8).reshape(-1))] == 1
    expected = np.rint(to_mnist_image(big) * 255).astype(np.uint8)
    assert images[bytes(expected.reshape(-1))] == 0
    np.testing.assert_array_equal(to_image(1.0 - big), expected)


def test_folder_with_train_and_test_subfolders_uses_them(tmp_path, monkeypatch):
    x, _ = digits(4)
    for split, n in (("train", 3), ("test", 1)):
        for k in ("cat", "dog"):
            (tmp_path / split / k).mkdir(parents=True)
            for i in range(n):
                np.save(tmp_path / split / k / f"{i}.npy", x[i] / 255)
    monkeypatch.setattr(folder_import, "IMAGE_SUFFIXES", (".npy",))
    data, report = import_folder(tmp_path, npy_decode)
    assert data.classes == ("cat", "dog")
    assert report.train_counts == (3, 3) and report.test_counts == (1, 1)


def test_folder_errors(tmp_path):
    with pytest.raises(DataError, match="not a folder"):
        import_folder(tmp_path / "nope", npy_decode)
    (tmp_path / "7").mkdir()
    with pytest.raises(DataError, match="no images found"):
        import_folder(tmp_path, npy_decode)


# ---- IDX -------------------------------------------------------------------------------------
def test_idx_pair_with_emnist_like_one_based_labels_and_names(tmp_path):
    x, y = digits(52, classes=26)
    write_idx(tmp_path / "emnist-letters-train-images-idx3-ubyte.gz", x)
    write_idx(tmp_path / "emnist-letters-train-labels-idx1-ubyte.gz", (y + 1).astype(np.uint8))
    (tmp_path / "mapping.txt").write_text("".join(f"{k} {64 + k} {96 + k}\n"
                                                  for k in range(1, 27)))
    files = sort_idx_files(tmp_path.iterdir())
    assert set(files) == {"images", "labels", "names"}
    data, report = import_idx(files["images"], files["labels"], names=files["names"], seed=3)
    assert data.n_classes == 26 and data.classes[0] == "Aa" and data.classes[-1] == "Zz"
    assert data.name == "emnist-letters"
    assert any("transposed" in n for n in report.notes)
    # Label 1 became class 0; the images were transposed back (EMNIST's quirk).
    first = np.flatnonzero(data.train_labels == 0)[0]
    img = data.train_images[first].reshape(28, 28)
    assert (img[3:25, 2] == 1.0).all()        # the bar drawn in row 2 is now column 2
    assert not (img[2, 3:25] == 1.0).all()


def test_idx_names_as_plain_lines_and_test_pair(tmp_path):
    x, y = digits(30, side=20, classes=3)
    for stem, arr in (("i", x), ("l", y.astype(np.uint8)), ("ti", x[:6]),
                      ("tl", y[:6].astype(np.uint8))):
        write_idx(tmp_path / stem, arr)
    (tmp_path / "names.txt").write_text("circle\nsquare\n\ntriangle\n")
    data, report = import_idx(tmp_path / "i", tmp_path / "l", tmp_path / "ti", tmp_path / "tl",
                              names=tmp_path / "names.txt")
    assert data.classes == ("circle", "square", "triangle")
    assert data.image_shape == (20, 20) and len(data.test_images) == 6
    np.testing.assert_array_equal(data.train_images[0].reshape(20, 20) * 255, x[0])


def test_class_names_rules():
    assert class_names(np.array([1, 2]), ["x", "a", "b"]) == ("a", "b")   # names[v]
    assert class_names(np.array([1, 2]), ["a", "b"]) == ("a", "b")        # one per value
    with pytest.raises(DataError, match="2 names"):
        class_names(np.array([3, 5, 9]), ["a", "b"])


def test_read_class_names_rejects_empty(tmp_path):
    (tmp_path / "n.txt").write_text("\n\n")
    with pytest.raises(DataError, match="empty"):
        read_class_names(tmp_path / "n.txt")


# ---- the held-back split ---------------------------------------------------------------------
def test_hold_out_is_stratified_and_fixed_by_the_seed():
    labels = np.repeat(np.arange(4), [100, 50, 10, 3])
    a_train, a_test = hold_out(labels, 0.2, seed=7)
    b_train, b_test = hold_out(labels, 0.2, seed=7)
    _, c_test = hold_out(labels, 0.2, seed=8)
    np.testing.assert_array_equal(a_test, b_test)
    assert not np.array_equal(a_test, c_test)
    assert np.bincount(labels[a_test]).tolist() == [20, 10, 2, 1]
    assert np.intersect1d(a_train, a_test).size == 0
    assert np.union1d(a_train, a_test).size == labels.size


def test_hold_out_keeps_a_test_image_for_tiny_sets_and_checks_the_fraction():
    labels = np.array([0, 1, 2, 2])
    train, test = hold_out(labels, 0.1, seed=0)
    assert test.size == 1 and train.size == 3
    with pytest.raises(DataError, match="between 0 and 1"):
        hold_out(labels, 1.0, seed=0)
