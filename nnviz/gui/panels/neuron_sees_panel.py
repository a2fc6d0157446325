"""What each neuron sees: the input shown in the diagram through every first-layer neuron's eyes.

For the current input x (a training example, a chosen test image or the drawing), neuron i's
weights w_i, the products w_i ⊙ x that its weighted sum adds up, and the numbers Σ(w_i ⊙ x), b_i,
z_i = Σ + b_i and a_i = σ(z_i) — the activation the diagram shows for that neuron. The math is
`nnviz.core.lessons.neuron_sees`; the grid is `views/neuron_sees_grid.py`, paged when it cannot show
every neuron at once. Cheap (one 16×784 product), so it follows training and replay live.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from nnviz.core.lessons.neuron_sees import what_neurons_see
from nnviz.gui import choice_names, class_names, theme
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels import Panel
from nnviz.gui.views.neuron_sees_grid import NeuronSeesGrid
from nnviz.gui.plain import escape

EXPLAIN = QT_TRANSLATE_NOOP(
    "NeuronSeesPanel", "Left: a neuron's weights w (blue = positive: ink there pushes it on; "
    "orange = negative: pushes it off; background colour = zero). Right: w ⊙ x, the weights "
    "times this input's pixels — only where there is ink. The neuron adds these up (Σ), adds its "
    "bias b, and squashes z = Σ + b into its activation a.")


class NeuronSeesPanel(Panel):
    key = "sees"
    title = Translated(QT_TRANSLATE_NOOP("NeuronSeesPanel", "What each neuron sees"))
    area = "right"
    order = 30

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = None            # core.neuron_sees.FirstLayerView of the current input
        self.first = 0              # the first neuron on the page
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        explain = QLabel(self.tr(EXPLAIN))
        explain.setWordWrap(True)
        theme.tint(explain, "dim")
        self.prev_button = QToolButton(text="◀")
        self.next_button = QToolButton(text="▶")
        self.prev_button.setToolTip(self.tr("Previous neurons"))
        self.next_button.setToolTip(self.tr("Next neurons"))
        self.prev_button.clicked.connect(lambda: self._page(-1))
        self.next_button.clicked.connect(lambda: self._page(+1))
        self.page_label = QLabel()
        self.grid = NeuronSeesGrid()
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        for w in (self.prev_button, self.page_label, self.next_button):
            row.addWidget(w)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(explain)
        column.addWidget(self.grid, 1)
        self.refresh("shown")

    def refresh(self, reason):
        ctx = self.context
        model, example = ctx.model, ctx.example
        if model is None or example is None or example[0].size != model.sizes[0] \
                or int(round(model.sizes[0] ** 0.5)) ** 2 != model.sizes[0]:
            self.view = None
            self.caption.setText(self.tr("Nothing to look at yet: the diagram shows no input, "
                                         "or its inputs are not a square image."))
            self.grid.show_view(None, 0)
            self._update_pager()
            return
        x, label, caption = example
        self.view = what_neurons_see(model, x)
        n = len(self.view.z)
        self.first = min(self.first, max(0, n - 1)) // self._per_page() * self._per_page()
        self.caption.setText(f"<b>{escape(caption)}</b>" + (
            " " + fmt(self.tr("(label {label})"), label=escape(class_names.shown(ctx.classes[label])))
            if label is not None else "") + " · " + fmt(self.tr(
                "{n} first-layer neurons, {activation}"), n=n, activation=choice_names.shown(model.activation)))
        self.grid.show_view(self.view, self.first)
        self._update_pager()

    def _per_page(self):
        return max(1, self.grid.page_size())

    def _page(self, direction):
        if self.view is None:
            return
        n = len(self.view.z)
        self.first = max(0, min(self.first + direction * self._per_page(), n - 1))
        self.grid.show_view(self.view, self.first)
        self._update_pager()

    def _update_pager(self):
        n = 0 if self.view is None else len(self.view.z)
        shown = min(self._per_page(), n - self.first)
        paged = n > self._per_page()
        for w in (self.prev_button, self.page_label, self.next_button):
            w.setVisible(paged)
        self.page_label.setText(fmt(self.tr("{first}–{last} of {n}"),
            first=self.first, last=self.first + shown - 1, n=n))
        self.prev_button.setEnabled(self.first > 0)
        self.next_button.setEnabled(self.first + shown < n)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._update_pager()
