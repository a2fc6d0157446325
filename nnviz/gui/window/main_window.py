"""The main window: builds the views, docks and menus, and makes them follow the window's model.

This is the one place where views, the controls and the panels meet. What is shown lives in a
Qt-free `WindowModel` (model.py); the window's jobs are controllers it owns (controller.py says
how to add one): training, data loading, model files, autosave, replay and exports. They change
the model; the window follows its one notification, `model.changed`, and redraws the diagram,
the weights, the drawing pad's prediction and the panels from it. Views receive copies of plain
arrays: the model's network is the window's own copy, never the one being trained.
"""

import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QMainWindow, QScrollArea,
                               QTabBar, QVBoxLayout, QWidget)

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model
from nnviz.core.preprocess import has_ink, to_mnist
from nnviz.gui import alerts
from nnviz.gui import class_names, panels
from nnviz.gui.captions import input_caption
from nnviz.gui.help import popup as help_popup
from nnviz.gui.lessons import views as lesson_views
from nnviz.gui.lessons.controller import LessonController
from nnviz.gui.resources import PRETRAINED, resource
from nnviz.gui.views.cost_view import CostView
from nnviz.gui.views.drawing_pad import DrawingPad
from nnviz.gui.views.network_view import NetworkView
from nnviz.gui.views.prediction_view import PredictionView
from nnviz.gui.views.save_drawing import SaveDrawingBar
from nnviz.gui.views.weights_view import WeightsView
from nnviz.gui.widgets.controls import PRESET_KEYS, TrainingControls
from nnviz.gui.window.autosave import AutosaveController
from nnviz.gui.window.controller import Menus
from nnviz.gui.window.data_loading import DATASET_KEYS, DataController
from nnviz.gui.window.display import DisplayController
from nnviz.gui.window.exports import ExportsController
from nnviz.gui.window.language_menu import LanguageMenu
from nnviz.gui.window.model import WindowModel
from nnviz.gui.window.model_files import ModelFilesController
from nnviz.gui.window.replay import ReplayController
from nnviz.gui.window.setups import SetupController
from nnviz.gui.window.training_control import TrainingController
from nnviz.gui.window.video_export import VideoExportController

EXAMPLE_SECONDS = 1.5   # how long the diagram shows one training example before the next


class MainWindow(QMainWindow):
    def __init__(self, settings, data_dir=None, dataset=None):
        super().__init__()
        self.settings = settings
        self.model = WindowModel()
        self.setWindowTitle(self.tr("nnviz — watch a neural network learn to read digits"))
        self._build_views()
        self._build_panels()
        self._build_controllers(data_dir)
        self._build_actions()
        self.model.changed.connect(self._on_model_changed)
        self.controls.set_values(settings.all())
        if dataset:
            self.controls.set_values({"dataset": dataset})
        self.cost_view.set_log_scale(settings.get("log_scale"))
        self.weights_view.set_mode(settings.get("weights_mode"))
        self._restore_layout()
        self._load_pretrained()
        self.timer = QTimer(self, interval=int(EXAMPLE_SECONDS * 1000),
                            timeout=self._next_example)
        self.timer.start()
        QTimer.singleShot(0, lambda: self.loading.load_data(self.controls.values()["dataset"]))

    def _build_controllers(self, data_dir):
        """The window's jobs, in the order their actions appear in the menus (controller.py)."""
        self.training = TrainingController(self)
        self.loading = DataController(self, data_dir)
        self.files = ModelFilesController(self)
        self.autosave = AutosaveController(self)
        self.replay = ReplayController(self)
        self.exports = ExportsController(self)
        self.video_export = VideoExportController(self)
        self.setups = SetupController(self)
        self.lessons = LessonController(self)     # Lessons menu, guide, pace, hints
        self.display = DisplayController(self)     # screen size, zoom, presenting, theme
        self.controllers = [self.training, self.loading, self.files, self.autosave,
                            self.replay, self.exports, self.video_export, self.setups,
                            self.lessons, self.display]
        self.centralWidget().layout().insertWidget(0, self.loading.banner)
        self.save_bar.open_requested.connect(self.loading.open_my_digits)

    # ---- construction ------------------------------------------------------------------------
    def _build_views(self):
        self.network_view = NetworkView()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.network_view, 1)   # under the first-run banner (data_loading.py)
        self.setCentralWidget(central)
        self.cost_view = CostView()
        self.weights_view = WeightsView()
        self.pad = DrawingPad()
        self.prediction = PredictionView()
        pad_panel = _WrappingPanel()
        pad_column = QVBoxLayout(pad_panel)
        pad_column.setContentsMargins(4, 2, 4, 2)   # the weights above keep the height
        pad_column.setSpacing(2)
        row = QHBoxLayout()
        pad_column.addLayout(row, 1)
        # The save bar under the pad only: the prediction beside them is the taller of the two
        # (its ten rows), so the bar's lines cost no height (under both, its wrapped second
        # line at 150 % pushed a 1280×800 window past its screen).
        drawing = QVBoxLayout()
        drawing.setSpacing(2)
        drawing.addWidget(self.pad, 1)
        self.save_bar = SaveDrawingBar(self.pad.canvas_array)   # "Save my drawing"
        self.save_bar.layout().setSpacing(3)     # its lines close together: height is short
        drawing.addWidget(self.save_bar)
        row.addLayout(drawing, 1)
        row.addWidget(self.prediction, 1)
        self.controls = TrainingControls()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 20)
        # The side columns run the full height; the cost curve sits under the diagram only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.docks = {}
        for key, title, widget, area in (
                ("controls", self.tr("Training"), scroll, Qt.DockWidgetArea.LeftDockWidgetArea),
                ("weights", self.tr("First-layer weights"), self.weights_view,
                 Qt.DockWidgetArea.RightDockWidgetArea),
                ("pad", self.tr("Draw a digit"), pad_panel, Qt.DockWidgetArea.RightDockWidgetArea),
                ("cost", self.tr("Cost and accuracy"), self.cost_view,
                 Qt.DockWidgetArea.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[key] = dock
        self.save_bar.saved.connect(lambda path: self.pad.clear())
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self.pad.cleared.connect(lambda: self._on_drawing_changed(None))
        self.controls.architecture_edited.connect(lambda: self.statusBar().showMessage(
            self.tr("Network settings changed: press Reset to build the new network."), 6000))

    def _build_panels(self):
        """One tabbed dock per panel, beside the weights (right) or the cost curve (bottom)."""
        self.panels = {}
        for cls in lesson_views.in_lesson_order(panels.discover()):
            panel = cls()
            dock = QDockWidget(cls.title, self)
            dock.setObjectName(f"dock_panel_{cls.key}")
            # A panel scrolls rather than forcing its minimum size on the window: with a
            # dozen panels, their minimums would otherwise add up past a 1280×800 screen.
            scroll = QScrollArea()
            scroll.setWidget(panel)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            dock.setWidget(scroll)
            anchor = self.docks["weights" if cls.area == "right" else "cost"]
            self.addDockWidget(self.dockWidgetArea(anchor), dock)
            self.tabifyDockWidget(anchor, dock)
            # Qt leaves a dock that sits under another tab "visible"; hiding the panel makes
            # isVisible(), showEvent and hideEvent mean "on screen", so hidden panels rest.
            dock.visibilityChanged.connect(panel.setVisible)
            panel.input_chosen.connect(self.model.choose_input)
            panel.model_edited.connect(self._on_model_edited)
            panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.network_view.neuron_clicked.connect(panel.on_neuron_clicked)
            self.panels[cls.key] = panel
            self.docks[f"panel_{cls.key}"] = dock
        for key in ("weights", "cost"):
            self.docks[key].raise_()

    def show_panel(self, key):
        """Bring a view or panel's dock to the front (`nnviz gui --view KEY`)."""
        dock = self.docks.get(key) or self.docks.get(f"panel_{key}")
        if dock is None:
            return False
        dock.show()
        dock.raise_()
        if key not in ("weights", "cost", "pad", "controls"):   # give the panel room to show
            share = 0.62 if self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea \
                else 0.5
            self.resizeDocks([dock], [int(self.height() * share)], Qt.Orientation.Vertical)
        return True

    def _next_example(self):
        """While training runs the diagram follows new examples; paused, it holds the one
        being explained (a panel's Next example changes it)."""
        if self.training.running():
            self.model.next_example()

    # ---- following the model -------------------------------------------------------------------
    def _on_model_changed(self, fields):
        """Redraw what the changed fields touch, then tell the panels (hidden ones note it)."""
        m = self.model
        if "network" in fields:
            self.weights_view.set_initial(m.network.w[0])
        if fields & {"network", "params"}:
            self.weights_view.set_weights(m.network.w[0])
        if fields & {"network", "classes"}:
            self._name_the_classes(class_names.kind(m.classes))
        if fields & {"network", "params", "classes", "data", "input"}:
            self._show_input(fields)
        reasons = [reason for field, reason in (("network", "architecture"), ("data", "data"),
                                                ("params", "model")) if field in fields]
        if not reasons and "input" in fields:
            reasons = ["input"]
        for reason in reasons:
            self._publish(reason)

    def _name_the_classes(self, kind):
        """The titles and the pad's prompt say what the network reads: digits, clothes, or
        (a person's own data) something."""
        if kind == class_names.CLOTHES:
            pad, title = self.tr("Draw a piece of clothing"), self.tr(
                "nnviz — watch a neural network learn to tell clothes apart")
        elif kind == class_names.OTHER:
            pad, title = self.tr("Draw something"), self.tr(
                "nnviz — watch a neural network learn to tell pictures apart")
        else:
            pad, title = self.tr("Draw a digit"), self.tr(
                "nnviz — watch a neural network learn to read digits")
        self.docks["pad"].setWindowTitle(pad)
        self.setWindowTitle(title)
        self.pad.set_kind(kind)
        if self.model.drawing is None:   # the empty bars name the classes too
            self.prediction.show_nothing(self.tr("Nothing drawn yet"), self.model.classes)

    def _show_input(self, fields):
        """The diagram shows the model's input; the pad's prediction follows the drawing."""
        m = self.model
        if "drawing" in fields and m.drawing is None:
            self.prediction.show_nothing(self.tr("Nothing drawn yet"))
        if m.network is not None:
            self.prediction.set_output_kind(m.network.output == "softmax")
        shown = m.showable()
        if shown is None:
            if m.drawing is not None:
                self.prediction.show_nothing(self.tr("No model for 28×28 images yet"))
            return
        x, label, caption = shown
        zs, acts = m.network.forward(x[None, :])
        self.network_view.show_state([a[0] for a in acts], [z[0] for z in zs],
                                     m.network.w, m.network.b, class_names.shown_all(m.classes),
                                     label, input_caption(caption),
                                     softmax=m.network.output == "softmax")
        if m.drawing is not None:
            self.prediction.show_prediction(m.drawing.reshape(28, 28), acts[-1][0], m.classes)

    def _publish(self, reason):
        if not self.panels:
            return
        m = self.model
        ctx = panels.Context(m.network, m.classes, m.data, m.shown, self.training.running(),
                             self.training.step())
        for panel in self.panels.values():
            panel.update_context(ctx, reason)

    def _on_drawing_changed(self, canvas):
        self.model.set_drawing(None if canvas is None or not has_ink(canvas)
                               else to_mnist(canvas).reshape(-1))

    def _on_model_edited(self, net):
        self.model.set_network(net, self.model.classes, "edited in the lab")   # stops training

    def _build_actions(self):
        toolbar = self.addToolBar(self.tr("Training"))
        toolbar.setObjectName("toolbar_training")
        menus = Menus(self, toolbar)
        for controller in self.controllers:
            controller.add_actions(menus)
        menus.file.addSeparator()
        menus.file.addAction(menus.action(self.tr("Quit"), self.close, "Ctrl+Q"))
        lesson_views.fill_view_menu(menus.view, self.docks, self.show_panel)   # by lesson; raises
        menus.view.addSeparator()
        menus.view.addAction(menus.action(self.tr("Reset layout"), self.default_layout))
        LanguageMenu(self).add_to(menus.view)
        help_popup.install(self, menus.help)          # "What am I looking at?" (F1)
        menus.help.addAction(menus.action(self.tr("Keyboard shortcuts"), self.show_shortcuts, "Ctrl+F1"))

    def _restore_layout(self):
        restored = self.restoreGeometry(self.settings.get("geometry"))
        self.display.fit_to_screen(restored)
        if not self.restoreState(self.settings.get("window_state")):
            QTimer.singleShot(0, self.default_layout)
        else:
            QTimer.singleShot(0, self._tidy_tab_bars)

    def default_layout(self):
        """Dock sizes as fractions of the window, for a first start or View ▸ Reset layout."""
        w, h = self.width(), self.height()
        d = self.docks
        for dock in d.values():
            dock.show()
        self.resizeDocks([d["controls"], d["weights"]], [max(250, w // 6), int(w * 0.33)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([d["weights"], d["pad"], d["cost"]],
                         [int(h * 0.42), int(h * 0.58), int(h * 0.3)], Qt.Orientation.Vertical)
        for key in ("weights", "cost"):
            d[key].raise_()
        QTimer.singleShot(0, self._tidy_tab_bars)

    def _tidy_tab_bars(self):
        """Whole tab titles with scroll arrows, rather than a row of "Se…", "E…"; no stray bar."""
        for bar in self.findChildren(QTabBar):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(False)
        self._hide_stray_tab_bars()

    def stray_tab_bars(self):
        """Dock tab bars Qt made and then forgot: creating the second tab group before the
        window is shown leaves one behind (Qt 6.11), visible as a one-letter sliver beside the
        weights. A bar in use lies under the dock of its current tab, within that dock's width."""
        titles = {dock.windowTitle(): dock for dock in self.docks.values()}
        stray = []
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self or not bar.isVisible():
                continue
            dock = titles.get(bar.tabText(bar.currentIndex()))
            if dock is None or not dock.isVisible():
                continue
            d, g = dock.geometry(), bar.geometry()
            if g.left() < d.left() - 2 or g.right() > d.right() + 2:
                stray.append(bar)
        return stray

    def _load_pretrained(self):
        path = resource(PRETRAINED)
        try:
            net, classes = load_model(path)
        except NnvizError:
            return   # the app works without it; the diagram waits for Train
        if not any(self.settings.remembered(k) for k in ("layers", *PRESET_KEYS)):
            # A first start: the controls hold the recipe that trained the network on screen,
            # so Train goes on with it (η 0.1, not the lessons' 3, on a softmax network).
            self.controls.apply_preset("3b1b-96", announce=False)
        # The caption stays English in the model (it is matched on "pretrained"); the status bar
        # translates it when it shows it.
        self.model.set_network(net, classes, QT_TRANSLATE_NOOP(
            "NetworkCaption", "pretrained 784-16-16-10 (3b1b-96 preset, 96.4 % on MNIST)"))

    def show_shortcuts(self):
        alerts.inform(self, self.tr("Keyboard shortcuts"), "\n".join([
            self.tr("F1 — what am I looking at? (explains the view in use)"),
            self.tr("F5 or Ctrl+Enter — train / pause / resume"),
            self.tr("F10 — step one mini-batch"),
            self.tr("Shift+F10 — step one epoch"),
            self.tr("Ctrl+R — reset the network"),
            self.tr("F4 — the diagram follows the training examples again"),
            self.tr("Ctrl+O / Ctrl+S — load / save model"),
            self.tr("Ctrl+E — export the window as PNG"),
            self.tr("Ctrl+B (in Backprop) — apply this example's gradient step"),
            self.tr("Ctrl+Shift+S — save the drawing to your own digits"),
            self.tr("F6 — show the view in use alone (again: back)"),
            self.tr("F11 — presenting: full screen, larger text"),
            self.tr("Ctrl+= / Ctrl+− / Ctrl+0 — larger, smaller, normal text"),
            self.tr("Esc (on the pad) — clear the drawing"),
            self.tr("Ctrl+Z (on the pad) — undo the last stroke"),
            self.tr("Ctrl+Q — quit"),
        ]))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        QTimer.singleShot(0, self._hide_stray_tab_bars)    # one left where the layout was

    def _hide_stray_tab_bars(self):
        for bar in self.stray_tab_bars():
            bar.hide()

    def closeEvent(self, event):
        # Nothing may escape from here: the settings would go unsaved, and an exception leaving
        # a Qt virtual function can crash PySide (see panels.Panel._refresh_safely).
        steps = [c.shutdown for c in self.controllers] + [self._stop_panels, self._save_settings]
        for step in steps:
            try:
                step()
            except Exception:   # a bug in one step must not cost the user the others
                traceback.print_exc()
        super().closeEvent(event)

    def _stop_panels(self):
        for panel in self.panels.values():
            panel.shutdown()

    def _save_settings(self):
        """Every key saved on its own (Settings.set clamps or skips a value out of range)."""
        values = dict(self.controls.values(), geometry=self.saveGeometry(),
                      window_state=self.saveState(), log_scale=self.cost_view.log_scale(),
                      weights_mode=self.weights_view.mode())
        if values["dataset"] not in DATASET_KEYS:
            del values["dataset"]   # an imported dataset is not reloaded at the next start
        if values["layers"] is None:
            del values["layers"]    # the field holds text that is not a layer list
        else:
            values["layers"] = ",".join(map(str, values["layers"]))
        self.settings.save_all(values)


class _WrappingPanel(QWidget):
    """A dock's widget whose minimum height is the one its width needs: the save bar under the
    pad wraps onto a second line, but a dock only asks for a minimum size, so the wrapped line
    was taken from the prediction bars (their digits ran together at 150 %)."""

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event):
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and \
                layout.minimumHeightForWidth(event.size().width()) != \
                layout.minimumHeightForWidth(event.oldSize().width()):
            self.updateGeometry()      # the dock asks for the new minimum
