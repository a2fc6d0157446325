"""PNG pictures (a view, the window, a saved drawing) are written whole or not at all: a failure
leaves the file that was there, and a read-only file is refused, as for every other file."""

import os

import pytest
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog

from nnviz.core.files.atomic import ReadOnlyFileError
from nnviz.gui.image_files import save_png


def _picture(colour=0xFF3366CC, w=40, h=30):
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def test_save_png_writes_a_picture_that_reads_back(qapp, tmp_path):
    path = tmp_path / "p.png"
    assert save_png(_picture(), path) == path
    back = QImage(str(path))
    assert (back.width(), back.height()) == (40, 30)
    assert back.pixel(5, 5) == 0xFF3366CC
    assert [p.name for p in tmp_path.iterdir()] == ["p.png"]        # no temporary left


def test_a_picture_that_cannot_be_encoded_leaves_the_old_file(qapp, tmp_path):
    path = tmp_path / "p.png"
    path.write_bytes(b"the picture from yesterday")
    with pytest.raises(OSError):
        save_png(QPixmap(), path)                                    # a null picture
    assert path.read_bytes() == b"the picture from yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["p.png"]


def test_a_read_only_file_is_refused_and_kept(qapp, tmp_path):
    path = tmp_path / "p.png"
    path.write_bytes(b"keep me")
    os.chmod(path, 0o444)
    with pytest.raises(ReadOnlyFileError):
        save_png(_picture(), path)
    assert path.read_bytes() == b"keep me"


def test_export_png_of_a_view_from_the_window(window, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "view.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.files.export_png(window.weights_view, "weights")
    back = QImage(str(path))
    size = window.weights_view.grab().size()
    assert (back.width(), back.height()) == (size.width(), size.height()) and not dialogs

    os.chmod(path, 0o444)                           # refused with a message, the file kept
    before = path.read_bytes()
    window.files.export_png(window.weights_view, "weights")
    assert dialogs and dialogs[-1][0] == "warning" and str(path) in dialogs[-1][2]
    assert path.read_bytes() == before


def test_a_missing_folder_is_named(qapp, tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder") as e:
        save_png(_picture(), tmp_path / "nowhere" / "p.png")
    assert e.value.filename == str(tmp_path / "nowhere")
