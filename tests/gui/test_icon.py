"""The application icon: a valid SVG that stays legible from task-bar size to a launcher tile,
and the window uses it."""

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from nnviz.gui.resources import APP_ID, resource


def render(size):
    renderer = QSvgRenderer(str(resource(f"{APP_ID}.svg")))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(size, image.bytesPerLine())
    return raw[:, :4 * size].reshape(size, size, 4).astype(int)


@pytest.mark.parametrize("size", [16, 32, 256])
def test_icon_renders_the_seven_and_the_lit_output_at_every_size(qapp, size):
    rgba = render(size)
    s = size / 256
    opaque = rgba[..., 3] > 200
    assert 0.7 < opaque.mean() < 0.95            # a rounded tile with transparent corners
    out = rgba[int(128 * s), int(204 * s)]       # the output node: yellow
    assert out[0] > 200 and out[1] > 170 and out[2] < 140, out
    bar = rgba[int(58 * s), int(60 * s)]          # the 7's top bar: near white
    assert bar[:3].min() > 170, bar
    bg = rgba[int(230 * s), int(128 * s)]          # the tile: dark
    assert bg[:3].max() < 80, bg


def test_window_icon_and_desktop_id_are_set(qapp):
    from nnviz.gui.app import set_identity
    set_identity(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(32, 32).width() == 32
    assert qapp.desktopFileName() == APP_ID
