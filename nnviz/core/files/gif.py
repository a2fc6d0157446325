"""Animated GIF writing in plain Python and NumPy, for exporting a replayed training run.

Neither Qt nor NumPy writes GIFs, and a video encoder would be a heavy dependency for a
classroom animation of a few hundred frames, so this module encodes them itself: GIF89a, one
256-colour palette per frame (a local colour table, so the colours of each frame are its own),
LZW-compressed pixel indices, and the NETSCAPE2.0 block that makes the animation loop. Colours
are exact when a frame has at most 256 of them; otherwise a weighted median cut of a
5-bits-per-channel histogram picks 256 colours (the views'
smooth colour maps lose a little, the text and the layout none). Frames stream to a temporary
file that is renamed into place by `close()`, so a cancelled export leaves nothing behind.
"""

from pathlib import Path

import numpy as np

from nnviz.core.files.atomic import AtomicFile

MAX_CODE_SIZE = 12


def quantize(rgb):
    """(palette (256, 3) uint8, indices (h, w) uint8) for an (h, w, 3) uint8 image."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    flat = rgb.reshape(-1, 3).astype(np.int32)
    exact = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    colours, inverse = np.unique(exact, return_inverse=True)
    palette = np.zeros((256, 3), np.uint8)
    if len(colours) <= 256:
        palette[:len(colours)] = np.stack([colours >> 16, (colours >> 8) & 255, colours & 255], 1)
        return palette, inverse.reshape(h, w).astype(np.uint8)
    key = ((flat[:, 0] >> 3) << 10) | ((flat[:, 1] >> 3) << 5) | (flat[:, 2] >> 3)
    counts = np.bincount(key, minlength=1 << 15)
    occupied = np.flatnonzero(counts)
    weight = counts[occupied].astype(np.float64)
    means = np.stack([np.bincount(key, flat[:, c], 1 << 15)[occupied] for c in range(3)], 1)
    means /= weight[:, None]                                  # (m, 3) mean colour of each bin
    lut = np.zeros(1 << 15, np.uint8)
    for j, box in enumerate(_median_cut(means, weight, 256)):
        palette[j] = np.rint(weight[box] @ means[box] / weight[box].sum())
        lut[occupied[box]] = j
    return palette, lut[key].reshape(h, w)


def _median_cut(colours, weight, k):
    """Split the colours into k boxes: always the widest-times-heaviest box, at its median."""
    def scored(box):
        spread = np.ptp(colours[box], axis=0)
        return float(spread.max() * weight[box].sum()) if len(box) > 1 else -1.0, box
    boxes = [scored(np.arange(len(colours)))]
    while len(boxes) < k:
        j = max(range(len(boxes)), key=lambda i: boxes[i][0])
        score, box = boxes[j]
        if score < 0:
            break                                             # every box is a single colour
        channel = int(np.ptp(colours[box], axis=0).argmax())
        box = box[np.argsort(colours[box, channel], kind="stable")]
        half = np.cumsum(weight[box])
        cut = int(np.clip(np.searchsorted(half, half[-1] / 2), 1, len(box) - 1))
        boxes[j] = scored(box[:cut])
        boxes.append(scored(box[cut:]))
    return [box for _, box in boxes]


def lzw_encode(indices, min_code_size=8):
    """GIF's variable-width LZW of a flat sequence of palette indices, as bytes."""
    data = bytes(np.ascontiguousarray(indices, np.uint8).ravel())
    clear, end = 1 << min_code_size, (1 << min_code_size) + 1
    out = bytearray()
    size, next_code, table = min_code_size + 1, end + 1, {}
    acc, n = clear, size                     # bits waiting to be written, and how many
    prefix = data[0]
    for c in data[1:]:
        key = (prefix << 8) | c
        code = table.get(key)
        if code is not None:
            prefix = code
            continue
        acc |= prefix << n
        n += size
        while n >= 8:
            out.append(acc & 255)
            acc >>= 8
            n -= 8
        table[key] = next_code
        next_code += 1
        # the decoder adds each entry one code later than we do, hence ">" rather than ">="
        if next_code > (1 << size) and size < MAX_CODE_SIZE:
            size += 1
        if next_code == 1 << MAX_CODE_SIZE:  # table full: start over
            acc |= clear << n
            n += size
            size, next_code, table = min_code_size + 1, end + 1, {}
        prefix = c
    for code in (prefix, end):
        acc |= code << n
        n += size
    while n > 0:
        out.append(acc & 255)
        acc >>= 8
        n -= 8
    return bytes(out)


def _sub_blocks(data):
    return b"".join(bytes([len(data[i:i + 255])]) + data[i:i + 255]
                    for i in range(0, len(data), 255)) + b"\x00"


class GifWriter:
    """`with GifWriter(path, w, h, delay_ms) as gif: gif.add_frame(rgb)`; loops for ever."""

    def __init__(self, path, width, height, delay_ms=100):
        self.path, self.width, self.height = Path(path), int(width), int(height)
        if not (1 <= self.width <= 65535 and 1 <= self.height <= 65535):
            raise ValueError(f"a GIF frame cannot be {width}×{height} pixels")
        self.delay = max(2, round(delay_ms / 10))     # centiseconds; below 2 browsers slow down
        self.frames = 0
        # Checked now, not after minutes of rendering: a read-only target is refused, a link
        # is written through and the old file's permissions are kept (atomic.py); the GIF
        # appears only once it is complete.
        self._out = AtomicFile(self.path)
        self._file = self._out.file
        self._file.write(b"GIF89a" + self._u16(self.width) + self._u16(self.height)
                         + b"\x00\x00\x00")           # no global colour table
        self._file.write(b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00")   # loop for ever

    @staticmethod
    def _u16(v):
        return int(v).to_bytes(2, "little")

    def add_frame(self, rgb):
        rgb = np.asarray(rgb)
        if rgb.shape != (self.height, self.width, 3):
            raise ValueError(f"frame of shape {rgb.shape}, expected "
                             f"{(self.height, self.width, 3)}")
        palette, indices = quantize(rgb)
        f = self._file
        f.write(b"\x21\xf9\x04\x04" + self._u16(self.delay) + b"\x00\x00")  # keep, then delay
        f.write(b"\x2c" + self._u16(0) + self._u16(0) + self._u16(self.width)
                + self._u16(self.height) + b"\x87")   # a local table of 2^(7+1) colours
        f.write(palette.tobytes())
        f.write(b"\x08" + _sub_blocks(lzw_encode(indices)))
        self.frames += 1

    def close(self):
        """Finish the file and move it into place."""
        if self._file.closed:
            return
        self._file.write(b"\x3b")
        self._out.commit()

    def abort(self):
        """Stop and delete the partial file."""
        self._out.abort()

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        self.close() if kind is None else self.abort()
