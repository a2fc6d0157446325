"""The main window: builds the docks, actions and status bar, and wires views to the training.

This is the one place where views, the controls and the training session meet. Views receive
copies of plain arrays; the window keeps its own copy of the latest parameters (`self.model`)
for the drawing pad and the diagram, so neither ever touches the network being trained.
"""

import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QScrollArea, QTabBar, QVBoxLayout,
                               QWidget)

from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import load_model
from nnviz.core.network import Network
from nnviz.core.preprocess import has_ink, to_mnist
from nnviz.core.training import Trainer
from nnviz.gui import panels
from nnviz.gui.help import popup as help_popup
from nnviz.gui.lessons import views as lesson_views
from nnviz.gui.lessons.controller import LessonController
from nnviz.gui.window.autosave import Autosave
from nnviz.gui.widgets.controls import TrainingControls, speed_from_slider
from nnviz.gui.window.data_loading import DATASET_KEYS, DataLoading
from nnviz.gui.window.exports import Exports
from nnviz.gui.window.model_files import ModelFiles
from nnviz.gui.window.replay import Replay
from nnviz.gui.resources import PRETRAINED, resource
from nnviz.gui.training.session import GATHER_AHEAD, TrainingSession
from nnviz.gui.views.cost_view import CostView
from nnviz.gui.views.drawing_pad import DrawingPad
from nnviz.gui.views.save_drawing import SaveDrawingBar
from nnviz.gui.views.network_view import NetworkView
from nnviz.gui.views.prediction_view import PredictionView
from nnviz.gui.views.weights_view import WeightsView

EXAMPLE_SECONDS = 1.5   # how long the diagram shows one training example before the next


class MainWindow(DataLoading, ModelFiles, Replay, Exports, Autosave, QMainWindow):
    def __init__(self, settings, data_dir=None, dataset=None):
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir or settings.get("data_dir") or None
        self.data = None            # the loaded Dataset
        self.model = None           # the GUI's own copy of the current network
        self.classes = tuple(str(i) for i in range(10))
        self.session = None
        self.job = None
        self.example = 0            # index of the training example the diagram follows
        self.drawing = None         # the drawn digit as (784,) when the pad has ink
        self.chosen = None          # (x, label, caption) a panel asked the diagram to show
        self.shown = None           # (x, label, caption) the diagram shows now
        self.model_caption = ""     # where the current network came from
        self._rate = (0, 0.0)       # (samples_seen, seconds) at the previous snapshot
        self.setWindowTitle("nnviz — watch a neural network learn to read digits")
        self._build_views()
        self._build_actions()
        self._build_status()
        self.lessons = LessonController(self, settings.get("lesson_pace"))   # menu, guide, pace
        self.controls.set_values(settings.all())
        if dataset:
            self.controls.set_values({"dataset": dataset})
        self.cost_view.set_log_scale(settings.get("log_scale"))
        self.weights_view.set_mode(settings.get("weights_mode"))
        self._restore_layout()
        self._load_pretrained()
        self.timer = QTimer(self, interval=int(EXAMPLE_SECONDS * 1000), timeout=self._next_example)
        self.timer.start()
        QTimer.singleShot(0, lambda: self.load_data(self.controls.values()["dataset"]))

    # ---- construction ------------------------------------------------------------------------
    def _build_views(self):
        self.network_view = NetworkView()
        self.banner = self._make_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.network_view, 1)
        self.setCentralWidget(central)
        self.cost_view = CostView()
        self.weights_view = WeightsView()
        self.pad = DrawingPad()
        self.prediction = PredictionView()
        pad_panel = QWidget()
        pad_column = QVBoxLayout(pad_panel)
        row = QHBoxLayout()
        pad_column.addLayout(row, 1)
        row.addWidget(self.pad, 1)
        row.addWidget(self.prediction, 1)
        self.save_bar = SaveDrawingBar(self.pad.canvas_array)   # "Save my drawing"
        pad_column.addWidget(self.save_bar)
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
                ("controls", "Training", scroll, Qt.DockWidgetArea.LeftDockWidgetArea),
                ("weights", "First-layer weights", self.weights_view,
                 Qt.DockWidgetArea.RightDockWidgetArea),
                ("pad", "Draw a digit", pad_panel, Qt.DockWidgetArea.RightDockWidgetArea),
                ("cost", "Cost and accuracy", self.cost_view,
                 Qt.DockWidgetArea.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[key] = dock
        self._build_panels()
        self._build_timeline()     # the replay bar under the views (replay.py)
        self.save_bar.saved.connect(lambda path: self.pad.clear())
        self.save_bar.open_requested.connect(self._open_my_digits)
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self.pad.cleared.connect(lambda: self._on_drawing_changed(None))
        c = self.controls
        c.dataset_chosen.connect(self.load_data)
        c.download_requested.connect(self.download_mnist)
        c.folder_requested.connect(self.choose_folder)
        c.lr_changed.connect(lambda v: self.session and self.session.set_hyper(lr=v))
        c.batch_size_changed.connect(lambda v: self.session and self.session.set_hyper(batch_size=v))
        c.speed_changed.connect(lambda rate: self.session and self.session.set_speed(rate))
        c.augment_changed.connect(self._on_augment_changed)
        c.dropout_changed.connect(lambda p: self.session and self.session.set_hyper(dropout=p))
        c.architecture_edited.connect(lambda: self.statusBar().showMessage(
            "Network settings changed: press Reset to build the new network.", 6000))

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
            panel.input_chosen.connect(self._on_input_chosen)
            panel.model_edited.connect(self._on_model_edited)
            panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            panel.dataset_ready.connect(self.use_dataset)
            if hasattr(panel, "on_neuron_clicked"):   # e.g. the lab inspects a clicked neuron
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

    def _publish(self, reason):
        """Tell every panel what changed; hidden panels only note that they are stale."""
        if not self.panels:
            return
        ctx = panels.Context(self.model, self.classes, self.data, self.shown,
                             self.session is not None and self.session.state == "running",
                             self.session.trainer.step if self.session else 0)
        for panel in self.panels.values():
            panel.update_context(ctx, reason)

    def hold_input(self, x, label, caption):
        """Show this input in the diagram and the panels until asked otherwise."""
        self._on_input_chosen(x, label, caption)

    def _on_input_chosen(self, x, label, caption):
        self.chosen = (x, label, caption)
        self._refresh_model_views()
        self._publish("input")

    def follow_training_examples(self):
        self.chosen = None
        self._refresh_model_views()
        self._publish("input")

    def _on_augment_changed(self, augment):
        """Live: the trainer uses it from its next mini-batch; panels that preview it see it."""
        if self.session is not None:
            self.session.set_hyper(augment=augment)
        for panel in getattr(self, "panels", {}).values():
            if hasattr(panel, "show_augment"):
                panel.show_augment(augment)

    def _on_model_edited(self, net):
        self._stop_session()
        self._set_model(net, self.classes, "edited in the lab")

    def _make_banner(self):
        banner = QWidget()
        banner.setStyleSheet("background: #3a3220; color: #ffe8a3;")
        column = QVBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        column.addWidget(self.banner_text)
        row = QHBoxLayout()
        for text, slot, tip in (
                ("Download MNIST", self.download_mnist, "Fetch the four MNIST files (about "
                 "11 MB), check them and keep them in your cache folder."),
                ("Choose folder…", self.choose_folder, "Use MNIST .gz files you already have."),
                ("Use synthetic digits", lambda: self.load_data("synthetic"), "Digits drawn by "
                 "nnviz itself: works offline, but they are not real handwriting.")):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        banner.hide()
        return banner

    def _build_actions(self):
        def action(text, slot, shortcut=None, tip=""):
            a = QAction(text, self)
            a.triggered.connect(slot)
            if shortcut:
                a.setShortcuts([QKeySequence(s) for s in shortcut.split("|")])
            a.setToolTip(f"{text} ({a.shortcut().toString()})" if shortcut else text)
            a.setStatusTip(tip)
            return a
        self.act_train = action("Train", self.toggle_training, "F5|Ctrl+Return",
                                "Start training, or pause and resume it")
        self.act_step = action("Step mini-batch", self.step_batch, "F10",
                               "Run exactly one mini-batch, then pause")
        self.act_epoch = action("Step epoch", self.step_epoch, "Shift+F10",
                                "Run to the end of the current epoch, then pause")
        self.act_reset = action("Reset", self.reset, "Ctrl+R",
                                "Build a new network from the settings, with fresh random weights")
        self.act_follow = action("Follow training examples", self.follow_training_examples, "F4",
                                 "The diagram cycles through training examples again")
        open_ = action("Load model…", self.open_model, "Ctrl+O")
        save = action("Save model…", self.save_model, "Ctrl+S")
        export = action("Export window as PNG…", self.export_window, "Ctrl+E")
        quit_ = action("Quit", self.close, "Ctrl+Q")
        file_menu = self.menuBar().addMenu("&File")
        for a in (open_, save, export):
            file_menu.addAction(a)
        self._build_autosave_action(file_menu)
        views = file_menu.addMenu("Export view as PNG")
        for key, widget in (("network", self.network_view), ("cost", self.cost_view),
                            ("weights", self.weights_view), ("pad", self.docks["pad"].widget())):
            views.addAction(action(key, lambda _=False, w=widget, k=key: self.export_png(w, k)))
        self._add_replay_actions(file_menu, action)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        train_menu = self.menuBar().addMenu("&Train")
        for a in (self.act_train, self.act_step, self.act_epoch, self.act_reset, self.act_follow):
            train_menu.addAction(a)
        view_menu = self.menuBar().addMenu("&View")
        lesson_views.fill_view_menu(view_menu, self.docks, self.show_panel)   # by lesson; raises
        view_menu.addSeparator()
        view_menu.addAction(action("Reset layout", self.default_layout))
        help_menu = self.menuBar().addMenu("&Help")
        help_popup.install(self, help_menu)          # "What am I looking at?" (F1)
        help_menu.addAction(action("Keyboard shortcuts", self.show_shortcuts, "Ctrl+F1"))
        toolbar = self.addToolBar("Training")
        toolbar.setObjectName("toolbar_training")
        for a in (self.act_train, self.act_step, self.act_epoch, self.act_reset):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(open_)
        toolbar.addAction(save)

    def _build_status(self):
        self.status = QLabel("No training yet.")
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setMaximumWidth(220)
        self.epoch_bar.setFormat("epoch %p%")
        self.statusBar().addPermanentWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.epoch_bar)

    def _restore_layout(self):
        if not self.restoreGeometry(self.settings.get("geometry")):
            self.resize(1280, 800)
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
        """Whole tab titles with scroll arrows, rather than a row of "Se…", "E…"."""
        for bar in self.findChildren(QTabBar):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(False)

    def load_pretrained_network(self):
        """The shipped 784-16-16-10 (a training run is stopped)."""
        self._stop_session()
        self._load_pretrained()

    def _load_pretrained(self):
        path = resource(PRETRAINED)
        try:
            net, classes = load_model(path)
        except NnvizError:
            return   # the app works without it; the diagram waits for Train
        self._set_model(net, classes, "pretrained 784-16-16-10 (96.4 % on MNIST)")

    # ---- training -------------------------------------------------------------------------------
    def reset(self):
        """A new network from the controls, fresh weights; the running training is stopped."""
        v = self.controls.values()
        if v["layers"] is None:
            QMessageBox.warning(self, "Layer sizes", self.controls.layers_reason.text())
            return
        self._stop_session()
        n_in = self.data.n_inputs if self.data else v["layers"][0]
        n_out = self.data.n_classes if self.data else v["layers"][-1]
        sizes = (n_in,) + tuple(v["layers"][1:-1]) + (n_out,)
        try:
            net = Network.create(sizes, v["activation"], v["output"], v["cost"], v["init"],
                                 v["seed"])
        except NnvizError as e:
            QMessageBox.warning(self, "Cannot build this network", str(e))
            return
        self.controls.architecture_applied()
        self.controls.set_values({"layers": ",".join(map(str, sizes))})
        self._set_model(net, self.data.classes if self.data else self.classes,
                        "new network, random weights")
        self.cost_view.reset()

    def _new_session(self):
        v = self.controls.values()
        if self.data is None:
            self._on_data_failed("mnist", "No dataset is loaded yet.")
            return None
        if self.model.sizes[0] != self.data.n_inputs:
            QMessageBox.warning(self, "Model and data don't match", f"The network takes "
                                f"{self.model.sizes[0]} inputs but {self.data.name} images have "
                                f"{self.data.n_inputs} pixels. Press Reset to build a matching one.")
            return None
        try:
            trainer = self.make_trainer()
        except NnvizError as e:
            QMessageBox.warning(self, "Cannot train with these settings", str(e))
            return None
        session = TrainingSession(trainer, v["epochs"], self)
        session.set_speed(speed_from_slider(v["speed"]))
        session.snapshot_ready.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state_changed)
        session.training_failed.connect(self._on_training_failed)
        self.cost_view.set_batches_per_epoch(-(-len(self.data.train_images) // v["batch_size"]))
        self._rate = (0, 0.0)
        self._attach_history(session)    # a new run to record for replay (replay.py)
        self.lessons.attach_session(session)   # its pace, hints, the F10 result
        return session

    def make_trainer(self):
        """A trainer for a copy of the shown model on the loaded data, with the controls'
        settings; raises NnvizError for settings that cannot train. (The benchmark makes its
        views-off trainer here too, so that it is the window's.)"""
        v = self.controls.values()
        return Trainer(self.model.copy(), self.data.train_images, self.data.train_labels,
                       self.data.test_images, self.data.test_labels, lr=v["lr"],
                       batch_size=v["batch_size"], momentum=v["momentum"], l2=v["l2"],
                       schedule=v["schedule"], seed=v["seed"], dropout=v["dropout"],
                       augment=self.controls.augmentation.augment(),
                       snapshot_every=max(1, 100 // v["batch_size"]), gather_ahead=GATHER_AHEAD)

    def _ensure_session(self):
        if self.session is None:
            if self.model_caption.startswith("pretrained"):
                # The shipped network is for drawing from the first second; Train means
                # "watch a network learn", so it starts from fresh weights built by the controls.
                self.reset()
            self.session = self._new_session()
        return self.session

    def toggle_training(self):
        if self.session is not None and self.session.running and not self.session.worker.paused:
            self.session.pause()
        elif self._ensure_session():
            self.session.resume()

    def step_batch(self):
        if self._ensure_session():
            self.session.step_batch()

    def step_epoch(self):
        if self._ensure_session():
            self.session.step_epoch()

    def _stop_session(self):
        if self.session is not None:
            self.session.stop()
            self.session.deleteLater()
            self.session = None
        self.act_train.setText("Train")

    def _on_state_changed(self, state):
        self.act_train.setText("Pause" if state == "running" else
                               "Resume" if state == "paused" else "Train")
        if state == "finished":
            self.statusBar().showMessage("Training finished. Train again to continue for "
                                         "more epochs, or Reset to start over.", 8000)

    def _on_training_failed(self, message):
        QMessageBox.warning(self, "Training stopped", message)

    def _on_snapshot(self, snap):
        self._record_snapshot(snap)
        first = snap.step - len(snap.batch_costs) + 1
        self.cost_view.add_batch_costs(first, snap.batch_costs)
        if snap.epoch_end:
            self.cost_view.add_epoch(snap.step, snap.train_cost, snap.test_cost,
                                     snap.test_accuracy)
            self.last_accuracy = snap.test_accuracy
            self._autosave_after(snap)
        if not self.replaying:   # while replaying, the views stay at the chosen moment
            self.model.w, self.model.b = snap.w, snap.b
            self.weights_view.set_weights(snap.w[0])
            self._refresh_model_views()
        seen, secs = self._rate
        rate = (snap.samples_seen - seen) / max(snap.seconds - secs, 1e-9)
        self._rate = (snap.samples_seen, snap.seconds)
        acc = getattr(self, "last_accuracy", None)
        self.status.setText(
            f"epoch {snap.epoch} · mini-batch {snap.batch:,}/{snap.batches_per_epoch:,} · "
            f"{snap.samples_seen:,} samples seen · {rate:,.0f} samples/s · η = {snap.lr:.4g}"
            + (f" · test accuracy {acc * 100:.2f} %" if acc is not None else ""))
        # QProgressBar repaints synchronously when its text changes, which would paint the whole
        # window in the middle of this handler; with updates off it waits for the next paint.
        self.epoch_bar.setUpdatesEnabled(False)
        self.epoch_bar.setValue(int(100 * snap.batch / max(snap.batches_per_epoch, 1)))
        self.epoch_bar.setUpdatesEnabled(True)
        self.epoch_bar.update()
        if not self.replaying:
            self._publish("model")

    # ---- the model the views show --------------------------------------------------------------
    def _set_model(self, net, classes, caption):
        self.model = net.copy()
        self.classes = tuple(classes)
        self.weights_view.set_initial(net.w[0])
        self.weights_view.set_weights(net.w[0])
        self.model_caption = caption
        self._forget_run()
        self._refresh_model_views()
        self._publish("architecture")

    def _refresh_model_views(self):
        if self.drawing is not None:
            self._predict_drawing()
        elif self.chosen is not None and self.model is not None \
                and self.chosen[0].size == self.model.sizes[0]:
            self._show_input(*self.chosen)
        else:
            self._show_example()

    def _next_example(self):
        """While training runs the diagram follows new examples; paused, it holds the one
        being explained (panels' Next example changes it)."""
        if self.session is None or self.session.state != "running":
            return
        if self.data is not None and self.drawing is None and self.chosen is None:
            self.example = (self.example + 1) % len(self.data.train_images)
            self._show_example()
            self._publish("input")

    def _show_example(self):
        if self.model is None or self.data is None or self.data.n_inputs != self.model.sizes[0]:
            return
        x = self.data.train_images[self.example]
        self._show_input(x, int(self.data.train_labels[self.example]),
                         f"training example {self.example:,}")

    def _show_input(self, x, label, caption):
        self.shown = (x, label, caption)
        zs, acts = self.model.forward(x[None, :])
        self.network_view.show_state([a[0] for a in acts], [z[0] for z in zs],
                                     self.model.w, self.model.b, self.classes, label, caption)
        return acts[-1][0]

    def _on_drawing_changed(self, canvas):
        if canvas is None or not has_ink(canvas):
            self.drawing = None
            self.prediction.show_nothing("Nothing drawn yet")
            self._refresh_model_views()
            self._publish("input")
            return
        self.drawing = to_mnist(canvas).reshape(-1)
        self._predict_drawing()
        self._publish("input")

    def _predict_drawing(self):
        if self.model is None or self.model.sizes[0] != self.drawing.size:
            self.prediction.show_nothing("No model for 28×28 images yet")
            return
        outputs = self._show_input(self.drawing, None, "your drawing")
        self.prediction.show_prediction(self.drawing.reshape(28, 28), outputs, self.classes)

    def show_shortcuts(self):
        QMessageBox.information(self, "Keyboard shortcuts", "\n".join([
            "F1 — what am I looking at? (explains the view in use)",
            "F5 or Ctrl+Enter — train / pause / resume", "F10 — step one mini-batch",
            "Shift+F10 — step one epoch", "Ctrl+R — reset the network", "Ctrl+O / Ctrl+S — load "
            "/ save model", "Ctrl+E — export the window as PNG", "Esc (on the pad) — clear the "
            "drawing", "Ctrl+Z (on the pad) — undo the last stroke", "Ctrl+Q — quit"]))

    def closeEvent(self, event):
        # Nothing may escape from here: the settings would go unsaved, and an exception leaving
        # a Qt virtual function can crash PySide (see panels.Panel._refresh_safely).
        for step in (self._stop_session, self._stop_background, self._save_settings):
            try:
                step()
            except Exception:   # a bug in one step must not cost the user the others
                traceback.print_exc()
        super().closeEvent(event)

    def _stop_background(self):
        for panel in self.panels.values():
            panel.shutdown()
        if self.job is not None:
            self.job.cancel()
            self.job.wait(5000)

    def _save_settings(self):
        """Every key saved on its own (Settings.set clamps or skips a value out of range)."""
        values = dict(self.controls.values(), geometry=self.saveGeometry(),
                      window_state=self.saveState(), log_scale=self.cost_view.log_scale(),
                      weights_mode=self.weights_view.mode(),
                      lesson_pace=self.lessons.pace_action.isChecked())
        if values["dataset"] not in DATASET_KEYS:
            del values["dataset"]   # an imported dataset is not reloaded at the next start
        if values["layers"] is None:
            del values["layers"]    # the field holds text that is not a layer list
        else:
            values["layers"] = ",".join(map(str, values["layers"]))
        self.settings.save_all(values)
