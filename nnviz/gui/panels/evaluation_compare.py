"""The "Compare" tab of the evaluation panel: the current network beside a saved model file.

A learner who saved a network yesterday, or a teacher with two models trained differently, wants
to see which is better and where: both test accuracies, both confusion matrices side by side,
and how often the two agree. Loading uses `model_io.load_model`; a file that cannot be read or
that does not fit the data (another input size, another number of classes) gets one sentence.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from nnviz.core.errors import NnvizError
from nnviz.core.lessons.evaluation import compare
from nnviz.core.files.model_io import load_model
from nnviz.gui import theme
from nnviz.gui.i18n import fmt, text_of
from nnviz.gui.views.confusion_view import ConfusionView


class CompareTab(QWidget):
    compare_requested = Signal(object)      # fn(progress, cancelled) → Comparison, to run as a job

    def __init__(self, parent=None):
        super().__init__(parent)
        self.other = None                   # (Network, name) of the loaded file
        self._model = self._data = None     # the shown network and data, once requested
        self.result = None
        self.button = QPushButton(self.tr("Compare with a saved model…"))
        self.button.setToolTip(self.tr("Load an nnviz model file (.npz) and evaluate it on the "
                                       "same test images as the current network"))
        self.button.clicked.connect(self.choose_file)
        self.message = QLabel(self.tr("Load a saved model to see its accuracy and confusion "
                                      "matrix beside the current network's."))
        self.message.setWordWrap(True)
        self.left, self.right = ConfusionView(), ConfusionView()
        self.row = row = QHBoxLayout()   # the panel stacks it when narrow
        row.addWidget(self.left)
        row.addWidget(self.right)
        column = QVBoxLayout(self)
        column.addWidget(self.button)
        column.addWidget(self.message)
        column.addLayout(row, 1)

    def choose_file(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with a saved model"), "",
                                              self.tr("nnviz model (*.npz)"))
        if path:
            self.load(path)

    def load(self, path):
        """Read the model file; on success ask for a comparison, else say why in one sentence."""
        try:
            net, _ = load_model(path)
        except NnvizError as e:
            self.show_error(fmt(self.tr("Cannot compare: {reason}"), reason=text_of(e)))
            return False
        self.other = (net, Path(path).name)
        self.request()
        return True

    def request(self, model=None, data=None):
        if model is not None:
            self._model, self._data = model, data
        if self.other is None or self._model is None or self._data is None:
            return
        mine, (other, _) = self._model.copy(), self.other
        x, labels = self._data.test_images, self._data.test_labels
        self.compare_requested.emit(lambda progress, cancelled: compare(mine, other, x, labels))

    def show_error(self, text):
        self.result = None
        self.message.setText(f'<span style="color:{theme.current().css("note")}">{text}</span>')
        self.left.set_matrix([], ())
        self.right.set_matrix([], ())

    def show_result(self, result, classes):
        self.result = result
        name = self.other[1]
        self.left.set_matrix(result.a.confusion, classes, fmt(self.tr(
            "current network: {accuracy:.2f} %"), accuracy=100 * result.a.accuracy))
        self.right.set_matrix(result.b.confusion, classes, f"{name}: {100 * result.b.accuracy:.2f} %")
        n = len(result.a.labels)
        self.message.setText(fmt(self.tr(
            "On {n:,} test images the two agree {agree:.1f} % of the time. Only the current "
            "network is right on {only_a:,}; only {name} on {only_b:,}."),
                n=n, agree=100 * result.agree, only_a=result.only_a_right, name=name,
                only_b=result.only_b_right))
