"""Panels: the teaching views, the lab and the rest, each a dock beside the four live views.

A panel is a QWidget that subclasses `Panel`. The main window finds every panel class in this
package (`discover`), gives each a tabbed dock, and calls `update_context` whenever the model,
the data or the input shown in the diagram changes, and the hooks (`on_neuron_clicked`,
`show_augment`) when their event happens; the base's hooks do nothing. A panel never receives
the network being trained: `Context.model` is the window's own copy, to be treated as
read-only (copy it to experiment). Work that takes more than a few milliseconds runs in a
`nnviz.gui.jobs.Job`, with a progress bar, and only while the panel is visible.
"""

import importlib
import pkgutil
import sys
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QWidget

from nnviz.gui.i18n import text_of


@dataclass(frozen=True)
class Context:
    """What a panel may look at; arrays are shared read-only copies, never the trainer's."""
    model: object = None        # nnviz.core.network.Network (the window's copy) or None
    classes: tuple = ()         # names of the output classes
    data: object = None         # nnviz.core.data.Dataset or None
    example: tuple = None       # (x (n_in,), label or None, caption) shown in the diagram
    training: bool = False      # a training run is in progress (not paused)
    step: int = 0               # mini-batches trained so far in this run


class Panel(QWidget):
    """Base of every panel. Subclasses set `key`, `title`, `area` and `order`."""
    key = ""                    # short name: `nnviz gui --view KEY`, settings
    title = ""                  # dock title
    area = "right"              # "right" (tabbed with the weights) or "bottom" (with the cost)
    order = 100                 # tab order within the area

    input_chosen = Signal(object, object, str)   # x (n_in,), label or None, caption
    model_edited = Signal(object)                # a new Network to become the current model
    status_message = Signal(str)                 # a short note for the status bar
    dataset_ready = Signal(object)               # a Dataset to train on (e.g. one imported)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.context = Context()
        self._stale = False

    def update_context(self, context, reason):
        """`reason` is "model" (parameters changed; up to ~30×/s while training), "data",
        "input" or "architecture". Stores the context and refreshes only when visible."""
        self.context = context
        if self.isVisible():
            self._refresh_safely(reason)
        else:
            self._stale = True

    def _refresh_safely(self, reason):
        """`refresh`, with any error told in the status bar and on stderr instead of raised.

        `refresh` runs inside Qt's virtual functions (showEvent, reached from a dock's
        visibilityChanged): an exception escaping one of those is not an ordinary traceback
        under PySide6 6.11 but a segmentation fault in shiboken's error reporting
        (PepException_GetArgs), which took the whole window down with an 8×8 dataset.
        """
        try:
            self.refresh(reason)
        except Exception as e:   # a bug in one panel must not end the app
            traceback.print_exc(file=sys.stderr)
            self.status_message.emit(QCoreApplication.translate(
                "Panel", "{title}: could not update ({error})").format(
                    title=self.title, error=f"{type(e).__name__}: {text_of(e)}"))

    def refresh(self, reason):
        """Redraw from `self.context`; subclasses override. Keep it cheap or start a Job."""

    def on_neuron_clicked(self, layer, index):
        """A neuron of the diagram was clicked; panels that inspect neurons override."""

    def show_augment(self, augment):
        """The training's augmentation changed (an Augment or None); previews override."""

    def shutdown(self):
        """Cancel and join every background thread this panel owns (the window is closing)."""
        for thread in self.findChildren(QThread):
            if hasattr(thread, "cancel"):
                thread.cancel()
            thread.wait(10000)

    def heightForWidth(self, width):
        """The least height the panel needs at `width`, which is what its dock's scroll area
        should give it: Qt's default, the sum of its parts' preferred heights, counts a
        pyqtgraph plot at its current size, so a panel with a word-wrapped label never shrank
        and always scrolled (robustness: 553 px for a 498 px dock at 1920×1080)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh_safely("shown")


def discover():
    """Every Panel subclass defined in this package's modules, in (area, order) order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Panel) and obj is not Panel \
                    and obj.__module__ == module.__name__ and obj.key:
                found.append(obj)
    return sorted(found, key=lambda cls: (cls.area, cls.order, cls.key))
