"""Loading, downloading and choosing datasets for the main window, always off the GUI thread.

A controller of `MainWindow` (controller.py): it owns the first-run banner and the loading job,
and puts each loaded dataset into the window's model; a network that does not fit the new data
is replaced by a fresh one built from the controls.
"""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QProgressDialog,
                               QPushButton, QVBoxLayout, QWidget)

from nnviz.core.config import CHOICES
from nnviz.core.data import load_dataset
from nnviz.core.data.sources import cache_dir, find_mnist
from nnviz.core.errors import NnvizError
from nnviz.gui import alerts
from nnviz.gui import theme
from nnviz.gui.i18n import fmt
from nnviz.gui.jobs import Job
from nnviz.gui.window.controller import Controller

DATASET_KEYS = CHOICES["dataset"]   # built in; anything else was imported


class DataController(Controller):
    def __init__(self, window, data_dir=None):
        super().__init__(window)
        self.settings, self.controls = window.settings, window.controls
        self.data_dir = data_dir or self.settings.get("data_dir") or None
        self.job = None             # the loading or downloading Job
        self.imported = None        # the last Dataset brought by the user, or None
        self.data_error = None      # why the last load failed, or None
        self.banner = self._make_banner()
        c = self.controls
        c.dataset_chosen.connect(self.load_data)
        c.download_requested.connect(self.download_mnist)
        c.folder_requested.connect(self.choose_folder)
        for panel in window.panels.values():
            panel.dataset_ready.connect(self.use_dataset)

    @staticmethod
    def _style_banner(banner):
        """A note in the theme's warning colour: a faint wash of it behind the text, a bar of it
        at the left edge; the text in the theme's own text colour, readable in both themes."""
        t = theme.current()
        banner.setStyleSheet(
            f"QWidget#first_run_banner {{ background: {t.mix('warning', 0.16).name()}; "
            f"border-left: 4px solid {t.css('warning')}; }} "
            f"QWidget#first_run_banner > QLabel {{ color: {t.css('text')}; }}")

    def _make_banner(self):
        banner = QWidget(objectName="first_run_banner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        banner.apply_theme = lambda: self._style_banner(banner)   # the display controller calls it
        self._style_banner(banner)
        column = QVBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        column.addWidget(self.banner_text)
        row = QHBoxLayout()
        for text, slot, tip in (
                (QCoreApplication.translate("DataController", "Download MNIST"),
                 self.download_mnist,
                 QCoreApplication.translate("DataController", "Fetch the four MNIST files "
                                            "(about 11 MB), check them and keep them in your "
                                            "cache folder.")),
                (QCoreApplication.translate("DataController", "Choose folder…"),
                 self.choose_folder,
                 QCoreApplication.translate("DataController",
                                            "Use MNIST .gz files you already have.")),
                (QCoreApplication.translate("DataController", "Use synthetic digits"),
                 lambda: self.load_data("synthetic"),
                 QCoreApplication.translate("DataController", "Digits drawn by nnviz itself: "
                                            "works offline, but they are not real handwriting."))):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        banner.hide()
        return banner

    def shutdown(self):
        if self.job is not None:
            self.job.cancel()
            self.job.wait(5000)

    def load_data(self, name, data_dir=None, download=False):
        """Load a dataset in the background; the window stays responsive meanwhile.

        Returns the Job, or None when another job is still running.
        """
        if self.job is not None and self.job.isRunning():
            return None
        if self.imported is not None and name == self.imported.name:   # chosen again
            self.data_loaded(self.imported)
            return None
        folder = data_dir or (self.data_dir if name == "mnist" else None)
        self.controls.data_status.setText(
            QCoreApplication.translate("DataController", "Loading {name}…").format(name=name))
        self.job = Job(lambda progress, cancelled: load_dataset(
            name, data_dir=folder, download=download, progress=progress, cancel=cancelled),
            self.window)
        self.job.succeeded.connect(self.data_loaded)
        self.job.failed.connect(lambda message: self.report_failure(name, message, folder))
        self.job.cancelled.connect(self.job.failed)   # told like a failure, as before
        self.job.start()
        return self.job

    def data_loaded(self, data):
        """Use `data` from now on: it goes into the model, with a fresh network if needed."""
        self.banner.hide()
        self.controls.set_values({"dataset": data.name})
        self.controls.set_train_size(len(data.train_images))
        self.controls.data_status.setText(fmt(
            QCoreApplication.translate(
                "DataController", "{name}: {train:,} training and {test:,} test images"),
            name=data.name, train=len(data.train_images), test=len(data.test_images))
            + (QCoreApplication.translate("DataController",
                                          " — generated by nnviz, not real handwriting")
               if data.synthetic else f"\n{data.origin}"))
        if data.name in DATASET_KEYS:   # an imported set is not reloaded at the next start
            self.settings.set("dataset", data.name)
        m = self.model
        with m.batch():
            m.set_data(data)
            # The shipped network reads digits: on other classes (Fashion-MNIST) it would
            # answer "Dress" for a drawn 3, so a fresh network for these data replaces it.
            shipped_elsewhere = m.shows_shipped() and tuple(data.classes) != tuple(m.classes)
            if m.network is None or m.network.sizes[0] != data.n_inputs \
                    or m.network.sizes[-1] != data.n_classes or shipped_elsewhere:
                self.window.training.reset()
            if m.network.sizes[-1] == len(data.classes):
                m.set_classes(data.classes)

    def report_failure(self, name, message, folder=None):
        """MNIST simply absent → the first-run banner; anything broken → a dialog naming it."""
        self.data_error = message
        data = self.model.data
        if data is not None:   # the data in use stays, and the chooser says so again
            self.controls.set_values({"dataset": data.name})
            self.controls.data_status.setText(QCoreApplication.translate(
                "DataController", "{message}\nStill using {name}.").format(message=message,
                                                                           name=data.name))
        else:
            self.controls.data_status.setText(message)
        absent = name == "mnist" and folder is None and _mnist_absent()
        if name == "mnist" and data is None:
            self.banner_text.setText(QCoreApplication.translate(
                "DataController",
                "MNIST isn't on this computer yet: download it (11 MB, checksums verified), "
                "choose a folder that holds it, or train on nnviz's synthetic digits. "
                "The pretrained network and the drawing pad already work.") if absent else
                QCoreApplication.translate(
                    "DataController",
                    "MNIST could not be loaded: {message} Choose another folder, download a "
                    "fresh copy, or train on nnviz's synthetic digits.").format(message=message))
            self.banner.show()
        if not absent:
            alerts.warn(self.window, QCoreApplication.translate(
                "DataController", "Could not load the dataset"), message)

    def download_mnist(self):
        if self.job is not None and self.job.isRunning():
            return
        dialog = QProgressDialog(
            QCoreApplication.translate("DataController", "Downloading MNIST…"),
            QCoreApplication.translate("DataController", "Cancel"), 0, 100, self.window)
        dialog.setWindowTitle(QCoreApplication.translate("DataController", "Download MNIST"))
        dialog.setMinimumDuration(0)
        self.job = Job(lambda progress, cancelled: load_dataset(
            "mnist", download=True, progress=progress, cancel=cancelled), self.window)

        def progressed(done, total, name):
            dialog.setLabelText(QCoreApplication.translate(
                "DataController", "Downloading {name} into {folder}…").format(
                    name=name, folder=cache_dir() / "mnist"))
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        self.job.progressed.connect(progressed)
        dialog.canceled.connect(self.job.cancel)
        self.job.succeeded.connect(lambda data: (dialog.close(), self.data_loaded(data)))
        self.job.cancelled.connect(self.job.failed)   # told like a failure, as before
        self.job.failed.connect(lambda message: (dialog.close(), alerts.warn(
            self.window, QCoreApplication.translate("DataController", "Download failed"),
            message + "\n\n" + QCoreApplication.translate(
                "DataController", "Check your internet connection and try again, or choose a "
                "folder that already holds MNIST."))))
        self.job.start()

    def choose_folder(self):
        folder = QFileDialog.getExistingDirectory(self.window, QCoreApplication.translate(
            "DataController", "Folder with the four MNIST .gz files"))
        if folder and self.load_data("mnist", data_dir=folder):
            # Remembered only once it loads: a broken folder must not break the next start.
            self.job.succeeded.connect(lambda _: self._remember_folder(folder))

    def _remember_folder(self, folder):
        self.data_dir = folder
        self.settings.set("data_dir", folder)

    def use_dataset(self, data):
        """Train on a dataset brought by the user (imported); it joins the dataset list."""
        if data.name in DATASET_KEYS:   # a folder called "mnist" must not pose as the real one
            data = replace(data, name=f"{data.name} (imported)")
        self.window.training.stop()     # the next Train uses the new data
        self.imported = data
        box = self.controls.dataset     # one entry for the imported set, the latest
        box.blockSignals(True)
        for i in reversed(range(box.count())):
            if box.itemData(i) not in DATASET_KEYS:
                box.removeItem(i)
        box.addItem(QCoreApplication.translate("DataController", "Imported: {name}").format(
            name=data.name), data.name)
        box.blockSignals(False)
        self.data_loaded(data)

    def open_my_digits(self, folder):
        """The pad's "Open my digits": import the saved drawings in the Your data panel."""
        panel = self.window.panels.get("import")
        if panel is not None:
            self.window.show_panel("import")
            panel.import_folder(folder)


def _mnist_absent():
    """True when no MNIST is configured or cached at all (as opposed to a broken copy)."""
    try:
        return find_mnist() is None
    except NnvizError:
        return False

