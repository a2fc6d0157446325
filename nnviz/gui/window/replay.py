"""Replaying a training run in the main window: record, scrub, play, Live, save and open runs.

A controller of `MainWindow` (controller.py). The training thread offers every trainer snapshot to the run's
`core.history.History`, which copies the parameters only at log-spaced steps (all of them early
on, rarely later; the cost is measured by `nnviz.bench.replay_bench`); the GUI thread adds the
snapshot it shows, so the moment on screen can always be replayed. Scrubbing puts a recorded moment
into the window's model — read-only views of the recorded arrays — and every view (diagram,
weights, drawing pad's prediction, panels, the cost curve's cursor) redraws from it;
new snapshots keep extending the cost curve and the history meanwhile. Live puts the newest
parameters back.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QToolBar

from nnviz.core.errors import NnvizError
from nnviz.core.history import History
from nnviz.core.network import Network
from nnviz.core.files.run_io import load_run, save_run
from nnviz.gui import alerts
from nnviz.gui.background_read import read_in_background
from nnviz.gui.i18n import fmt, text_of
from nnviz.gui.views.timeline import TimelineView
from nnviz.gui.window.controller import Controller
from nnviz.gui.window.model_files import show_architecture


class ReplayController(QObject, Controller):
    def __init__(self, window):
        super().__init__(window, window=window)   # QObject's parent; Controller's window
        self.history = None         # core.history.History of the current run, or None
        self._live = None           # (w, b) of the newest snapshot, for Live
        self.timeline = TimelineView()
        self.timeline.moment_chosen.connect(self.show_moment)
        self.timeline.live_requested.connect(self.go_live)
        bar = QToolBar(self.tr("Replay"))
        bar.setObjectName("toolbar_replay")
        bar.setMovable(False)
        bar.addWidget(self.timeline)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        window.training.run_started.connect(self._attach_history)
        window.training.snapshot_taken.connect(self._record_snapshot)

    def add_actions(self, menus):
        menus.file.addSeparator()
        menus.file.addAction(menus.action(
            self.tr("Open run…"), self.open_run, "Ctrl+Alt+O",
            self.tr("Open a recorded training run (.npz) to replay it")))
        menus.file.addAction(menus.action(
            self.tr("Save run…"), self.save_run, "Ctrl+Alt+S",
            self.tr("Save this run's recorded history to replay it later or in class")))

    def on_model_changed(self, fields):
        if "network" in fields:
            self._forget_run()

    @property
    def replaying(self):
        return self.model.replaying

    # ---- recording ------------------------------------------------------------------------------
    def _attach_history(self, session):
        """A new run: recorded from the parameters it starts from, by its worker as it trains."""
        net = self.model.network
        h = self.history = History(net.sizes, net.dtype)
        h.record_params(0, net.w, net.b)
        session.recorder = h.offer
        self._live = None
        self.model.set_replaying(False)
        self.window.cost_view.set_cursor(None)
        self.timeline.set_length(len(h))
        self.timeline.set_live(True)

    def _record_snapshot(self, snap):
        """Called first thing for every snapshot the views get, before the window's model
        changes; the worker has already offered it (and every one in between) to the history."""
        h = self.history
        if h is None or h.sizes != tuple(self.model.network.sizes):
            return
        h.hold_newest(snap)             # the moment on screen can always be replayed
        self._live = (snap.w, snap.b)
        self.timeline.set_length(len(h))
        self.timeline.set_live(not self.replaying)
        if not self.replaying:
            self.timeline.set_text(self._moment_text(len(h) - 1))

    def _forget_run(self):
        """A new or loaded network: the recorded run no longer belongs to what is shown."""
        self.history, self._live = None, None
        self.timeline.pause()
        self.timeline.set_length(0)
        self.timeline.set_live(False, available=False)
        self.timeline.set_text(self.tr("No run recorded yet: press Train."))
        self.window.cost_view.set_cursor(None)

    # ---- replay ---------------------------------------------------------------------------------
    def show_moment(self, i):
        """Show recorded moment i in every view."""
        if self.history is None or not len(self.history):
            return
        i = max(0, min(int(i), len(self.history) - 1))
        m = self.history.moment(i)
        self.window.cost_view.set_cursor(m.step)
        self.model.set_params(m.w, m.b, replaying=True)
        self.timeline.set_index(i)
        self.timeline.set_text(self._moment_text(i))

    def go_live(self):
        """Back to the newest parameters of the training run."""
        self.window.cost_view.set_cursor(None)
        if self._live is not None:
            self.model.set_params(*self._live, replaying=False)
        else:
            self.model.set_replaying(False)
        if self.history is not None and len(self.history):
            self.timeline.set_live(True)
            self.timeline.set_text(self._moment_text(len(self.history) - 1))

    def _moment_text(self, i):
        m = self.history.moment(i)
        acc = m.test_accuracy
        if acc == acc:
            tail = fmt(self.tr(" · test acc {acc:.1f} %"), acc=acc * 100)
        else:
            tail = self.tr(" · no test yet")
        return fmt(self.tr("step {step:,} · epoch {epoch}{tail}   ({i:,}/{n:,})"),
                   step=m.step, epoch=m.epoch, tail=tail, i=i + 1, n=len(self.history))

    # ---- run files ------------------------------------------------------------------------------
    def save_run(self):
        if self.history is None or not len(self.history):
            alerts.inform(self.window, self.tr("No run to save"), self.tr(
                "Train first: the run is recorded as it trains, then Save run keeps it for "
                "later."))
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save run"), "run.npz",
                                              self.tr("nnviz run (*.npz)"))
        if not path:
            return
        path = path if path.endswith(".npz") else path + ".npz"
        net = self.model.network
        meta = {"activation": net.activation, "output": net.output, "cost": net.cost,
                "classes": self.model.classes}
        try:
            save_run(path, self.history, meta)
        except (NnvizError, OSError) as e:
            alerts.warn(self.window, self.tr("Could not save the run"), f"{path}: {text_of(e)}")
        else:
            self.window.statusBar().showMessage(
                fmt(self.tr("Saved the run ({n:,} moments) to {path}"),
                    n=len(self.history), path=path), 6000)

    def open_run(self, path=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open run"), "",
                                                  self.tr("nnviz run (*.npz)"))
        if not path:
            return False
        try:
            history, meta, costs = read_in_background(
                self.window, self._read_run, path,
                self.tr("Reading the run…"))
        except NnvizError as e:
            alerts.warn(self.window, self.tr("Cannot open this run"), text_of(e))
            return False
        data = self.model.data
        if data is not None and history.sizes[0] != data.n_inputs:
            alerts.warn(self.window, self.tr("Cannot open this run"), self.tr(
                "The run's network takes {inputs} inputs but {data} images have {pixels} "
                "pixels.").format(inputs=history.sizes[0], data=data.name,
                                  pixels=data.n_inputs))
            return False
        last = history.moment(len(history) - 1)
        net = Network(history.sizes, meta["activation"], meta["output"], meta["cost"],
                      [w.copy() for w in last.w], [b.copy() for b in last.b])
        show_architecture(self.window.controls, net)
        caption = self.tr("replaying {path}").format(path=path)
        self.model.set_network(net, meta["classes"], caption)   # stops the session
        self.window.weights_view.set_initial(history.moment(0).w[0])
        self._show_run_costs(history, costs)
        self.history = history
        self.timeline.set_length(len(history))
        self.timeline.set_live(False, available=False)
        self.show_moment(len(history) - 1)
        self.window.statusBar().showMessage(
            self.tr("Opened {path}: drag the replay slider or press ▶.").format(path=path), 8000)
        return True

    def _read_run(self, path):
        """On the worker thread: the run, and its costs already averaged and binned for the
        cost view (20,000,000 costs take seconds, which the GUI thread must not spend)."""
        history, meta = load_run(path)
        costs = self.window.cost_view.new_history()
        if len(history.costs):
            costs.add(history.cost_step0, history.costs)
        return history, meta, costs

    def _show_run_costs(self, h, costs=None):
        cost_view = self.window.cost_view
        cost_view.reset()
        ends = [e for e in h.epochs if e[1] == 1]
        cost_view.set_batches_per_epoch(ends[0][0] if ends else None)
        if costs is not None:
            cost_view.use_history(costs)
        elif len(h.costs):
            cost_view.add_batch_costs(h.cost_step0, h.costs)
        for step, epoch, train, test, acc in h.epochs:
            cost_view.add_epoch(step, train, None if test != test else test,
                                     None if acc != acc else acc, epoch)
