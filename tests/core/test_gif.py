"""The GIF writer: valid structure, frame count and size, and pixels that decode back."""

import numpy as np
import pytest

from nnviz.core.files.gif import GifWriter, lzw_encode, quantize


def lzw_decode(data, min_code_size, count):
    """An independent, textbook GIF LZW decoder (strings, not the encoder's integer keys)."""
    clear, end = 1 << min_code_size, (1 << min_code_size) + 1
    data = iter(data)
    held, n_held = 0, 0          # bits read from `data` but not yet used, least significant first
    size, out = min_code_size + 1, bytearray()
    table, prev = None, None
    while True:
        while n_held < size:     # codes are packed least significant bit first
            held |= next(data) << n_held
            n_held += 8
        code, held, n_held = held & ((1 << size) - 1), held >> size, n_held - size
        if code == clear:
            table = [bytes([i]) for i in range(clear)] + [b"", b""]
            size, prev = min_code_size + 1, None
            continue
        if code == end:
            break
        if prev is None:
            entry = table[code]
        else:
            entry = table[code] if code < len(table) else prev + prev[:1]
            table.append(prev + entry[:1])
        out += entry
        prev = entry
        if len(table) == 1 << size and size < 12:
            size += 1
    assert len(out) == count
    return np.frombuffer(bytes(out), np.uint8)


def read_gif(path):
    """(width, height, loops, [(delay_cs, rgb)]) from a GIF with local colour tables."""
    raw = path.read_bytes()
    assert raw[:6] == b"GIF89a" and raw[-1:] == b"\x3b"
    width, height = int.from_bytes(raw[6:8], "little"), int.from_bytes(raw[8:10], "little")
    assert raw[10] & 0x80 == 0                       # no global colour table
    i, frames, delay, loops = 13, [], None, False
    while raw[i] != 0x3B:
        if raw[i] == 0x21:
            label, i = raw[i + 1], i + 2
            block = bytearray()
            while raw[i]:
                block += raw[i + 1:i + 1 + raw[i]]
                i += 1 + raw[i]
            i += 1
            if label == 0xF9:
                delay = int.from_bytes(block[1:3], "little")
            elif label == 0xFF:
                loops = block.startswith(b"NETSCAPE2.0")
        else:
            assert raw[i] == 0x2C
            w, h = int.from_bytes(raw[i + 5:i + 7], "little"), int.from_bytes(raw[i + 7:i + 9], "little")
            assert (w, h) == (width, height)
            flags = raw[i + 9]
            n = 2 << (flags & 7)
            palette = np.frombuffer(raw[i + 10:i + 10 + 3 * n], np.uint8).reshape(n, 3)
            i += 10 + 3 * n
            min_size, i = raw[i], i + 1
            data = bytearray()
            while raw[i]:
                data += raw[i + 1:i + 1 + raw[i]]
                i += 1 + raw[i]
            i += 1
            idx = lzw_decode(data, min_size, w * h)
            frames.append((delay, palette[idx].reshape(h, w, 3)))
    return width, height, loops, frames


def test_frames_count_size_and_exact_pixels(tmp_path):
    rng = np.random.default_rng(0)
    colours = rng.integers(0, 256, (200, 3), dtype=np.uint8)
    frames = [colours[rng.integers(0, 200, (37, 53))] for _ in range(4)]
    frames.append(np.zeros((37, 53, 3), np.uint8))         # a single colour
    path = tmp_path / "run.gif"
    with GifWriter(path, 53, 37, delay_ms=120) as gif:
        for f in frames:
            gif.add_frame(f)
    assert gif.frames == 5
    width, height, loops, decoded = read_gif(path)
    assert (width, height, loops, len(decoded)) == (53, 37, True, 5)
    for (delay, rgb), want in zip(decoded, frames):
        assert delay == 12
        np.testing.assert_array_equal(rgb, want)


def test_long_runs_of_codes_reset_the_table():
    # Random data fills the 4096-entry table many times over; the decoder must follow each clear.
    data = np.random.default_rng(1).integers(0, 256, 60000).astype(np.uint8)
    np.testing.assert_array_equal(lzw_decode(lzw_encode(data), 8, data.size), data)
    smooth = (np.arange(100000) // 300 % 256).astype(np.uint8)
    encoded = lzw_encode(smooth)
    assert len(encoded) < smooth.size / 5                  # long runs compress well
    np.testing.assert_array_equal(lzw_decode(encoded, 8, smooth.size), smooth)


def test_many_colours_are_approximated_closely():
    y, x = np.mgrid[0:64, 0:256]
    rgb = np.stack([x, y * 4, 255 - x], axis=2).astype(np.uint8)  # 16,384 colours
    palette, idx = quantize(rgb)
    error = np.abs(palette[idx].astype(int) - rgb).max()
    assert error <= 24
    assert np.abs(palette[idx].astype(int) - rgb).mean() < 6


def test_cancelled_export_leaves_no_file(tmp_path):
    path = tmp_path / "cancelled.gif"
    with pytest.raises(KeyboardInterrupt):
        with GifWriter(path, 4, 4) as gif:
            gif.add_frame(np.zeros((4, 4, 3), np.uint8))
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
    with GifWriter(path, 4, 4) as gif:
        with pytest.raises(ValueError, match="expected"):
            gif.add_frame(np.zeros((5, 4, 3), np.uint8))
        gif.add_frame(np.zeros((4, 4, 3), np.uint8))
    assert path.exists()
