"""The replay bar under the views: a slider over the recorded moments, play/pause, speed, Live.

It knows only how many moments there are and which one is shown; the main window turns an index
into parameters (core.history) and shows them in every view. Moving the slider, playing, or
pressing Live emits a signal; `set_length` / `set_index` from the window never do, so following
a live run does not look like a user's scrub.
"""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget
from nnviz.gui.i18n import fmt

SPEEDS = (2, 5, 10, 20, 30)    # moments per second when playing


class TimelineView(QWidget):
    moment_chosen = Signal(int)      # the user asked for moment i (slider, keys, playback)
    live_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.play_button = QToolButton(text="▶")
        self.play_button.setToolTip(self.tr("Play the recorded run from the moment shown (Space "
                                            "on the slider); again to pause"))
        self.play_button.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Scrub through the run: every view shows the network as "
                                       "it was then. Arrows step one moment, Page Up/Down ten."))
        self.slider.setPageStep(10)
        self.slider.valueChanged.connect(self._on_value_changed)
        self.speed_box = QComboBox()
        for rate in SPEEDS:
            self.speed_box.addItem(fmt(self.tr("{rate} moments/s"), rate=rate), rate)
        self.speed_box.setCurrentIndex(SPEEDS.index(10))
        self.speed_box.setToolTip(self.tr("Replay speed. Moments are denser early in the run, "
                                          "where the network changes fastest."))
        self.speed_box.currentIndexChanged.connect(self._set_interval)
        self.label = QLabel(self.tr("No run recorded yet: press Train."))
        self._fix_label_width()
        self.live_button = QToolButton(text=self.tr("Live"))
        self.live_button.setCheckable(True)
        self.live_button.setToolTip(self.tr("Back to the network as it trains now"))
        self.live_button.clicked.connect(self._on_live_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(self.tr("Replay")))
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.speed_box)
        row.addWidget(self.live_button)
        self._quiet = False
        self.timer = QTimer(self, timeout=self._advance)
        self._set_interval()
        self.set_length(0)

    def _fix_label_width(self):
        # a fixed width: text changing ~30×/s while training must not re-lay out the window;
        # translators make the sample as long as their language's longest label. Set again
        # when the text is zoomed (it kept the start-up size and cut the label at 150 %).
        self.label.setFixedWidth(self.fontMetrics().horizontalAdvance(self.tr(
            "step 1,234,567 · epoch 1,000 · test acc 99.9 %   (2,000/2,000)")) + 8)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fix_label_width()

    # -- the window's side --------------------------------------------------------------------
    def set_length(self, n):
        """n recorded moments; the slider keeps its place unless it sat at the end."""
        at_end = self.slider.value() >= self.slider.maximum()
        self._quiet = True
        self.slider.setMaximum(max(n - 1, 0))
        if at_end and self.live_button.isChecked():
            self.slider.setValue(self.slider.maximum())
        self._quiet = False
        for widget in (self.slider, self.play_button):
            widget.setEnabled(n > 1)
        if n <= 1:
            self.pause()

    def set_index(self, i):
        self._quiet = True
        self.slider.setValue(i)
        self._quiet = False

    def index(self):
        return self.slider.value()

    def set_text(self, text):
        if text != self.label.text():
            self.label.setText(text)

    def set_live(self, live, available=True):
        """Live: following the training; `available` False when nothing trains (an opened run)."""
        self.live_button.setEnabled(available)
        self.live_button.setChecked(live and available)
        if live:
            self.set_index(self.slider.maximum())

    # -- playback -----------------------------------------------------------------------------
    def toggle_play(self):
        self.pause() if self.timer.isActive() else self.play()

    def play(self):
        if self.slider.maximum() < 1:
            return
        if self.slider.value() >= self.slider.maximum():
            self.slider.setValue(0)          # from the start again
        self.timer.start()
        self.play_button.setText("⏸")

    def pause(self):
        self.timer.stop()
        self.play_button.setText("▶")

    def playing(self):
        return self.timer.isActive()

    def _set_interval(self, *_):
        self.timer.setInterval(int(1000 / self.speed_box.currentData()))

    def _advance(self):
        if self.slider.value() >= self.slider.maximum():
            self.pause()
        else:
            self.slider.setValue(self.slider.value() + 1)

    def _on_value_changed(self, i):
        if not self._quiet:
            self.live_button.setChecked(False)
            self.moment_chosen.emit(i)

    def _on_live_clicked(self):
        self.pause()
        self.live_button.setChecked(True)
        self.live_requested.emit()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Space:
            self.toggle_play()
        else:
            super().keyPressEvent(event)
