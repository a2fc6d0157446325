"""How the window fits the room: its size on the screen, text zoom, presenting, theme, one view alone.

A controller of the main window (see controller.py). A classroom projector may be 1024×768, a
laptop 1366×768, so the window opens no larger than the screen's available area, and its
minimum width stays under 1,000 px (the controls dock narrows and scrolls, the drawing pad and
the diagram accept less room). Text can be zoomed from 75 % to 200 % (Ctrl+= / Ctrl+− / Ctrl+0):
the application font and every size a view takes from `theme.point_size` follow. Presenting
(F11) is full screen at 150 % or more, and back. View ▸ Theme switches between the dark and the
light theme (`nnviz.gui.theme`); the theme and zoom are remembered between runs. "Show alone"
(F6, or a double-click on a dock's title) gives the view in use the whole window, and back.
What it leaves out: the colours themselves (theme.py) and the dock layout's fractions
(`MainWindow.default_layout`).
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QWidget

from nnviz.gui import theme
from nnviz.gui.help import popup as help_popup
from nnviz.gui.widgets import wheel_guard
from nnviz.gui.window.controller import Controller

ZOOM_STEPS = (75, 90, 100, 110, 125, 150, 175, 200)
CONTROLS_MIN_WIDTH = 200      # px at 100 %: the controls dock narrows this far, then scrolls
FIRST_SIZE = (1280, 800)      # a first start on a large screen; never more than the screen


class DisplayController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self._presenting = None    # (zoom, was maximised) before presenting
        self.theme_actions = {}    # theme name → its View ▸ Theme action (add_actions fills it)
        self._alone = None         # the window state saved before "show alone"
        self._zoom_after_loading = None   # a zoom the screen had no room for while loading
        self._narrow_controls()
        wheel_guard.guard(window)
        self._title_clicks = _TitleDoubleClicks(self)
        # the form's minimum changes after the fact (narrowed boxes, a language, a field shown)
        self._form_watch = _LayoutWatch(window.controls, self._fit_controls_width)
        for dock in window.docks.values():
            dock.installEventFilter(self._title_clicks)

    # ---- actions -----------------------------------------------------------------------------
    def add_actions(self, menus):
        w = self.window
        view = menus.view
        view.addSeparator()
        tr = w.tr
        self.act_present = menus.action(tr("Presenting"), self.toggle_presenting, "F11",
                                        tr("Full screen with larger text, for a projector"))
        self.act_present.setCheckable(True)
        self.act_alone = menus.action(tr("Show the view in use alone"), self.toggle_alone, "F6",
                                      tr("The view under the mouse fills the window; again to "
                                         "go back (or double-click a view's title)"))
        self.act_alone.setCheckable(True)
        zoom_in = menus.action(tr("Larger text"), lambda: self.step_zoom(+1),
                               "Ctrl+=|Ctrl++", tr("Zoom all text in"))
        zoom_out = menus.action(tr("Smaller text"), lambda: self.step_zoom(-1), "Ctrl+-",
                                tr("Zoom all text out"))
        zoom_reset = menus.action(tr("Normal text size"), lambda: self.set_zoom(100), "Ctrl+0")
        for a in (self.act_present, self.act_alone, zoom_in, zoom_out, zoom_reset):
            view.addAction(a)
            w.addAction(a)       # shortcuts work with the menu bar hidden (full screen)
        themes = view.addMenu(tr("Theme"))
        group = QActionGroup(w)
        self.theme_actions = {}
        for key, text in (("dark", tr("Dark")), ("light", tr("Light (projectors)"))):
            a = menus.action(text, lambda _=False, k=key: self.set_theme(k))
            a.setCheckable(True)
            a.setChecked(theme.current().name == key)
            group.addAction(a)
            themes.addAction(a)
            self.theme_actions[key] = a

    # ---- the screen --------------------------------------------------------------------------
    def fit_to_screen(self, restored):
        """Never larger than the screen's available area; on a first start, as large as the
        screen allows up to FIRST_SIZE. `restored`: a remembered geometry was applied."""
        w = self.window
        w.layout().activate()     # the minimum size from the narrowed docks, not a stale one
        screen = w.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        room = self._screen_size() or (area.width(), area.height())
        width, height = (w.width(), w.height()) if restored else FIRST_SIZE
        width, height = min(width, room[0]), min(height, room[1])
        w.resize(width, height)
        if not area.contains(w.frameGeometry()):
            w.move(area.topLeft())

    def _narrow_controls(self):
        """The controls dock may be narrow: its form reflows to the width (the controls see to
        that) and scrolls vertically, never sideways."""
        scroll = self.window.docks["controls"].widget()
        if isinstance(scroll, QScrollArea):
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._fit_controls_width()

    def _fit_controls_width(self):
        """The controls dock never narrower than its form's minimum: with no horizontal scroll
        bar the rest was cut off (36 px of every field and box at 125 %, 11 px at 100 %)."""
        scroll = self.window.docks["controls"].widget()
        if not isinstance(scroll, QScrollArea):
            return
        bar = scroll.verticalScrollBar().sizeHint().width()
        need = self.window.controls.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()
        width = max(round(CONTROLS_MIN_WIDTH * theme.zoom() / 100), need)
        if scroll.minimumWidth() != width:
            scroll.setMinimumWidth(width)

    # ---- zoom, presenting, theme -------------------------------------------------------------
    def set_zoom(self, percent, room=None):
        """Text at `percent` (75–200), or the largest step below it with which the window's
        minimum size still fits `room` (width, height; default: its screen's available area);
        returns the zoom in force. The window at start and `--screenshot` use the same rule."""
        theme.set_zoom(percent)
        self._restyle()
        room, floor = room or self._screen_size(), min(percent, 100)   # never below normal
        while room and theme.zoom() > floor and not self._fits(room):
            theme.set_zoom(max(s for s in ZOOM_STEPS if s < theme.zoom()))
            self._restyle()
        if theme.zoom() < percent:
            self.window.statusBar().showMessage(self.window.tr(
                "Text at %1 %: larger would not fit this screen.").replace(
                "%1", str(theme.zoom())), 6000)
        w = self.window
        if w.isVisible() and not (w.isFullScreen() or w.isMaximized()):
            self.fit_to_screen(True)    # a larger step on the way grew the window past it
        return theme.zoom()

    def on_model_changed(self, fields):
        if "data" in fields and self._zoom_after_loading:
            asked, self._zoom_after_loading = self._zoom_after_loading, None
            self.set_zoom(asked)

    def fit_zoom_at_start(self):
        """At start, `fit_zoom` on the screen; the asked size is measured again once the data
        is in, on the shown window: the first-run banner shown while it loads needs room that
        the loaded window does not (1024×768: 110 % while loading, 125 % after), a hidden
        window's docks are not at their widths yet (150 % passed, and the window was 782 px
        tall on a 768-px screen), and `--screenshot` measures the loaded window too."""
        asked = theme.zoom()
        if self.fit_zoom() < asked:
            self.fit_to_screen(True)
        if asked > 100:     # measured again on the shown, loaded window (docks at their width)
            self._zoom_after_loading = asked
        return theme.zoom()

    def fit_zoom(self, room=None):
        """The zoom in force, lowered as `set_zoom` would if the window no longer fits `room`
        (a remembered or asked-for 150 % on a smaller screen); nothing is restyled if it fits."""
        room = room or self._screen_size()
        if not room or theme.zoom() <= 100 or self._fits(room):
            return theme.zoom()
        return self.set_zoom(theme.zoom(), room)

    def _screen_size(self):
        """(width, height) available on the window's screen, or None."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return None
        area = screen.availableGeometry()
        return area.width(), area.height()

    def _fits(self, room):
        QApplication.processEvents()      # the font change reaches every widget's size hint
        self.window.layout().activate()
        need = self.window.minimumSizeHint()
        return need.width() <= room[0] and need.height() <= room[1]

    def step_zoom(self, direction):
        z = theme.zoom()
        steps = [s for s in ZOOM_STEPS if (s > z if direction > 0 else s < z)]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def toggle_presenting(self, *_):
        self.set_presenting(self._presenting is None)

    def set_presenting(self, on):
        w = self.window
        if on and self._presenting is None:
            self._presenting = (theme.zoom(), w.isMaximized())
            w.showFullScreen()
            self.set_zoom(max(theme.zoom(), theme.PRESENTING_ZOOM))
        elif not on and self._presenting is not None:
            zoom, maximised = self._presenting
            self._presenting = None
            w.showMaximized() if maximised else w.showNormal()
            self.set_zoom(zoom)
            QTimer.singleShot(0, lambda: self.fit_to_screen(True))
        self.act_present.setChecked(self._presenting is not None)

    def presenting(self):
        return self._presenting is not None

    def set_theme(self, name):
        theme.set_current(name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        self._restyle()

    def _restyle(self):
        """Give every widget the current theme and zoom: the palette and font, the tinted
        labels, and each view's own `apply_theme`."""
        w = self.window
        app = QApplication.instance()
        theme.apply(app)
        theme.retint(w)
        self._narrow_controls()
        for dock in w.findChildren(QDockWidget):
            dock.setFont(_title_font(app.font()))
        for widget in [w, *w.findChildren(QWidget)]:
            if widget is not w and hasattr(widget, "apply_theme"):
                widget.apply_theme()
            widget.update()
        QTimer.singleShot(0, w.default_layout)   # the new sizes of text, shared out again

    # ---- one view alone ----------------------------------------------------------------------
    def toggle_alone(self, *_, key=None):
        """The view in use (or `key`) fills the window; called again, the layout comes back."""
        w = self.window
        if self._alone is not None:
            state, self._alone = self._alone, None
            w.centralWidget().show()
            w.restoreState(state)
        else:
            key = key or help_popup.current_key(w)
            self._alone = w.saveState()
            dock = w.docks.get(key) or w.docks.get(f"panel_{key}")
            for other in w.docks.values():
                if other is not dock:
                    other.hide()
            if dock is not None:
                w.centralWidget().hide()     # the docks take the room the diagram leaves
                dock.show()
                dock.raise_()
        self.act_alone.setChecked(self._alone is not None)

    def alone(self):
        return self._alone is not None

    # ---- remembering -------------------------------------------------------------------------
    def shutdown(self):
        settings = self.window.settings
        settings.set("theme", theme.current().name)
        settings.set("zoom", self._presenting[0] if self._presenting else theme.zoom())


def _title_font(font):
    """The application's font, told apart from it: Qt draws a dock's title in the font the
    application had when the dock was made unless the dock's own font differs from the
    application's, so the titles stayed at the start-up size whatever the zoom. The style
    strategy differs and nothing visible does (scalable fonts come in every size)."""
    font = QFont(font)
    font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    return font


class _LayoutWatch(QObject):
    """Calls `then` (once, after the event) whenever `widget`'s layout asks to be redone."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then, self._pending = then, False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.LayoutRequest and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self):
        self._pending = False
        self._then()


class _TitleDoubleClicks(QObject):
    """A double-click on a dock's title shows that view alone (Qt would float the dock)."""

    def __init__(self, display):
        super().__init__(display.window)
        self.display = display

    def eventFilter(self, dock, event):
        if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(dock, QDockWidget):
            if event.position().y() <= dock.widget().geometry().top():   # on the title bar
                keys = {d: k for k, d in self.display.window.docks.items()}
                self.display.toggle_alone(key=keys.get(dock))
                return True
        return False
