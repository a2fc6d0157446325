"""The main window: builds the docks, actions and status bar, and wires views to the training.

This is the one place where views, the controls and the training session meet. Views receive
copies of plain arrays; the window keeps its own copy of the latest parameters (`self.model`)
for the drawing pad and the diagram, so neither ever touches the network being trained.
"""

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QProgressBar, QProgressDialog, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from nnviz.core.data import load_dataset
from nnviz.core.data.sources import cache_dir
from nnviz.core.errors import NnvizError
from nnviz.core.model_io import load_model, save_model
from nnviz.core.network import Network
from nnviz.core.preprocess import has_ink, to_mnist
from nnviz.core.training import Trainer
from nnviz.gui.controls import TrainingControls, speed_from_slider
from nnviz.gui.jobs import Job
from nnviz.gui.resources import PRETRAINED, resource
from nnviz.gui.session import TrainingSession
from nnviz.gui.views.cost_view import CostView
from nnviz.gui.views.drawing_pad import DrawingPad
from nnviz.gui.views.network_view import NetworkView
from nnviz.gui.views.prediction_view import PredictionView
from nnviz.gui.views.weights_view import WeightsView

EXAMPLE_SECONDS = 1.5   # how long the diagram shows one training example before the next


class MainWindow(QMainWindow):
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
        self._rate = (0, 0.0)       # (samples_seen, seconds) at the previous snapshot
        self.setWindowTitle("nnviz — watch a neural network learn to read digits")
        self._build_views()
        self._build_actions()
        self._build_status()
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
        row = QHBoxLayout(pad_panel)
        row.addWidget(self.pad, 1)
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
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self.pad.cleared.connect(lambda: self._on_drawing_changed(None))
        c = self.controls
        c.dataset_chosen.connect(self.load_data)
        c.download_requested.connect(self.download_mnist)
        c.folder_requested.connect(self.choose_folder)
        c.lr_changed.connect(lambda v: self.session and self.session.set_hyper(lr=v))
        c.batch_size_changed.connect(lambda v: self.session and self.session.set_hyper(batch_size=v))
        c.speed_changed.connect(lambda rate: self.session and self.session.set_speed(rate))
        c.architecture_edited.connect(lambda: self.statusBar().showMessage(
            "Network settings changed: press Reset to build the new network.", 6000))

    def _make_banner(self):
        banner = QWidget()
        banner.setStyleSheet("background: #3a3220; color: #ffe8a3;")
        row = QHBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        for text, slot in (("Download MNIST", self.download_mnist),
                           ("Choose folder…", self.choose_folder),
                           ("Use synthetic digits", lambda: self.load_data("synthetic"))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
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
        open_ = action("Load model…", self.open_model, "Ctrl+O")
        save = action("Save model…", self.save_model, "Ctrl+S")
        export = action("Export window as PNG…", self.export_window, "Ctrl+E")
        quit_ = action("Quit", self.close, "Ctrl+Q")
        file_menu = self.menuBar().addMenu("&File")
        for a in (open_, save, export):
            file_menu.addAction(a)
        views = file_menu.addMenu("Export view as PNG")
        for key, widget in (("network", self.network_view), ("cost", self.cost_view),
                            ("weights", self.weights_view), ("pad", self.docks["pad"].widget())):
            views.addAction(action(key, lambda _=False, w=widget, k=key: self.export_png(w, k)))
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        train_menu = self.menuBar().addMenu("&Train")
        for a in (self.act_train, self.act_step, self.act_epoch, self.act_reset):
            train_menu.addAction(a)
        view_menu = self.menuBar().addMenu("&View")
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(action("Reset layout", self.default_layout))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(action("Keyboard shortcuts", self.show_shortcuts, "F1"))
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

    def default_layout(self):
        """Dock sizes as fractions of the window, for a first start or View ▸ Reset layout."""
        w, h = self.width(), self.height()
        d = self.docks
        for dock in d.values():
            dock.show()
        self.resizeDocks([d["controls"], d["weights"]], [max(250, w // 6), int(w * 0.33)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([d["weights"], d["pad"], d["cost"]],
                         [int(h * 0.5), int(h * 0.45), int(h * 0.3)], Qt.Orientation.Vertical)

    def _load_pretrained(self):
        path = resource(PRETRAINED)
        try:
            net, classes = load_model(path)
        except NnvizError:
            return   # the app works without it; the diagram waits for Train
        self._set_model(net, classes, "pretrained 784-16-16-10 (96 % on MNIST)")

    # ---- data ----------------------------------------------------------------------------------
    def load_data(self, name, data_dir=None, download=False):
        """Load a dataset in the background; the window stays responsive meanwhile."""
        if self.job is not None and self.job.isRunning():
            return
        folder = data_dir or (self.data_dir if name == "mnist" else None)
        self.controls.data_status.setText(f"Loading {name}…")
        self.job = Job(lambda progress, cancelled: load_dataset(
            name, data_dir=folder, download=download, progress=progress, cancel=cancelled), self)
        self.job.succeeded.connect(self._on_data_loaded)
        self.job.failed.connect(lambda message: self._on_data_failed(name, message))
        self.job.start()

    def _on_data_loaded(self, data):
        self.data = data
        self.banner.hide()
        self.controls.set_values({"dataset": data.name})
        self.controls.data_status.setText(
            f"{data.name}: {len(data.train_images):,} training and {len(data.test_images):,} "
            f"test images" + (" — generated by nnviz, not real handwriting" if data.synthetic
                              else f"\n{data.origin}"))
        self.settings.set("dataset", data.name)
        if self.model is None or self.model.sizes[0] != data.n_inputs \
                or self.model.sizes[-1] != data.n_classes:
            self.reset()
        self.classes = data.classes if self.model.sizes[-1] == len(data.classes) else self.classes
        self._show_example()

    def _on_data_failed(self, name, message):
        self.controls.data_status.setText(message)
        if name == "mnist":
            self.banner_text.setText(
                "MNIST isn't on this computer yet. Download it (about 11 MB, checked against "
                "pinned checksums), choose a folder that holds it, or train on nnviz's "
                "synthetic digits. The pretrained network and the drawing pad work already.")
            self.banner.show()
        else:
            QMessageBox.warning(self, "Could not load the dataset", message)

    def download_mnist(self):
        if self.job is not None and self.job.isRunning():
            return
        dialog = QProgressDialog("Downloading MNIST…", "Cancel", 0, 100, self)
        dialog.setWindowTitle("Download MNIST")
        dialog.setMinimumDuration(0)
        self.job = Job(lambda progress, cancelled: load_dataset(
            "mnist", download=True, progress=progress, cancel=cancelled), self)

        def progressed(done, total, name):
            dialog.setLabelText(f"Downloading {name} into {cache_dir() / 'mnist'}…")
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        self.job.progressed.connect(progressed)
        dialog.canceled.connect(self.job.cancel)
        self.job.succeeded.connect(lambda data: (dialog.close(), self._on_data_loaded(data)))
        self.job.failed.connect(lambda message: (dialog.close(), QMessageBox.warning(
            self, "Download failed", message + "\n\nCheck your internet connection and try "
            "again, or choose a folder that already holds MNIST.")))
        self.job.start()

    def choose_folder(self):
        folder = QFileDialog.getExistingDirectory(self, "Folder with the four MNIST .gz files")
        if folder:
            self.data_dir = folder
            self.settings.set("data_dir", folder)
            self.load_data("mnist", data_dir=folder)

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
            trainer = Trainer(self.model.copy(), self.data.train_images, self.data.train_labels,
                              self.data.test_images, self.data.test_labels, lr=v["lr"],
                              batch_size=v["batch_size"], momentum=v["momentum"], l2=v["l2"],
                              schedule=v["schedule"], seed=v["seed"],
                              snapshot_every=max(1, 100 // v["batch_size"]))
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
        return session

    def _ensure_session(self):
        if self.session is None:
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
        self.model.w, self.model.b = snap.w, snap.b
        first = snap.step - len(snap.batch_costs) + 1
        self.cost_view.add_batch_costs(first, snap.batch_costs)
        if snap.epoch_end:
            self.cost_view.add_epoch(snap.step, snap.train_cost, snap.test_cost,
                                     snap.test_accuracy)
            self.last_accuracy = snap.test_accuracy
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
        self.epoch_bar.setValue(int(100 * snap.batch / max(snap.batches_per_epoch, 1)))

    # ---- the model the views show --------------------------------------------------------------
    def _set_model(self, net, classes, caption):
        self.model = net.copy()
        self.classes = tuple(classes)
        self.weights_view.set_initial(net.w[0])
        self.weights_view.set_weights(net.w[0])
        self.model_caption = caption
        self._refresh_model_views()

    def _refresh_model_views(self):
        if self.drawing is not None:
            self._predict_drawing()
        else:
            self._show_example()

    def _next_example(self):
        if self.data is not None and self.drawing is None:
            self.example = (self.example + 1) % len(self.data.train_images)
            self._show_example()

    def _show_example(self):
        if self.model is None or self.data is None or self.data.n_inputs != self.model.sizes[0]:
            return
        x = self.data.train_images[self.example]
        self._show_input(x, int(self.data.train_labels[self.example]),
                         f"training example {self.example:,}")

    def _show_input(self, x, label, caption):
        zs, acts = self.model.forward(x[None, :])
        self.network_view.show_state([a[0] for a in acts], [z[0] for z in zs],
                                     self.model.w, self.model.b, self.classes, label, caption)
        return acts[-1][0]

    def _on_drawing_changed(self, canvas):
        if canvas is None or not has_ink(canvas):
            self.drawing = None
            self.prediction.show_nothing("Nothing drawn yet")
            self._show_example()
            return
        self.drawing = to_mnist(canvas).reshape(-1)
        self._predict_drawing()

    def _predict_drawing(self):
        if self.model is None or self.model.sizes[0] != self.drawing.size:
            self.prediction.show_nothing("No model for 28×28 images yet")
            return
        outputs = self._show_input(self.drawing, None, "your drawing")
        self.prediction.show_prediction(self.drawing.reshape(28, 28), outputs, self.classes)

    # ---- files ------------------------------------------------------------------------------------
    def open_model(self):
        path, _ = QFileDialog.getOpenFileName(self, "Load model", "", "nnviz model (*.npz)")
        if not path:
            return
        try:
            net, classes = load_model(path)
        except NnvizError as e:
            QMessageBox.warning(self, "Cannot load this model", str(e))
            return
        if self.data is not None and net.sizes[0] != self.data.n_inputs:
            QMessageBox.warning(self, "Cannot load this model", f"The model takes "
                                f"{net.sizes[0]} inputs but {self.data.name} images have "
                                f"{self.data.n_inputs} pixels.")
            return
        self._stop_session()
        self.controls.set_values({"layers": ",".join(map(str, net.sizes)),
                                  "activation": net.activation, "output": net.output,
                                  "cost": net.cost})
        self._set_model(net, classes, f"loaded from {path}")
        self.cost_view.reset()
        self.statusBar().showMessage(f"Loaded {path}; Train continues training it.", 6000)

    def save_model(self):
        if self.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save model", "model.npz",
                                              "nnviz model (*.npz)")
        if path:
            try:
                save_model(path if path.endswith(".npz") else path + ".npz", self.model,
                           self.classes)
            except (NnvizError, OSError) as e:
                QMessageBox.warning(self, "Could not save", f"{path}: {e}")
            else:
                self.statusBar().showMessage(f"Saved {path}", 5000)

    def export_window(self):
        self.export_png(self, "window")

    def export_png(self, widget, name):
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", f"nnviz-{name}.png",
                                              "PNG image (*.png)")
        if path and not widget.grab().save(path, "PNG"):
            QMessageBox.warning(self, "Could not export", f"Could not write {path}.")

    def show_shortcuts(self):
        QMessageBox.information(self, "Keyboard shortcuts", "\n".join([
            "F5 or Ctrl+Enter — train / pause / resume", "F10 — step one mini-batch",
            "Shift+F10 — step one epoch", "Ctrl+R — reset the network", "Ctrl+O / Ctrl+S — load "
            "/ save model", "Ctrl+E — export the window as PNG", "Esc (on the pad) — clear the "
            "drawing", "Ctrl+Z (on the pad) — undo the last stroke", "Ctrl+Q — quit"]))

    def closeEvent(self, event):
        self._stop_session()
        if self.job is not None:
            self.job.cancel()
            self.job.wait(5000)
        self.settings.set("geometry", self.saveGeometry())
        self.settings.set("window_state", self.saveState())
        self.settings.set("log_scale", self.cost_view.log_scale())
        self.settings.set("weights_mode", self.weights_view.mode())
        for key, value in self.controls.values().items():
            if key not in ("dataset", "layers") or value is not None:
                if key == "layers":
                    value = ",".join(map(str, value))
                self.settings.set(key, value)
        super().closeEvent(event)
