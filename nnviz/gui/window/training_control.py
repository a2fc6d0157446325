"""Training in the main window: Train, Step, Reset, the session they drive and its snapshots.

A controller of `MainWindow` (controller.py). It builds the trainer from the controls
(`make_trainer`), runs it in a `TrainingSession`, and for each snapshot extends the cost curve,
writes the status line and puts the snapshot's parameters into the window's model — unless a
recorded moment is being replayed, when the views stay where they are. Other controllers hear
of a new run (`run_started`) and of every snapshot (`snapshot_taken`, before the model changes).
When the model gets another network the running session is stopped: the next Train trains the
network that is shown.
"""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar

from nnviz.core.errors import NnvizError
from nnviz.gui import alerts, choice_names
from nnviz.gui import numbers
from nnviz.gui.i18n import fmt, text_of
from nnviz.gui.training.session import GATHER_AHEAD, TrainingSession
from nnviz.gui.widgets.controls import speed_from_slider
from nnviz.gui.widgets.status_line import StatusLine
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.model import Callbacks


# The status line's parts that give way first when the status bar is narrow: samples/s, the
# samples seen, the mini-batch; the epoch, η and the test accuracy stay.
RATE_FIRST = (3, 2, 1)


class TrainingController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self.session = None
        self.last_accuracy = None   # test accuracy at the last epoch's end
        self._rate = (0, 0.0)       # (samples_seen, seconds) at the previous snapshot
        self.run_started = Callbacks()      # called with the new TrainingSession
        self.snapshot_taken = Callbacks()   # called with each snapshot, before the model changes
        self.status = StatusLine(self.tr("No training yet."))
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setMaximumWidth(220)
        self.epoch_bar.setFormat(self.tr("epoch %p%"))
        # a normal widget, not a permanent one: it steps aside while a message shows (as a
        # permanent one with all the room it hid every message: "Saved …" was never seen)
        window.statusBar().addWidget(self.status, 1)
        window.statusBar().addPermanentWidget(self.epoch_bar)
        c = window.controls
        c.lr_changed.connect(lambda v: self.session and self.session.set_hyper(lr=v))
        c.batch_size_changed.connect(
            lambda v: self.session and self.session.set_hyper(batch_size=v))
        c.speed_changed.connect(lambda rate: self.session and self.session.set_speed(rate))
        c.augment_changed.connect(self._on_augment_changed)
        c.dropout_changed.connect(lambda p: self.session and self.session.set_hyper(dropout=p))

    def add_actions(self, menus):
        a = menus.action
        self.act_train = a(self.tr("Train"), self.toggle_training, "F5|Ctrl+Return",
                           self.tr("Start training, or pause and resume it"))
        self.act_step = a(self.tr("Step mini-batch"), self.step_batch, "F10",
                          self.tr("Run exactly one mini-batch, then pause"))
        self.act_epoch = a(self.tr("Step epoch"), self.step_epoch, "Shift+F10",
                           self.tr("Run to the end of the current epoch, then pause"))
        self.act_reset = a(self.tr("Reset"), self.reset, "Ctrl+R",
                           self.tr("Build a new network from the settings, with fresh random "
                                   "weights"))
        follow = a(self.tr("Follow training examples"), self.model.follow_examples, "F4",
                   self.tr("The diagram cycles through training examples again"))
        for action in (self.act_train, self.act_step, self.act_epoch, self.act_reset, follow):
            menus.train.addAction(action)
        for action in (self.act_train, self.act_step, self.act_epoch, self.act_reset):
            menus.toolbar.addAction(action)

    def on_model_changed(self, fields):
        if "network" in fields:
            self.stop()
            # The status and the network controls describe the network now on screen: nothing
            # left from the one before (its accuracy above all), settings that built this one.
            self.last_accuracy = None
            net = self.model.network
            self.status.setText(describe_network(net, self.model.caption))
            controls = self.window.controls
            controls.set_values({"layers": ",".join(map(str, net.sizes)),
                                 "activation": net.activation, "output": net.output,
                                 "cost": net.cost})
            controls.architecture_applied()

    def shutdown(self):
        self.stop()

    # ---- the network and the trainer ------------------------------------------------------------
    def reset(self):
        """A new network from the controls, fresh weights; the running training is stopped."""
        w = self.window
        config = w.controls.config()
        if config.layers is None:
            alerts.warn(w, self.tr("Layer sizes"), w.controls.layers_reason.text())
            return
        self.stop()
        data = self.model.data
        sizes = config.sizes_for(data) if data else tuple(config.layers)
        try:
            net = config.make_network(sizes)
        except NnvizError as e:
            alerts.warn(w, self.tr("Cannot build this network"), text_of(e))
            return
        w.controls.architecture_applied()
        w.controls.set_values({"layers": ",".join(map(str, sizes))})
        self.model.set_network(net, data.classes if data else self.model.classes,
                               self.tr("new network, random weights"))
        w.cost_view.reset()

    def make_trainer(self):
        """A trainer for a copy of the shown model on the loaded data, with the controls'
        settings; raises NnvizError for settings that cannot train. (The benchmark makes its
        views-off trainer here too, so that it is the window's.)"""
        config = self.window.controls.config()
        return config.make_trainer(self.model.network.copy(), self.model.data,
                                   snapshot_every=max(1, 100 // config.batch_size),
                                   gather_ahead=GATHER_AHEAD)

    def _new_session(self):
        w, data, net = self.window, self.model.data, self.model.network
        v = w.controls.values()
        if data is None:
            w.loading.report_failure("mnist", self.tr("No dataset is loaded yet."))
            return None
        if net.sizes[0] != data.n_inputs:
            alerts.warn(w, self.tr("Model and data don't match"), self.tr(
                "The network takes {inputs} inputs but {data} images have {pixels} pixels. "
                "Press Reset to build a matching one.").format(
                    inputs=net.sizes[0], data=data.name, pixels=data.n_inputs))
            return None
        try:
            trainer = self.make_trainer()
        except NnvizError as e:
            alerts.warn(w, self.tr("Cannot train with these settings"), text_of(e))
            return None
        session = TrainingSession(trainer, v["epochs"], w)
        session.set_speed(speed_from_slider(v["speed"]))
        session.snapshot_ready.connect(self._on_snapshot)
        session.state_changed.connect(self._on_state_changed)
        session.training_failed.connect(self._on_training_failed)
        w.cost_view.set_batches_per_epoch(-(-len(data.train_images) // v["batch_size"]))
        self._rate = (0, 0.0)
        self.run_started.emit(session)
        return session

    # ---- running --------------------------------------------------------------------------------
    def ensure_session(self):
        if self.session is None:
            if self.model.shows_shipped():
                # The shipped network is for drawing from the first second; Train means
                # "watch a network learn", so it starts from fresh weights built by the controls.
                self.reset()
            self.session = self._new_session()
        return self.session

    def toggle_training(self):
        if self.session is not None and self.session.running and not self.session.worker.paused:
            self.session.pause()
        elif self.ensure_session():
            self.session.resume()

    def step_batch(self):
        if self.ensure_session():
            self.session.step_batch()

    def step_epoch(self):
        if self.ensure_session():
            self.session.step_epoch()

    def stop(self):
        if self.session is not None:
            self.session.stop()
            self.session.deleteLater()
            self.session = None
        self.act_train.setText(self.tr("Train"))

    def running(self):
        """True while a run trains (not paused): what the panels call `training`."""
        return self.session is not None and self.session.state == "running"

    def step(self):
        return self.session.trainer.step if self.session else 0

    def _on_augment_changed(self, augment):
        """Live: the trainer uses it from its next mini-batch; panels that preview it see it."""
        if self.session is not None:
            self.session.set_hyper(augment=augment)
        for panel in self.window.panels.values():
            panel.show_augment(augment)

    def _on_state_changed(self, state):
        self.act_train.setText(self.tr("Pause") if state == "running" else
                               self.tr("Resume") if state == "paused" else self.tr("Train"))
        if state == "finished":
            self.window.statusBar().showMessage(self.tr(
                "Training finished. Train again to continue for more epochs, or Reset to start "
                "over."), 8000)

    def _on_training_failed(self, message):
        alerts.warn(self.window, self.tr("Training stopped"), message)

    def _on_snapshot(self, snap):
        self.snapshot_taken.emit(snap)
        cost_view = self.window.cost_view
        first = snap.step - len(snap.batch_costs) + 1
        cost_view.add_batch_costs(first, snap.batch_costs)
        if snap.epoch_end:
            cost_view.add_epoch(snap.step, snap.train_cost, snap.test_cost, snap.test_accuracy)
            self.last_accuracy = snap.test_accuracy
        seen, secs = self._rate
        rate = (snap.samples_seen - seen) / max(snap.seconds - secs, 1e-9)
        self._rate = (snap.samples_seen, snap.seconds)
        acc = self.last_accuracy
        text = fmt(self.tr("epoch {epoch} · mini-batch {batch:,}/{batches:,} · {seen:,} samples "
                           "seen · {rate:,.0f} samples/s · η = {lr}"),
            epoch=snap.epoch, batch=snap.batch, batches=snap.batches_per_epoch,
            seen=snap.samples_seen, rate=rate, lr=numbers.rate(snap.lr))
        if acc is not None:
            text += self.tr(" · test accuracy {acc}").format(acc=numbers.percent(acc, 2))
        self.status.set_line(text, drop=RATE_FIRST)
        # QProgressBar repaints synchronously when its text changes, which would paint the whole
        # window in the middle of this handler; with updates off it waits for the next paint.
        self.epoch_bar.setUpdatesEnabled(False)
        self.epoch_bar.setValue(int(100 * snap.batch / max(snap.batches_per_epoch, 1)))
        self.epoch_bar.setUpdatesEnabled(True)
        self.epoch_bar.update()
        if not self.model.replaying:   # while replaying, the views stay at the chosen moment
            self.model.set_params(snap.w, snap.b)


def describe_network(net, caption):
    """"pretrained 784-16-16-10 (3b1b-96 preset) · sigmoid → softmax · cross-entropy"."""
    if net is None:
        return QCoreApplication.translate("TrainingControl", "No network yet.")
    sizes = "-".join(map(str, net.sizes))
    caption = QCoreApplication.translate("NetworkCaption", caption)   # marked where it is set
    name = caption if sizes in caption else f"{caption} {sizes}".strip()
    hidden = choice_names.shown(net.activation) if len(net.sizes) > 2 else ""
    output = choice_names.shown(net.output)
    layers = f"{hidden} → {output}" if hidden else output
    return f"{name} · {layers} · {choice_names.shown(net.cost)}"
