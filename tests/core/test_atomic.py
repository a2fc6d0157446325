"""Saving never harms the user's files: read-only refused, permissions kept, links kept, and
neither a failed write nor SIGTERM leaves a half-written file or a `.part` behind."""

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nnviz.core.files import atomic
from nnviz.core.files.atomic import ReadOnlyFileError, write_atomically
from nnviz.core.files.export import export_json, export_onnx
from nnviz.core.files.model_io import load_model, save_model
from nnviz.core.network import Network

REPO = Path(__file__).resolve().parents[2]
NET = Network.create((4, 3, 2), seed=0)


def leftovers(folder):
    return [p.name for p in Path(folder).iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("save", [
    lambda p: save_model(p, NET), lambda p: export_json(p, NET), lambda p: export_onnx(p, NET)])
def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path, save):
    path = tmp_path / "kept"
    path.write_bytes(b"the user's file")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        save(path)
    assert path.read_bytes() == b"the user's file" and (path.stat().st_mode & 0o777) == 0o444
    assert leftovers(tmp_path) == []


def test_permissions_of_the_old_file_are_kept(tmp_path):
    path = tmp_path / "private.npz"
    save_model(path, NET)
    path.chmod(0o600)
    save_model(path, NET)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_new_file_gets_the_umask(tmp_path):
    umask = os.umask(0o022)
    try:
        save_model(tmp_path / "new.npz", NET)
    finally:
        os.umask(umask)
    assert (tmp_path / "new.npz").stat().st_mode & 0o777 == 0o644


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "models" / "real.npz"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.npz"
    link.symlink_to(real)
    save_model(link, NET)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_model(real)[0].sizes == (4, 3, 2)
    assert leftovers(tmp_path) == [] and leftovers(real.parent) == []


def test_a_folder_is_not_replaced(tmp_path):
    (tmp_path / "d.npz").mkdir()
    with pytest.raises(OSError):
        save_model(tmp_path / "d.npz", NET)


def test_json_export_is_atomic_when_the_disk_fills(tmp_path, monkeypatch):
    path = tmp_path / "model.json"
    export_json(path, NET)
    before = path.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError):
        export_json(path, Network.create((4, 5, 2), seed=1))
    assert path.read_bytes() == before and json.loads(before)["sizes"] == [4, 3, 2]
    assert leftovers(tmp_path) == []


def test_sigterm_in_the_middle_of_a_save_leaves_no_part_file(tmp_path):
    """The child is terminated while its write function runs; the old file stays whole."""
    target = tmp_path / "model.bin"
    target.write_bytes(b"old")
    code = textwrap.dedent(f"""
        import os, signal, sys
        from nnviz.core.files.atomic import write_atomically
        def write(f):
            f.write(b"half")
            os.kill(os.getpid(), signal.SIGTERM)
            f.write(b" and the rest")
        write_atomically({str(target)!r}, write)
    """)
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
    assert child.returncode == 128 + signal.SIGTERM, child.stderr
    assert "Traceback" not in child.stderr
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_write_atomically_returns_the_path_given(tmp_path):
    assert write_atomically(tmp_path / "x", lambda f: f.write(b"1")) == tmp_path / "x"
