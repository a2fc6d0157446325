"""The data explorer: look at the images the network learns from, before asking it anything.

Four tabs. Samples: a page of training or test images, all classes or one, each captioned with
its label (Fashion-MNIST's class names included); clicking one sends it through the network
diagram. Classes: how many examples each class has and the average image of each class, the
blurred "typical" digit a single-layer network could match against. Pixels: the histogram of
pixel values. Augmentation: the same training images before and after the augmentation set in
the training controls, redrawn whenever a setting changes. Counting and averaging the 60,000
training images takes a moment, so it runs as a background job while the panel is visible; the
numbers themselves come from `nnviz.core.lessons.data_stats`.
"""

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QLabel, QPushButton, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from nnviz.core.errors import check_cancelled
from nnviz.core.lessons import data_stats
from nnviz.gui import class_names, theme
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels import Panel
from nnviz.gui.views.data_charts import ClassOverview, PixelHistogramPlot
from nnviz.gui.views.image_gallery import ImageGallery
from nnviz.gui.views.job_bar import JobBar
from nnviz.gui.widgets.flow import FlowLayout

PER_PAGE = 48
PREVIEW = 6


class DataPanel(Panel):
    key = "data"
    title = Translated(QT_TRANSLATE_NOOP("DataPanel", "Data"))
    area = "right"
    order = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page = 0
        self.shown_idx = np.zeros(0, np.intp)
        self.stats = None           # (dataset, counts, means, (hist, edges)) once computed
        self._stats_for = None      # the dataset the running job counts
        self.augment = None
        self.preview_seed = 0
        self.preview = None         # (original, augmented) images of the preview, (6, 784) each
        self.tabs = QTabWidget()
        self.tabs.addTab(self._samples_tab(), self.tr("Samples"))
        self.tabs.addTab(self._classes_tab(), self.tr("Classes"))
        self.tabs.addTab(self._pixels_tab(), self.tr("Pixels"))
        self.tabs.addTab(self._augment_tab(), self.tr("Augmentation"))
        self.job_bar = JobBar()
        self.job_bar.failed.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.job_bar)

    # ---- construction ------------------------------------------------------------------------
    def _samples_tab(self):
        tab = QWidget()
        self.split = QComboBox()
        self.split.addItem(self.tr("Training set"), "train")
        self.split.addItem(self.tr("Test set"), "test")
        self.split.setToolTip(self.tr("Which images to browse: the ones the network learns "
                                      "from, or the ones kept apart to test it."))
        self.label_filter = QComboBox(sizeAdjustPolicy=QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label_filter.setToolTip(self.tr("Show every class, or only the images of one "
                                             "class."))
        self.prev_page = QToolButton(text="◀", toolTip=self.tr("Previous page (PgUp)"),
                                     shortcut="PgUp", autoRepeat=True)
        self.next_page = QToolButton(text="▶", toolTip=self.tr("Next page (PgDown)"),
                                     shortcut="PgDown", autoRepeat=True)
        self.page_label = QLabel()
        for combo in (self.split, self.label_filter):
            combo.currentIndexChanged.connect(lambda *_: self._go_to(0))
        self.prev_page.clicked.connect(lambda: self._go_to(self.page - 1))
        self.next_page.clicked.connect(lambda: self._go_to(self.page + 1))
        row = FlowLayout()        # wraps when the dock is narrow
        for w in (self.split, self.label_filter, self.prev_page, self.page_label, self.next_page):
            row.addWidget(w)
        self.gallery = ImageGallery(self.tr("No dataset loaded yet."))
        self.gallery.image_clicked.connect(self._on_image_clicked)
        hint = QLabel(self.tr("Click an image to send it through the network."), wordWrap=True)
        theme.tint(hint, "dim")
        column = QVBoxLayout(tab)
        column.addLayout(row)
        column.addWidget(self.gallery, 1)
        column.addWidget(hint)
        return tab

    def _classes_tab(self):
        tab = QWidget()
        self.overview = ClassOverview()
        self.overview.setToolTip(self.tr("Each class's average image (every pixel the mean of "
                                         "that pixel over the class) and how many training "
                                         "images it has; a class with few examples is learnt "
                                         "less well."))
        column = QVBoxLayout(tab)
        column.addWidget(QLabel(self.tr("Average image and number of training images per "
                                        "class"), wordWrap=True))
        column.addWidget(self.overview, 1)
        return tab

    def _pixels_tab(self):
        tab = QWidget()
        self.histogram = PixelHistogramPlot()
        self.pixel_note = QLabel()
        self.pixel_note.setWordWrap(True)
        column = QVBoxLayout(tab)
        column.addWidget(self.histogram, 1)
        column.addWidget(self.pixel_note)
        return tab

    def _augment_tab(self):
        tab = QWidget()
        self.augment_note = QLabel()
        self.augment_note.setWordWrap(True)
        self.before = ImageGallery(self.tr("No dataset loaded yet."))
        self.after = ImageGallery("")
        again = QPushButton(self.tr("Other images"))
        again.setToolTip(self.tr("Pick other training images and new random jitter."))
        again.clicked.connect(self._new_preview)
        column = QVBoxLayout(tab)
        column.addWidget(self.augment_note)
        column.addWidget(QLabel(self.tr("Original"), wordWrap=True))
        column.addWidget(self.before, 1)
        column.addWidget(QLabel(self.tr("As the network sees them while training"),
                                wordWrap=True))
        column.addWidget(self.after, 1)
        column.addWidget(again)
        return tab

    # ---- behaviour ---------------------------------------------------------------------------
    def refresh(self, reason):
        # "model" and "input" arrive many times a second while training; nothing here depends
        # on the parameters or on the input in the diagram.
        if reason not in ("data", "shown", "architecture") or self.context.data is None:
            return
        self._fill_label_filter()
        self._show_page()
        self._show_preview()
        self._ensure_stats()

    def showEvent(self, event):
        super().showEvent(event)
        self._ensure_stats()

    def _fill_label_filter(self):
        classes = self._classes()
        if self.label_filter.count() == len(classes) + 1 and all(
                self.label_filter.itemText(i + 1).endswith(name)
                for i, name in enumerate(classes)):
            return
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("All classes"), None)
        for k, name in enumerate(classes):
            self.label_filter.addItem(name if name == str(k) else f"{k}: {name}", k)
        self.label_filter.blockSignals(False)
        self.page = 0

    def _classes(self):
        """The class names as shown (Fashion-MNIST's in the window's language)."""
        data = self.context.data
        return class_names.shown_all(data.classes if data is not None else self.context.classes)

    def _split(self):
        data = self.context.data
        if self.split.currentData() == "test":
            return data.test_images, data.test_labels, self.tr("test image {i:,}")
        return data.train_images, data.train_labels, self.tr("training image {i:,}")

    def _go_to(self, page):
        self.page = page
        if self.context.data is not None:
            self._show_page()

    def _show_page(self):
        x, labels, name = self._split()
        idx, pages = data_stats.pick(labels, self.label_filter.currentData(), self.page, PER_PAGE)
        self.page = self.page % pages
        self.shown_idx = idx
        classes = self._classes()
        self.gallery.set_images(x[idx], [classes[labels[i]] for i in idx],
                                [f"{fmt(name, i=i)}: {classes[labels[i]]}" for i in idx])
        self.gallery.set_empty_text(self.tr("No images of this class."))
        self.page_label.setText(fmt(self.tr("page {page:,} of {pages:,}"),
                                    page=self.page + 1, pages=pages))

    def _on_image_clicked(self, position):
        x, labels, name = self._split()
        i = int(self.shown_idx[position])
        self.input_chosen.emit(np.array(x[i]), int(labels[i]), fmt(name, i=i))

    # ---- statistics ----------------------------------------------------------------------------
    def _ensure_stats(self):
        data = self.context.data
        if data is None or (self.stats is not None and self.stats[0] is data):
            return
        if not (self.job_bar.busy() and self._stats_for is data):
            self._stats_for = data
            self._start_stats(data)

    def _start_stats(self, data):
        k = len(data.classes)
        steps = (self.tr("counting classes"), self.tr("averaging each class"),
                 self.tr("counting pixel values"))

        def work(progress, cancelled):
            x, labels = data.train_images, data.train_labels
            progress(0, 3, steps[0])
            counts = data_stats.class_counts(labels, k)
            progress(1, 3, steps[1])
            means = data_stats.class_means(x, labels, k)
            check_cancelled(cancelled)
            progress(2, 3, steps[2])
            return data, counts, means, data_stats.pixel_histogram(x)

        self.job_bar.start(work, self._on_stats, self.tr("Counting the training images…"))

    def _on_stats(self, result):
        if result is None or result[0] is not self.context.data:
            return
        self.stats = result
        data, counts, means, (hist, edges) = result
        self.overview.set_classes(counts, means, class_names.shown_all(data.classes))
        self.histogram.set_histogram(hist, edges)
        total = hist.sum()
        self.pixel_note.setText(fmt(self.tr(
            "{total:,} pixels of {images:,} training images. {dark:.0%} fall in the darkest "
            "bin and {bright:.0%} in the brightest; the count axis is logarithmic so that the "
            "bins in between stay visible."), total=total, images=len(data.train_images),
            dark=hist[0] / total, bright=hist[-1] / total))

    def busy(self):
        """Whether a background computation is running (screenshots wait for it)."""
        return self.job_bar.busy()

    def hideEvent(self, event):
        self.job_bar.cancel()   # the job restarts when the panel is shown again
        super().hideEvent(event)

    # ---- augmentation preview -------------------------------------------------------------------
    def show_augment(self, augment):
        """The training controls' augmentation (a core Augment, or None) changed."""
        self.augment = augment
        if self.isVisible() and self.context.data is not None:
            self._show_preview()

    def _new_preview(self):
        self.preview_seed += 1
        if self.context.data is not None:
            self._show_preview()

    def _show_preview(self):
        data = self.context.data
        rng = np.random.default_rng(self.preview_seed)
        n = len(data.train_images)
        idx = rng.choice(n, min(PREVIEW, n), replace=False)
        x = data.train_images[idx]
        classes = class_names.shown_all(data.classes)
        captions = [classes[data.train_labels[i]] for i in idx]
        self.before.set_images(x, captions)
        self.preview = (x, x)
        if self.augment is None:
            self.augment_note.setText(self.tr("Augmentation is off. Switch it on under "
                                              "Training ▸ Augmentation to see what the network "
                                              "would get instead."))
            self.after.set_images(x, captions)
            return
        self.augment_note.setText(fmt(self.tr("Augmentation: {what}. Every mini-batch gets a "
                                              "new random jitter; this is one draw."),
                                      what=self.augment.describe()))
        self.preview = (x, self.augment(x, rng))
        self.after.set_images(self.preview[1], captions)
