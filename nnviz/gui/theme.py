"""Every colour and text size that carries meaning, for a dark and a light theme, in one place.

The rule the whole app follows — and that F1 help and every legend repeat — is the sign rule:
**blue is positive, orange is negative, and zero is the background**. It holds for a weight, a
gradient, a nudge and a contribution alike, in the diagram's lines, the neuron pop-up, the
weights mosaic, "what each neuron sees", sensitivity, backpropagation, the lab and an exported
GIF, so what one view teaches carries over to the next. Blue against orange is told apart with
every common colour-vision deficiency (red/green is not); the two ends are the same colours in
both themes, chosen with a luminance between 0.12 and 0.30 so each has at least 3:1 contrast on
the dark background *and* on the white one. Only the middle of the map follows the theme: a
value of zero is drawn in the view's background colour, so what does not matter disappears.

Activation keeps the 3Blue1Brown look in both themes: 0 is black, 1 is white (as MNIST's
pixels). Right and wrong, the highlighted winner and the cost plot's series come from the
Okabe–Ito palette too, darker in the light theme where the bright ones would wash out.

Sizes: one zoom factor (75–200 %) scales the application font and every size a view derives
from `point_size()`, so Ctrl+= and presenting enlarge all text at once. What it leaves out:
applying a theme to widgets (each view's `apply_theme`, the window's theme controller) and
remembering the choice (settings).
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage

POSITIVE_RGB = (40, 130, 210)    # blue: luminance 0.21
NEGATIVE_RGB = (222, 110, 0)     # orange: luminance 0.27
ZOOM_RANGE = (75, 200)           # percent
BASE_POINT_SIZE = 9.0            # the application font at zoom 100 %
PRESENTING_ZOOM = 150


@dataclass(frozen=True)
class Theme:
    name: str
    background: tuple      # views' background; also the colour of zero in the sign map
    text: tuple
    dim: tuple             # captions, axis labels, secondary text
    outline: tuple         # neuron outlines, frames, axis lines
    panel: tuple           # an inset's fill
    panel_edge: tuple
    highlight: tuple       # the winning output, a selected bar
    right: tuple           # a correct answer
    wrong: tuple           # a mistake
    raw: tuple             # the cost plot's series: every mini-batch (drawn faint) …
    smooth: tuple          # … their moving average
    train: tuple           # per-epoch training cost
    test: tuple            # per-epoch test cost
    accuracy: tuple        # test accuracy
    note: tuple            # an invalid value's explanation
    warning: tuple         # a mild warning (e.g. "press Reset to apply")
    window: dict           # QPalette role name → colour, for the widgets around the views

    # -- the sign rule -----------------------------------------------------------------------
    positive = property(lambda self: QColor(*POSITIVE_RGB))
    negative = property(lambda self: QColor(*NEGATIVE_RGB))

    def rgb(self, role):
        """The (r, g, b) of a role named by its field, e.g. "positive_rgb" or "background"."""
        return vars(self)[role]

    def qcolor(self, role, alpha=255):
        return QColor(*self.rgb(role), alpha)

    def css(self, role):
        return "#{:02x}{:02x}{:02x}".format(*self.rgb(role))

    def is_dark(self):
        return sum(self.background) < 3 * 128

    def sign_color(self, value, strength=1.0):
        """The colour of a signed value at `strength` 0…1 (0 = the background)."""
        end = POSITIVE_RGB if value >= 0 else NEGATIVE_RGB
        t = min(max(float(strength), 0.0), 1.0)
        return QColor(*(round(b + t * (e - b)) for e, b in zip(end, self.background)))

    def sign_rgb(self, v, limit):
        """(…, 3) uint8 colours of the values v on the sign map, saturating at ±limit."""
        t = np.clip(np.nan_to_num(np.asarray(v, dtype=float)) / (limit or 1.0), -1.0, 1.0)
        t = t[..., None]
        bg = np.array(self.background, dtype=float)
        end = np.where(t >= 0, np.array(POSITIVE_RGB, float), np.array(NEGATIVE_RGB, float))
        return (bg + np.abs(t) * (end - bg) + 0.5).astype(np.uint8)

    def sign_image(self, v, limit, scale=1):
        """A 2-D array as an RGB QImage on the sign map, each value a scale × scale block."""
        rgb = self.sign_rgb(v, limit).astype(np.uint32)
        argb = 0xFF000000 | rgb[..., 0] << 16 | rgb[..., 1] << 8 | rgb[..., 2]
        argb = np.ascontiguousarray(np.repeat(np.repeat(argb, scale, 0), scale, 1))
        h, w = argb.shape
        return QImage(argb.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()

    def sign_colormap(self):
        """The sign map for pyqtgraph (images and colour bars): −1 orange, 0 background, +1 blue."""
        import pyqtgraph as pg
        return pg.ColorMap([0.0, 0.5, 1.0], [NEGATIVE_RGB, self.background, POSITIVE_RGB],
                           name=f"nnviz-sign-{self.name}")

    # -- activation ----------------------------------------------------------------------------
    @staticmethod
    def activation_color(a):
        """0 black → 1 white, as MNIST's pixels and the 3Blue1Brown diagram."""
        g = int(round(255 * min(max(float(a), 0.0), 1.0))) if a == a else 0
        return QColor(g, g, g)

    def mix(self, role_or_rgb, t):
        """A colour laid over the background at opacity t, as an opaque colour."""
        rgb = self.rgb(role_or_rgb) if isinstance(role_or_rgb, str) else role_or_rgb
        if isinstance(rgb, QColor):
            rgb = rgb.getRgb()[:3]
        return QColor(*(round(b + t * (c - b)) for c, b in zip(rgb, self.background)))


DARK = Theme(
    name="dark", background=(21, 23, 28), text=(214, 218, 226), dim=(138, 144, 160),
    outline=(125, 132, 148), panel=(31, 35, 43), panel_edge=(70, 78, 92),
    highlight=(240, 228, 66), right=(0, 158, 115), wrong=(204, 121, 167),
    raw=(130, 150, 185), smooth=(86, 180, 233), train=(230, 159, 0), test=(204, 121, 167),
    accuracy=(0, 178, 130), note=(255, 138, 128), warning=(255, 213, 79),
    window={"Window": "#232629", "WindowText": "#e8e8e8", "Base": "#1b1d1f",
            "AlternateBase": "#2a2d31", "ToolTipBase": "#2f3337", "ToolTipText": "#f0f0f0",
            "Text": "#e8e8e8", "Button": "#2f3337", "ButtonText": "#e8e8e8",
            "Highlight": "#2f7fd0", "HighlightedText": "#ffffff", "Link": "#6cb6ff",
            "PlaceholderText": "#8a8f95", "Disabled": "#777777"})

LIGHT = Theme(
    name="light", background=(255, 255, 255), text=(28, 30, 36), dim=(92, 98, 110),
    outline=(120, 126, 138), panel=(244, 245, 248), panel_edge=(190, 196, 206),
    highlight=(176, 128, 0), right=(0, 130, 95), wrong=(170, 60, 130),
    raw=(110, 120, 140), smooth=(0, 100, 170), train=(190, 120, 0), test=(170, 60, 130),
    accuracy=(0, 130, 95), note=(190, 30, 30), warning=(150, 100, 0),
    window={"Window": "#eef0f3", "WindowText": "#1c1e24", "Base": "#ffffff",
            "AlternateBase": "#f4f5f8", "ToolTipBase": "#ffffe8", "ToolTipText": "#1c1e24",
            "Text": "#1c1e24", "Button": "#e4e7ec", "ButtonText": "#1c1e24",
            "Highlight": "#2a6fc0", "HighlightedText": "#ffffff", "Link": "#0b5cad",
            "PlaceholderText": "#7a808a", "Disabled": "#9a9ea6"})

THEMES = {"dark": DARK, "light": LIGHT}
# One colour per class in the point maps (Tableau 10, mid-lightness: reads on both backgrounds).
CLASS_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                 "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
_state = {"theme": DARK, "zoom": 100}


def current():
    """The theme in use; views read it when they paint or restyle."""
    return _state["theme"]


def set_current(name):
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    _state["theme"] = THEMES[name]
    return _state["theme"]


def zoom():
    """Text size in percent of normal (75–200)."""
    return _state["zoom"]


def set_zoom(percent):
    lo, hi = ZOOM_RANGE
    _state["zoom"] = int(min(max(round(percent), lo), hi))
    return _state["zoom"]


def point_size(relative=1.0):
    """A font size in points: `relative` times the normal text, at the current zoom."""
    return BASE_POINT_SIZE * relative * _state["zoom"] / 100.0


def tint(widget, role, css="color: {};"):
    """Style a widget with one of the theme's colours, and remember which, so that `retint`
    gives it the other theme's colour after a switch. `css` has one {} for the colour."""
    widget.setProperty("nnviz_tint", f"{role}|{css}")
    widget.setStyleSheet(css.format(current().css(role)))


def retint(root):
    """Re-apply every `tint` under `root` (a window) after the theme changed."""
    from PySide6.QtWidgets import QWidget
    for widget in [root, *root.findChildren(QWidget)]:
        spec = widget.property("nnviz_tint")
        if spec:
            role, css = spec.split("|", 1)
            widget.setStyleSheet(css.format(current().css(role)))


def label_style(role="text"):
    """pyqtgraph's axis-label style in the theme's colour and at the current zoom: an axis
    label keeps the font it was made with unless told its size, so zooming left it behind."""
    return {"color": current().css(role), "font-size": f"{point_size():.2f}pt"}


def style_plot(widget):
    """A pyqtgraph PlotWidget's background, axes and labels in the current theme's colours."""
    t = current()
    widget.setBackground(t.css("background"))
    item = widget.getPlotItem()
    for side in ("left", "bottom", "right", "top"):
        axis = item.getAxis(side)
        axis.setPen(t.css("outline"))
        axis.setTextPen(t.css("text"))
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits, **label_style())
    if item.titleLabel.text:
        item.setTitle(item.titleLabel.text, color=t.css("text"))


def sign_rule():
    """The sign rule in words, for legends and help."""
    return QCoreApplication.translate("theme", "blue = positive, orange = negative, "
                                               "background colour = zero")


def apply(app):
    """Give the application the current theme's palette and the zoomed font size."""
    from PySide6.QtGui import QPalette
    theme = current()
    p = QPalette()
    for role, colour in theme.window.items():
        if role != "Disabled":
            p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.window["Disabled"]))
    app.setPalette(p)
    font = app.font()
    font.setPointSizeF(point_size())
    app.setFont(font)
