"""A strip under the drawing pad: label the drawn digit and add it to your own dataset.

Each saved drawing becomes a 28×28 PNG (the network's own view of it, `to_mnist`) in
`my-digits/<label>/` under the data home, the layout the folder importer reads. Collecting a few
dozen of your own digits and training on them shows whether the network learns *your* 7. The
strip is given a function returning the pad's canvas; it never touches the network.
"""

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from nnviz.core.data.user_data import count_images, label_problem, my_digits_dir, new_image_path
from nnviz.gui.i18n import fmt, text_of
from nnviz.gui.plain import tooltip
from nnviz.core.errors import NnvizError
from nnviz.core.preprocess import has_ink, to_mnist
from nnviz.gui.image_files import write_grey_png
from nnviz.gui.widgets.flow import FlowLayout


class SaveDrawingBar(QWidget):
    """Label + "Save drawing" + "Open my digits" + a count of saved drawings."""

    saved = Signal(str)             # the path of the PNG just written
    open_requested = Signal(str)    # the my-digits folder, to import

    def __init__(self, canvas: Callable[[], np.ndarray], parent=None):
        super().__init__(parent)
        self._canvas = canvas
        self.label = QComboBox(editable=True, toolTip=self.tr(
            "What you drew: a digit, or any class name you like (it becomes the folder name)"))
        self.label.addItems([str(d) for d in range(10)])
        self.label.setMinimumContentsLength(3)
        self.save = QPushButton(self.tr("Save drawing"), clicked=self.save_drawing,
                                toolTip=self.tr("Add the drawing, as the network sees it "
                                                "(28×28), to your own dataset with this label "
                                                "(Ctrl+Shift+S)"))
        self.count = QLabel(wordWrap=True)   # a long message (a refused label) wraps in the dock
        self.open = QPushButton(self.tr("Open my digits"), clicked=self._open,
                                toolTip=self.tr("Import your saved drawings as a dataset to "
                                                "train on"))
        row = FlowLayout(self)   # what does not fit goes onto a second line (German, large text)
        row.addWidget(QLabel(self.tr("Label")))
        for w in (self.label, self.save, self.open, self.count):   # the buttons stay together
            row.addWidget(w)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_drawing,
                  context=Qt.ShortcutContext.WindowShortcut)
        self.refresh_count()

    def folder(self):
        return my_digits_dir()

    def refresh_count(self):
        counts = count_images(self.folder())
        n = sum(counts.values())
        self.count.setText(fmt(self.tr("{n} saved"), n=n) if n else self.tr("none saved yet"))
        where = fmt(self.tr("In {folder}:"), folder=self.folder())
        self.count.setToolTip(tooltip(where + "\n" + "\n".join(
            f"{name}: {k}" for name, k in counts.items()) if counts else str(self.folder())))
        self.open.setEnabled(n > 0)

    def save_drawing(self):
        """Write the current drawing; returns its path, or None (with the reason shown)."""
        label = self.label.currentText().strip()
        problem = label_problem(label)
        canvas = self._canvas()
        if problem is None and not has_ink(canvas):
            problem = self.tr("Draw something first.")
        if problem:
            self.count.setText(problem)
            return None
        try:
            path = write_grey_png(new_image_path(self.folder(), label), to_mnist(canvas))
        except NnvizError as e:
            self.count.setText(text_of(e))
            return None
        self.refresh_count()
        self.saved.emit(str(path))
        return path

    def _open(self):
        self.open_requested.emit(str(self.folder()))
