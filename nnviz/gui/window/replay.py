"""Replaying a training run in the main window: record, scrub, play, Live, save and open runs.

A mixin of `MainWindow`. The training thread offers every trainer snapshot to the run's
`core.history.History`, which copies the parameters only at log-spaced steps (all of them early
on, rarely later; the cost is measured by `nnviz.bench.replay_bench`); the GUI thread adds the
snapshot it shows, so the moment on screen can always be replayed. Scrubbing sets the window's
shown model to a recorded moment — read-only views of the recorded arrays — and every view
(diagram, weights, drawing pad's prediction, panels, the cost curve's cursor) redraws from it;
new snapshots keep extending the cost curve and the history meanwhile. Live puts the newest
parameters back.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from nnviz.core.errors import NnvizError
from nnviz.core.history import History
from nnviz.core.network import Network
from nnviz.core.files.run_io import load_run, save_run
from nnviz.gui.background_read import read_in_background
from nnviz.gui.views.timeline import TimelineView


class Replay:
    def _build_timeline(self):
        self.history = None         # core.history.History of the current run, or None
        self.replaying = False      # the views show a recorded moment, not the newest parameters
        self._live = None           # (w, b) of the newest snapshot, for Live
        self.timeline = TimelineView()
        self.timeline.moment_chosen.connect(self.show_moment)
        self.timeline.live_requested.connect(self.go_live)
        bar = QToolBar("Replay")
        bar.setObjectName("toolbar_replay")
        bar.setMovable(False)
        bar.addWidget(self.timeline)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)

    def _add_replay_actions(self, menu, action):
        menu.addSeparator()
        menu.addAction(action("Open run…", self.open_run, "Ctrl+Alt+O",
                              "Open a recorded training run (.npz) to replay it"))
        menu.addAction(action("Save run…", self.save_run, "Ctrl+Alt+S",
                              "Save this run's recorded history to replay it later or in class"))
        self._add_export_actions(menu, action)

    # ---- recording ------------------------------------------------------------------------------
    def _attach_history(self, session):
        """A new run: recorded from the parameters it starts from, by its worker as it trains."""
        h = self.history = History(self.model.sizes, self.model.dtype)
        h.record_params(0, self.model.w, self.model.b)
        session.recorder = h.offer
        self.replaying, self._live = False, None
        self.cost_view.set_cursor(None)
        self.timeline.set_length(len(h))
        self.timeline.set_live(True)

    def _record_snapshot(self, snap):
        """Called first thing for every snapshot the views get, before the window's model
        changes; the worker has already offered it (and every one in between) to the history."""
        h = self.history
        if h is None or h.sizes != tuple(self.model.sizes):
            return
        h.hold_newest(snap)             # the moment on screen can always be replayed
        self._live = (snap.w, snap.b)
        self.timeline.set_length(len(h))
        self.timeline.set_live(not self.replaying)
        if not self.replaying:
            self.timeline.set_text(self._moment_text(len(h) - 1))

    def _forget_run(self):
        """A new or loaded network: the recorded run no longer belongs to what is shown."""
        self.history, self._live, self.replaying = None, None, False
        self.timeline.pause()
        self.timeline.set_length(0)
        self.timeline.set_live(False, available=False)
        self.timeline.set_text("No run recorded yet: press Train.")
        self.cost_view.set_cursor(None)

    # ---- replay ---------------------------------------------------------------------------------
    def show_moment(self, i):
        """Show recorded moment i in every view."""
        if self.history is None or not len(self.history):
            return
        i = max(0, min(int(i), len(self.history) - 1))
        m = self.history.moment(i)
        self.replaying = True
        self.model.w, self.model.b = list(m.w), list(m.b)
        self.weights_view.set_weights(m.w[0])
        self.cost_view.set_cursor(m.step)
        self._refresh_model_views()
        self._publish("model")
        self.timeline.set_index(i)
        self.timeline.set_text(self._moment_text(i))

    def go_live(self):
        """Back to the newest parameters of the training run."""
        self.replaying = False
        self.cost_view.set_cursor(None)
        if self._live is not None:
            self.model.w, self.model.b = self._live
            self.weights_view.set_weights(self._live[0][0])
            self._refresh_model_views()
            self._publish("model")
        if self.history is not None and len(self.history):
            self.timeline.set_live(True)
            self.timeline.set_text(self._moment_text(len(self.history) - 1))

    def _moment_text(self, i):
        m = self.history.moment(i)
        acc = m.test_accuracy
        tail = f" · test acc {acc * 100:.1f} %" if acc == acc else " · no test yet"
        return f"step {m.step:,} · epoch {m.epoch}{tail}   ({i + 1:,}/{len(self.history):,})"

    # ---- run files ------------------------------------------------------------------------------
    def save_run(self):
        if self.history is None or not len(self.history):
            QMessageBox.information(self, "No run to save", "Train first: the run is recorded "
                                    "as it trains, then Save run keeps it for later.")
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save run", "run.npz", "nnviz run (*.npz)")
        if not path:
            return
        path = path if path.endswith(".npz") else path + ".npz"
        meta = {"activation": self.model.activation, "output": self.model.output,
                "cost": self.model.cost, "classes": self.classes}
        try:
            save_run(path, self.history, meta)
        except (NnvizError, OSError) as e:
            QMessageBox.warning(self, "Could not save the run", f"{path}: {e}")
        else:
            self.statusBar().showMessage(f"Saved the run ({len(self.history):,} moments) to "
                                         f"{path}", 6000)

    def open_run(self, path=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Open run", "", "nnviz run (*.npz)")
        if not path:
            return False
        try:
            history, meta, costs = read_in_background(self, self._read_run, path,
                                                      self.tr("Reading the run…"))
        except NnvizError as e:
            QMessageBox.warning(self, "Cannot open this run", str(e))
            return False
        if self.data is not None and history.sizes[0] != self.data.n_inputs:
            QMessageBox.warning(self, "Cannot open this run", f"The run's network takes "
                                f"{history.sizes[0]} inputs but {self.data.name} images have "
                                f"{self.data.n_inputs} pixels.")
            return False
        self._stop_session()
        last = history.moment(len(history) - 1)
        net = Network(history.sizes, meta["activation"], meta["output"], meta["cost"],
                      [w.copy() for w in last.w], [b.copy() for b in last.b])
        self.controls.set_values({"layers": ",".join(map(str, net.sizes)),
                                  "activation": net.activation, "output": net.output,
                                  "cost": net.cost})
        self._set_model(net, meta["classes"], f"replaying {path}")
        self.weights_view.set_initial(history.moment(0).w[0])
        self._show_run_costs(history, costs)
        self.history = history
        self.timeline.set_length(len(history))
        self.timeline.set_live(False, available=False)
        self.show_moment(len(history) - 1)
        self.statusBar().showMessage(f"Opened {path}: drag the replay slider or press ▶.", 8000)
        return True

    def _read_run(self, path):
        """On the worker thread: the run, and its costs already averaged and binned for the
        cost view (20,000,000 costs take seconds, which the GUI thread must not spend)."""
        history, meta = load_run(path)
        costs = self.cost_view.new_history()
        if len(history.costs):
            costs.add(history.cost_step0, history.costs)
        return history, meta, costs

    def _show_run_costs(self, h, costs=None):
        self.cost_view.reset()
        ends = [e for e in h.epochs if e[1] == 1]
        self.cost_view.set_batches_per_epoch(ends[0][0] if ends else None)
        if costs is not None:
            self.cost_view.use_history(costs)
        elif len(h.costs):
            self.cost_view.add_batch_costs(h.cost_step0, h.costs)
        for step, epoch, train, test, acc in h.epochs:
            self.cost_view.add_epoch(step, train, None if test != test else test,
                                     None if acc != acc else acc, epoch)
