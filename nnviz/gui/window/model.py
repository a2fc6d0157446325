"""What the main window shows, without Qt: the network, its classes, the data, the input.

The window's controllers change this model and the window's views and panels follow its one
notification, `changed`, which calls every listener with the set of field names that changed.
Nothing here draws or imports Qt, so the rules — which input the diagram shows, when a
drawing takes over, what replaying means — are tested without a window.

The network held here is the window's own copy, never the one being trained: a training
snapshot's parameters (or a replayed moment's) are put into it by `set_params`, the one place
where `network.w, network.b` are assigned. What the model leaves out: the training session,
the widgets, the files — those belong to the controllers.

Field names carried by `changed`: "network" (a new network, its classes and caption),
"params" (new parameters, same architecture), "classes", "data", "input" (the example,
a chosen input or the drawing), "drawing" (the drawing itself), "replay" (replaying or live)
and "shown" (the diagram has an input to show, `shown`). `batch()` gathers several changes into
one notification.
"""

from contextlib import contextmanager


class Callbacks:
    """A plain list of listeners: `connect(fn)`, `disconnect(fn)`, `emit(*args)`."""

    def __init__(self):
        self._listeners = []

    def connect(self, fn):
        self._listeners.append(fn)

    def disconnect(self, fn):
        self._listeners.remove(fn)

    def emit(self, *args):
        for fn in list(self._listeners):
            fn(*args)


def _fits(x, network):
    return network is not None and x.size == network.sizes[0]


class WindowModel:
    def __init__(self, classes=tuple(str(i) for i in range(10))):
        self.changed = Callbacks()
        self.network = None     # nnviz.core.network.Network, the window's copy, or None
        self.classes = tuple(classes)
        self.caption = ""       # where the network came from ("pretrained…", "loaded from…")
        self.data = None        # nnviz.core.data.Dataset or None
        self.example = 0        # index of the training example the diagram follows
        self.chosen = None      # (x (n_in,), label or None, caption) a panel asked to show
        self.drawing = None     # the drawn digit as (784,) while the pad has ink
        self.shown = None       # (x, label, caption) the diagram shows
        self.replaying = False  # the network holds a recorded moment, not the newest parameters
        self._pending = None    # fields gathered inside batch()

    def shows_shipped(self):
        """True while the network on screen is the pretrained one nnviz ships (its caption
        starts with "pretrained", whatever language the status bar shows it in)."""
        return self.caption.startswith("pretrained")

    # ---- what the diagram shows -----------------------------------------------------------------
    def showable(self):
        """The input the diagram should show now, or None when nothing fits the network:
        the drawing first, then an input a panel chose, then the training example."""
        net = self.network
        if self.drawing is not None:
            return (self.drawing, None, "your drawing") if _fits(self.drawing, net) else None
        if self.chosen is not None and _fits(self.chosen[0], net):
            return self.chosen
        if net is None or self.data is None or self.data.n_inputs != net.sizes[0]:
            return None
        i = self.example
        return (self.data.train_images[i], int(self.data.train_labels[i]),
                f"training example {i:,}")

    def drawing_fits(self):
        return self.drawing is not None and _fits(self.drawing, self.network)

    # ---- changes --------------------------------------------------------------------------------
    def set_network(self, net, classes, caption):
        """A new current network (a copy is kept); the replayed run no longer applies."""
        self.network = net.copy()
        self.classes = tuple(classes)
        self.caption = caption
        self.replaying = False
        self._notify({"network", "classes", "replay"})

    def set_params(self, w, b, replaying=None):
        """New parameters for the same architecture: a snapshot's, or a recorded moment's
        (`replaying=True`), or the newest again (`replaying=False`)."""
        self.network.w, self.network.b = list(w), list(b)
        fields = {"params"}
        if replaying is not None and replaying != self.replaying:
            self.replaying = replaying
            fields.add("replay")
        self._notify(fields)

    def set_replaying(self, replaying):
        if replaying != self.replaying:
            self.replaying = replaying
            self._notify({"replay"})

    def set_classes(self, classes):
        if tuple(classes) != self.classes:
            self.classes = tuple(classes)
            self._notify({"classes"})

    def set_data(self, data):
        self.data = data
        self._notify({"data"})

    def choose_input(self, x, label, caption):
        self.chosen = (x, label, caption)
        self._notify({"input"})

    def follow_examples(self):
        self.chosen = None
        self._notify({"input"})

    def set_drawing(self, x):
        """The drawn digit as (784,), or None when the pad is empty."""
        self.drawing = x
        self._notify({"input", "drawing"})

    def next_example(self):
        """Move to the next training example when the diagram follows them; True if it did."""
        if self.data is None or self.drawing is not None or self.chosen is not None:
            return False
        self.example = (self.example + 1) % len(self.data.train_images)
        self._notify({"input"})
        return True

    @contextmanager
    def batch(self):
        """Gather the changes made inside into one notification at the end."""
        outer = self._pending is not None
        if not outer:
            self._pending = set()
        try:
            yield self
        finally:
            if not outer:
                fields, self._pending = self._pending, None
                if fields:
                    self._notify(fields)

    def _notify(self, fields):
        if self._pending is not None:
            self._pending |= fields
            return
        shown = self.showable()
        if shown is not None:   # otherwise the diagram keeps what it showed last
            self.shown = shown
            fields = fields | {"shown"}
        self.changed.emit(frozenset(fields))
