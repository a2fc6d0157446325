"""The downloader against local HTTP servers that succeed, refuse, lie, truncate and stall.

Every failure must end in a `DownloadError` that names the file and each mirror's reason, and
must leave the cache folder as it found it (no half-written `.gz`, no `.part`). Tiny fake files
with their own pins keep these fast; one test downloads the real MNIST over loopback to prove
the shipped pins are right.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from nnviz.core.data import download
from nnviz.core.data.download import download_mnist
from nnviz.core.data.idx import read_idx_images
from nnviz.core.data.verify import MARKER, MNIST_PINS, Pin, verify_mnist
from nnviz.core.errors import Cancelled, DownloadError


def _idx_bytes(array: np.ndarray) -> bytes:
    header = ((0x08 << 8) | array.ndim).to_bytes(4, "big")
    return header + np.asarray(array.shape, dtype=">u4").tobytes() + array.tobytes()


def _fake_set(n_train: int = 80) -> tuple[dict[str, bytes], dict[str, Pin]]:
    """Gzipped files as a mirror would serve them, and the pins of their content."""
    rng = np.random.default_rng(1)
    arrays = {"train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28), np.uint8),
              "train-labels-idx1-ubyte": rng.integers(0, 10, n_train, np.uint8),
              "t10k-images-idx3-ubyte": rng.integers(0, 256, (20, 28, 28), np.uint8),
              "t10k-labels-idx1-ubyte": rng.integers(0, 10, 20, np.uint8)}
    raw = {stem: _idx_bytes(array) for stem, array in arrays.items()}
    files = {f"{stem}.gz": gzip.compress(data) for stem, data in raw.items()}
    pins = {stem: Pin(len(data), hashlib.sha256(data).hexdigest()) for stem, data in raw.items()}
    return files, pins


FILES, PINS = _fake_set()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):   # noqa: N802 (http.server's name)
        server = self.server
        server.hits.append(self.path)
        body = server.files.get(self.path.rsplit("/", 1)[-1])
        if body is None or server.mode == "404":
            self.send_error(404)
            return
        if server.mode == "wrong content":   # valid gzip, but not the pinned bytes
            body = gzip.compress(b"\0" * 100)
        elif server.mode == "not gzip":
            body = b"<html>captive portal</html>" * 100
        elif "junk after gzip" in server.mode:   # valid data, then 120 MB of junk
            body = body + b"\xa5" * (120 * 2**20)
        elif server.mode.startswith("endless"):   # another gzip member after the first, forever
            body = body + gzip.compress(b"\0" * (60 * 2**20))
        self.send_response(200)
        if not server.mode.startswith("unsized"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if server.mode.endswith("truncate"):
            self.wfile.write(body[: len(body) // 2])   # then hang up
        elif server.mode == "stall":
            self.wfile.write(body[: len(body) // 4])
            self.wfile.flush()
            server.release.wait(10)
        else:
            self.wfile.write(body)

    def log_message(self, *args):   # keep pytest's output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = False   # so server_close() joins handlers and no thread outlives a test

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/mnist/"


@pytest.fixture
def serve():
    """Factory: start a local mirror serving `files` in a given mode; all stop at teardown."""
    running = []

    def start(files=FILES, mode="ok") -> _Server:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.files, server.mode, server.hits = files, mode, []
        server.release = threading.Event()
        thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
        thread.start()
        running.append((server, thread))
        return server

    yield start
    for server, thread in running:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
        assert not thread.is_alive()


@pytest.fixture
def closed_url() -> str:
    """A loopback URL where nothing listens, so connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def _assert_untouched(folder):
    assert sorted(p.name for p in folder.iterdir()) == []


@pytest.mark.mnist
def test_real_mnist_downloads_and_matches_the_pins(tmp_path, serve, mnist_dir):
    files = {p.name: p.read_bytes() for p in mnist_dir.glob("*.gz")}
    if len(files) < 4:
        pytest.skip(f"{mnist_dir} holds raw files; the mirror test needs the .gz ones")
    calls = []
    dest = download_mnist(tmp_path / "mnist", mirrors=(serve(files).url,),
                          progress=lambda done, total, name: calls.append((name, done, total)))
    assert verify_mnist(dest) and (dest / MARKER).is_file()
    for name, body in files.items():
        assert (dest / name).read_bytes() == body
        done = [d for n, d, _ in calls if n == name]
        assert done == sorted(done) and done[-1] == len(body)
        assert {t for n, _, t in calls if n == name} == {len(body)}
    assert read_idx_images(dest / "t10k-images-idx3-ubyte.gz").shape == (10000, 28, 28)


def test_progress_without_content_length_reports_none_total(tmp_path, serve):
    totals = set()
    download_mnist(tmp_path, mirrors=(serve(mode="unsized").url,), pins=PINS,
                   progress=lambda done, total, name: totals.add(total))
    assert totals == {None} and verify_mnist(tmp_path, PINS)


@pytest.mark.parametrize("first", ["refused", "404"])
def test_second_mirror_is_used_when_the_first_fails(tmp_path, serve, closed_url, first):
    bad = closed_url if first == "refused" else serve(mode="404").url
    good = serve()
    download_mnist(tmp_path, mirrors=(bad, good.url), pins=PINS)
    assert verify_mnist(tmp_path, PINS)
    assert len(good.hits) == 4


def test_every_mirror_failing_names_the_file_and_each_reason(tmp_path, serve, closed_url):
    with pytest.raises(DownloadError) as caught:
        download_mnist(tmp_path, mirrors=(closed_url, serve(mode="404").url), pins=PINS)
    message = str(caught.value)
    assert "train-images-idx3-ubyte.gz" in message
    assert f"{closed_url} connection refused" in message and "HTTP 404" in message
    _assert_untouched(tmp_path)


@pytest.mark.parametrize("mode, reason", [("wrong content", "checksum mismatch"),
                                          ("not gzip", "not valid gzip data"),
                                          ("truncate", "truncated"),
                                          ("unsized truncate", "truncated")])
def test_bad_responses_leave_nothing_behind(tmp_path, serve, mode, reason):
    with pytest.raises(DownloadError, match=reason):
        download_mnist(tmp_path, mirrors=(serve(mode=mode).url,), pins=PINS)
    _assert_untouched(tmp_path)


def test_stalling_server_times_out_quickly(tmp_path, serve):
    start = time.monotonic()
    with pytest.raises(DownloadError, match="timed out"):
        download_mnist(tmp_path, mirrors=(serve(mode="stall").url,), pins=PINS, timeout=1)
    assert time.monotonic() - start < 5
    _assert_untouched(tmp_path)


def test_retry_after_a_failure_succeeds(tmp_path, serve):
    with pytest.raises(DownloadError):
        download_mnist(tmp_path, mirrors=(serve(mode="wrong content").url,), pins=PINS)
    download_mnist(tmp_path, mirrors=(serve().url,), pins=PINS)
    assert verify_mnist(tmp_path, PINS)


def test_disk_full_stops_at_once_and_cleans_up(tmp_path, serve, monkeypatch):
    class FullFile:   # the temporary file, but every write finds the disk full
        def __init__(self, file):
            self.file = file

        def write(self, _):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.file, name)

    class FullDisk(download.AtomicFile):
        def __init__(self, path):
            super().__init__(path)
            self.file = FullFile(self.file)

    monkeypatch.setattr(download, "AtomicFile", FullDisk)
    first, second = serve(), serve()
    with pytest.raises(DownloadError, match="disk full"):
        download_mnist(tmp_path, mirrors=(first.url, second.url), pins=PINS)
    assert second.hits == []   # another mirror cannot fix a full disk
    _assert_untouched(tmp_path)


def test_cancel_stops_and_cleans_up(tmp_path, serve):
    calls = []
    with pytest.raises(Cancelled, match="^download cancelled$"):
        download_mnist(tmp_path, mirrors=(serve().url,), pins=PINS,
                       cancel=lambda: calls.append(1) or len(calls) > 3)
    # Files finished before the cancel are verified and may stay; nothing partial may.
    assert not list(tmp_path.glob("*.part"))
    assert all(p.name == "train-images-idx3-ubyte.gz" for p in tmp_path.iterdir())


def test_verified_files_are_kept_and_bad_ones_replaced(tmp_path, serve, closed_url):
    download_mnist(tmp_path, mirrors=(serve().url,), pins=PINS)
    download_mnist(tmp_path, mirrors=(closed_url,), pins=PINS)   # no network needed
    (tmp_path / MARKER).unlink()
    download_mnist(tmp_path, mirrors=(closed_url,), pins=PINS)   # rehashes, still no network
    broken = tmp_path / "t10k-labels-idx1-ubyte.gz"
    broken.write_bytes(gzip.compress(b"not labels"))
    again = serve()
    download_mnist(tmp_path, mirrors=(again.url,), pins=PINS)
    assert [hit.rsplit("/", 1)[-1] for hit in again.hits] == [broken.name]
    assert verify_mnist(tmp_path, PINS)


def test_verify_notices_a_changed_or_missing_file(tmp_path, serve):
    download_mnist(tmp_path, mirrors=(serve().url,), pins=PINS)
    target = tmp_path / "train-labels-idx1-ubyte.gz"
    target.write_bytes(gzip.compress(b"\0" * PINS["train-labels-idx1-ubyte"].size))
    assert not verify_mnist(tmp_path, PINS)
    target.unlink()
    assert not verify_mnist(tmp_path, PINS)
    assert not verify_mnist(tmp_path / "nowhere", PINS)


def test_real_pins_are_the_published_ones():
    assert MNIST_PINS["train-images-idx3-ubyte"].size == 47040016
    assert download.MNIST_MIRRORS[0] == "https://ossci-datasets.s3.amazonaws.com/mnist/"


@pytest.mark.parametrize("mode", ["junk after gzip", "unsized junk after gzip", "endless"])
def test_a_mirror_sending_more_than_the_pinned_file_is_cut_off_quickly(tmp_path, serve, mode):
    """Bytes after the gzip stream once made the download quadratic (120 MB: 68 s) with the
    partial file growing; now reading stops at the first byte past the gzip stream."""
    server = serve(mode=mode)
    t0 = time.perf_counter()
    with pytest.raises(DownloadError, match="more data than the pinned file"):
        download_mnist(tmp_path, mirrors=(server.url,), pins=PINS)
    assert time.perf_counter() - t0 < 2.0
    _assert_untouched(tmp_path)
