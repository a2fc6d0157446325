"""The "Your data" panel: import a CSV, a folder of images or IDX files, look, then train.

Importing runs in a background `Job` with a progress bar and Cancel. Then the panel shows what
arrived — images per class with samples (`ImportSummaryView`) and every skipped item with its
reason — before the person presses "Train on this dataset", which hands the Dataset to the main
window (`dataset_ready`). The reading itself is `nnviz.core.data`'s; images are decoded by Qt.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QProgressBar, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout)

from nnviz.core.data.csv_import import import_csv
from nnviz.core.data.folder_import import import_folder
from nnviz.core.data.idx_import import import_idx, sort_idx_files
from nnviz.core.data.user_data import my_digits_dir
from nnviz.core.errors import NnvizError
from nnviz.gui.i18n import Translated, fmt, text_of
from nnviz.gui.image_files import read_grey
from nnviz.gui.jobs import Job
from nnviz.gui.panels import Panel
from nnviz.gui.views.import_summary import ImportSummaryView, class_samples
from nnviz.gui.plain import escape
from nnviz.gui.widgets.flow import FlowLayout

SHOWN_SKIPPED = 1000     # the list shows this many; the count covers all


class ImportPanel(Panel):
    key = "import"
    title = Translated(QT_TRANSLATE_NOOP("ImportPanel", "Your data"))
    area = "right"
    order = 90

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job = None
        self.result = None            # (Dataset, ImportReport) of the last import
        grid = FlowLayout()       # the four buttons wrap onto two lines in a narrow dock
        buttons = ((self.tr("CSV file…"), self.choose_csv, self.tr(
                        "A CSV with a label column then the pixels (label,pixel0,…,pixel783). "
                        "Choose a second file to use it as the test set.")),
                   (self.tr("Image folder…"), self.choose_folder, self.tr(
                       "A folder with one sub-folder of PNG/JPEG/BMP pictures per class, e.g. "
                       "digits/7/*.png")),
                   (self.tr("IDX files…"), self.choose_idx, self.tr(
                       "An IDX images file and its labels (EMNIST, KMNIST…); optionally the "
                       "test pair and a class-names .txt, all at once")),
                   (self.tr("My digits"), self.import_my_digits,
                    self.tr("The drawings you saved from the pad")))
        for text, slot, tip in buttons:
            b = QPushButton(text, toolTip=tip, clicked=slot)
            grid.addWidget(b)
        self.fraction = QDoubleSpinBox(minimum=5, maximum=50, value=20, suffix=" %",
                                       decimals=0, toolTip=self.tr(
                                           "Share of each class held back as the test set when "
                                           "the data bring none"))
        self.seed = QSpinBox(maximum=2**31 - 1, toolTip=self.tr(
            "Which images are held back is fixed by this seed: the same seed gives the same "
            "split"))
        options = FlowLayout()
        for w in (QLabel(self.tr("Test split")), self.fraction, QLabel(self.tr("seed")),
                  self.seed):
            options.addWidget(w)
        self.progress = QProgressBar(visible=False)
        self.cancel = QPushButton(self.tr("Cancel"), visible=False, clicked=self._cancel,
                                  toolTip=self.tr("Stop the import; nothing is kept from it."))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        self.heading = QLabel(self.tr("Bring your own data: import it, look at it, then train "
                                      "on it."), wordWrap=True)
        self.summary = ImportSummaryView()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.summary)
        self.skipped_label = QLabel(visible=False, wordWrap=True)
        self.skipped = QListWidget(visible=False, toolTip=self.tr(
            "Everything that was not imported, and why"))
        self.train = QPushButton(self.tr("Train on this dataset"), enabled=False,
                                 clicked=self.use, toolTip=self.tr(
                                     "Make this the training data; the output layer gets one "
                                     "neuron per class"))
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addLayout(options)
        column.addLayout(running)
        column.addWidget(self.heading)
        column.addWidget(scroll, 1)
        column.addWidget(self.skipped_label)
        column.addWidget(self.skipped)
        column.addWidget(self.train)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # ---- starting an import ------------------------------------------------------------------
    def _options(self):
        return {"test_fraction": self.fraction.value() / 100, "seed": self.seed.value()}

    def choose_csv(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("CSV file (and optionally its test CSV)"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if paths:
            train, test = _train_and_test(paths)
            self.import_csv(train, test)

    def choose_folder(self):
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with one sub-folder per class"))
        if folder:
            self.import_folder(folder)

    def choose_idx(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("IDX images and labels (optionally the test pair and a class-names "
                          ".txt)"))
        if paths:
            try:
                self.import_idx(**sort_idx_files(paths))
            except NnvizError as e:
                self._failed(text_of(e))

    def import_my_digits(self):
        self.import_folder(str(my_digits_dir()))

    def import_csv(self, path, test_path=None):
        o = self._options()
        return self._start(Path(path).name, lambda progress, cancelled: import_csv(
            path, test_path, progress=progress, cancelled=cancelled, **o))

    def import_folder(self, folder):
        o = self._options()
        return self._start(Path(folder).name, lambda progress, cancelled: import_folder(
            folder, read_grey, progress=progress, cancelled=cancelled, **o))

    def import_idx(self, images, labels, test_images=None, test_labels=None, names=None):
        o = self._options()
        return self._start(Path(images).name, lambda progress, cancelled: import_idx(
            images, labels, test_images, test_labels, names, progress=progress,
            cancelled=cancelled, **o))

    def _start(self, what, fn):
        if self.job is not None and self.job.isRunning():
            self.status_message.emit(self.tr("An import is already running."))
            return None
        self.heading.setText(fmt(self.tr("Importing {what}…"), what=escape(what)))  # rich label
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.job = Job(fn, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._failed)
        self.job.finished.connect(lambda: (self.progress.hide(), self.cancel.hide()))
        self.job.start()
        return self.job

    def _progressed(self, done, total, text):
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"%p %  {text}")

    def _cancel(self):
        if self.job is not None:
            self.job.cancel()

    def stop(self):
        """Cancel a running import and wait for it (the window is closing)."""
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.job.wait(10000)

    def _failed(self, message):
        self.heading.setText(self.tr("Import cancelled.") if message == "import cancelled" else
                             fmt(self.tr("Could not import: {message}"), message=escape(message)))

    # ---- showing the result --------------------------------------------------------------------
    def _imported(self, result):
        self.result = result
        data, report = result
        extra = "".join(f"<br>· {escape(text_of(n))}" for n in report.notes)
        self.heading.setText(fmt(self.tr(
            "<b>{name}</b>: {n:,} images in {classes} classes, {h}×{w} pixels — {train:,} "
            "training, {test:,} test"),
                name=escape(data.name), n=report.n_imported, classes=data.n_classes,
                h=data.image_shape[0], w=data.image_shape[1], train=len(data.train_images),
                test=len(data.test_images)) + extra)
        self.summary.set_summary(data.classes, class_samples(
            data.train_images, data.train_labels, data.n_classes), report.train_counts,
            report.test_counts)
        self.skipped.clear()
        for item in report.skipped[:SHOWN_SKIPPED]:
            self.skipped.addItem(f"{text_of(item.where)} — {text_of(item.reason)}")
        more = report.n_skipped - min(report.n_skipped, SHOWN_SKIPPED)
        self.skipped_label.setText(
            fmt(self.tr("Skipped {n:,} item(s) (first {shown:,} listed):") if more else
                self.tr("Skipped {n:,} item(s):"), n=report.n_skipped, shown=SHOWN_SKIPPED)
            if report.skipped else self.tr("Nothing was skipped."))
        self.skipped_label.show()
        self.skipped.setVisible(bool(report.skipped))
        rows = min(self.skipped.count(), 5)   # as tall as its lines, up to five
        self.skipped.setFixedHeight(rows * self.skipped.sizeHintForRow(0) + 6 if rows else 0)
        self.train.setEnabled(True)
        self.status_message.emit(text_of(report.summary()))

    def use(self):
        """Hand the imported dataset to the window to train on."""
        if self.result is not None:
            self.dataset_ready.emit(self.result[0])
            self.status_message.emit(fmt(self.tr("Training data: {name} ({classes} classes)."),
                                         name=self.result[0].name,
                                         classes=self.result[0].n_classes))


def _train_and_test(paths):
    """(training file, test file or None) among one or two chosen files."""
    if len(paths) == 1:
        return paths[0], None
    tests = [p for p in paths if "test" in Path(p).name.lower()]
    test = tests[0] if len(tests) == 1 else paths[1]
    train = next(p for p in paths if p != test)
    return train, test
