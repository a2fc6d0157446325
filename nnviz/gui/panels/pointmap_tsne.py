"""The point map's choice of map, PCA or t-SNE, and the background work and cache t-SNE needs.

PCA of 2,000 points takes milliseconds and follows training live; t-SNE of the same points
takes seconds per layer (`nnviz.core.lessons.tsne`), so it runs as a background job with a
progress bar and Cancel, only once the parameters have been still for `SETTLE_MS` (training
paused, stopped or stepped), and its maps are cached per network state (a digest of every
weight and bias) — scrubbing back to a replayed moment already mapped, or switching PCA ↔ t-SNE,
shows the map at once. The input layer's map does not depend on the network and is computed
once per dataset. While training moves on, the last map stays on screen, marked as earlier.
Without the optional extra the t-SNE entry is disabled and says how to install it.

`MapChoice` is a widget of the point map panel (a combo box and the job bar); the panel asks it
for coordinates and redraws when it says `maps_changed`.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnviz.core.lessons import tsne
from nnviz.gui.views.job_bar import JobBar

SETTLE_MS = 1500
TIP = Qt.ItemDataRole.ToolTipRole
CACHE_STATES = 8           # network states whose maps are kept (about 48 KB each at 2,000 points)


class MapChoice(QWidget):
    maps_changed = Signal()     # the method changed, or a t-SNE map arrived

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("PCA"), "pca")
        self.combo.setItemData(0, self.tr("The two directions in which the layer's values vary "
                                          "most: fast, follows training live"), TIP)
        if tsne.available():
            self.combo.addItem(self.tr("t-SNE"), "tsne")
            tip = self.tr("Keeps each image's nearest neighbours together: shows the clusters a "
                          "trained layer makes; computed when training pauses (seconds per "
                          "layer)")
        else:
            self.combo.addItem(self.tr('t-SNE (needs: pip install "nnviz[tsne]")'), "tsne")
            self.combo.model().item(1).setEnabled(False)
            tip = self.tr('t-SNE needs the optional package openTSNE: pip install "nnviz[tsne]"')
        self.combo.setItemData(1, tip, TIP)
        self.combo.setToolTip(self.tr("How each layer is flattened onto the plane"))
        self.combo.currentIndexChanged.connect(self._on_method_chosen)
        self.jobs = JobBar()
        self.jobs.failed.connect(self._on_failed)
        self.jobs.ended.connect(self._on_job_ended)
        self.note = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Map:")))
        row.addWidget(self.combo)
        row.addWidget(self.note, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.jobs)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._on_settled)
        self.reset()

    def reset(self):
        """A new dataset or sample: every cached map is void."""
        self.jobs.cancel()
        self.settle.stop()
        self._cache = {}            # state key -> [xy per layer]
        self._input = None          # the input layer's (n, 2) map for this dataset
        self._last = None           # (state key, maps) shown most recently
        self._wanted = None         # (state key, [activations per layer]) still to compute

    def is_tsne(self):
        return self.combo.currentData() == "tsne"

    def busy(self):
        return self.jobs.busy() or (self.is_tsne() and self.settle.isActive())

    def maps(self, model, acts):
        """t-SNE coordinates for each layer of `acts` (activations of the sample, input first):
        (maps, current) — the cached maps of this state and True, else the last maps shown (of
        an earlier state) or Nones, and False; then the work is scheduled."""
        key = (tuple(model.sizes), tsne.state_key(model.w, model.b))
        if key in self._cache:
            self._last = (key, self._cache[key])
            self._wanted = None
            return self._cache[key], True
        self._wanted = (key, [a.copy() for a in acts])
        if not self.jobs.busy():
            self.settle.start()
        if self._last is not None and self._last[0][0] == key[0]:
            return self._last[1], False
        return [None] * len(acts), False

    def model_moved(self):
        """The parameters changed (maybe many times a second): what was wanted is out of date;
        the panel's next refresh says what is wanted now and starts waiting again."""
        self.settle.stop()
        self._wanted = None

    def describe(self, n):
        return self.tr("{0:,} test images by t-SNE (neighbours kept together; distances between "
                       "clusters mean little)").format(n)

    def stale_note(self):
        return self.tr("The maps of the layers show an earlier state of the network; they are "
                       "computed again once training pauses.")

    # ---- the job ----------------------------------------------------------------------------
    def _on_settled(self):
        if self._wanted is None or self.jobs.busy() or not self.is_tsne():
            return
        key, acts = self._wanted
        known_input = self._input
        names = [self.tr("input")] + [self.tr("layer {0}").format(l) for l in range(1, len(acts))]
        todo = [l for l in range(len(acts)) if not (l == 0 and known_input is not None)]
        total = len(todo) * tsne.iterations()

        def work(progress, cancelled):
            maps = [known_input] + [None] * (len(acts) - 1)
            for j, l in enumerate(todo):
                def step(done, _, j=j, l=l):
                    progress(j * tsne.iterations() + done, total,
                             self.tr("t-SNE of {0}").format(names[l]))
                maps[l] = tsne.embed(acts[l], progress=step, cancelled=cancelled)
            return key, maps

        self.note.setText("")
        self.jobs.start(work, self._on_computed, self.tr("t-SNE: finding neighbours…"))

    def _on_computed(self, result):
        key, maps = result
        self._input = maps[0]
        self._cache[key] = maps
        while len(self._cache) > CACHE_STATES:
            self._cache.pop(next(iter(self._cache)))
        if self._wanted is not None and self._wanted[0] == key:
            self._wanted = None
        self.maps_changed.emit()

    def _on_job_ended(self):
        if self._wanted is not None and self.is_tsne():
            self.settle.start()           # the network moved on while the job ran

    def _on_failed(self, message):
        self.note.setText(self.tr("t-SNE failed: {0}").format(message))

    def _on_method_chosen(self, _):
        if not self.is_tsne():
            self.jobs.cancel()
            self.settle.stop()
        self.maps_changed.emit()

    def hideEvent(self, event):
        # Hidden: stop working; the next showing asks again (the panel refreshes on "shown").
        self.settle.stop()
        self.jobs.cancel()
        super().hideEvent(event)
