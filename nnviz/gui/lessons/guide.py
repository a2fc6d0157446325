"""The lesson guide: a side panel showing one step of a lesson at a time.

The step's title and text, *Show me* (asks the controller to put the app in the step's state),
Back and Next, the list of steps with a tick beside each one done, and for a step that asks the
learner to do something, that task and whether it is done. It never blocks anything: it is a
dock beside the views. It knows only the lesson data (`texts.Lesson`) and emits what the learner
asked for; `controller.py` does the rest.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

DONE, TODO = "✓", "·"


class GuidePanel(QWidget):
    show_me_requested = Signal(int)     # the step index whose state to show
    step_changed = Signal(int)          # the step now on show

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lesson = None
        self.index = 0
        self.done = set()               # indices of the steps ticked (task done or shown)
        self.heading = QLabel(wordWrap=True)
        self.steps = QListWidget()
        self.steps.setMaximumHeight(118)
        self.steps.currentRowChanged.connect(self._on_row_chosen)
        self.title = QLabel(wordWrap=True)
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.task = QLabel(wordWrap=True)
        self.show_me = QPushButton(self.tr("Show me"))
        self.show_me.setToolTip(self.tr("Put the app in the state this step talks about"))
        self.show_me.clicked.connect(lambda: self.show_me_requested.emit(self.index))
        self.back = QPushButton(self.tr("◀ Back"))
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.show_me, 1)
        buttons.addWidget(self.next)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.steps)
        column.addWidget(self.title)
        column.addWidget(self.text, 1)
        column.addWidget(self.task)
        column.addLayout(buttons)

    def set_lesson(self, lesson):
        self.lesson, self.done = lesson, set()
        self.heading.setText(self.tr("<b>Lesson {n}</b> · {title}").format(
            n=lesson.number, title=lesson.title))
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in lesson.steps:
            self.steps.addItem(step.title)
        self.steps.blockSignals(False)
        self.index = -1
        self.go(0)

    def go(self, index):
        if self.lesson is None or not 0 <= index < len(self.lesson.steps) or index == self.index:
            return
        self.index = index
        step = self.lesson.steps[index]
        self.title.setText(self.tr("<b>{i}/{n} · {title}</b>").format(
            i=index + 1, n=len(self.lesson.steps), title=step.title))
        self.text.setText(step.text)
        self.show_me.setEnabled(bool(step.show))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.lesson.steps) - 1)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._show_marks()
        self.step_changed.emit(index)

    def tick(self, index):
        """Mark step `index` done (its task was done)."""
        if self.lesson is not None and 0 <= index < len(self.lesson.steps):
            self.done.add(index)
            self._show_marks()

    def _show_marks(self):
        for i, step in enumerate(self.lesson.steps):
            self.steps.item(i).setText(f"{DONE if i in self.done else TODO} {i + 1}. {step.title}")
        step = self.lesson.steps[self.index]
        self.task.setVisible(bool(step.task))
        if step.task:
            mark = self.tr("✓ done") if self.index in self.done else self.tr("to do")
            self.task.setText(f"<i>{step.task_text}</i> — <b>{mark}</b>")

    def _on_row_chosen(self, row):
        self.go(row)
