"""The frames of a replay export, shared by the GIF and the MP4: which moments, and how each
moment's picture is captioned.

An export shows at most `MAX_FRAMES` recorded moments, evenly spread from the first to the last;
each frame is the view's picture under a band (`BAND` pixels) saying the frame number, the step,
the epoch and the test accuracy, so a paused frame in class says where in training it is. Both
exports call these functions so their frames cannot drift apart.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from nnviz.gui import theme

MAX_FRAMES = 300
BAND = 26          # caption band height, pixels


def chosen_moments(n):
    """Indices of at most MAX_FRAMES of n recorded moments, evenly spread from first to last."""
    return np.unique(np.linspace(0, n - 1, min(MAX_FRAMES, n)).round().astype(int))


def caption(k, n, moment_text):
    """'frame k+1/n · step … · epoch … · test acc …' (the timeline's text without its counter)."""
    return QCoreApplication.translate("ReplayFrames", "frame {0}/{1} · ").format(k + 1, n) \
        + moment_text.split("   (")[0]


def captioned(widget, width, height, text):
    """A width × height image: the widget's picture, scaled, under a band holding `text`."""
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(theme.current().qcolor("background"))
    painter = QPainter(image)
    painter.drawPixmap(0, BAND, widget.grab().scaled(
        width, height - BAND, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation))
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    painter.setPen(theme.current().qcolor("text"))
    painter.drawText(QRect(8, 0, width - 16, BAND), Qt.AlignmentFlag.AlignVCenter, text)
    painter.end()
    return image


def image_to_rgb(image):
    """A QImage as an (h, w, 3) uint8 array (a copy)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, count=h * stride).reshape(h, stride)
    return raw[:, :3 * w].reshape(h, w, 3).copy()
