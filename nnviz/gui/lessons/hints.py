"""Words for what happened: a one-line hint when training stalls or dies, in a student's words.

`HintWatcher` keeps the recent mini-batch costs of the run and, every couple of seconds of
training and at every epoch's end, asks `core.lessons.diagnosis` what the window's copy of the
network shows on a fixed sample of training images. The answer becomes one sentence with the
setting to try, shown in the status bar until training goes well again or a new run starts.
The measuring is the core's; this module only words it and decides when to ask.
"""

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from nnviz.core.lessons.diagnosis import diagnose
from nnviz.gui.class_names import DIGITS, kind

SAMPLE = 300          # training images the diagnosis looks at
KEEP_COSTS = 3000     # recent mini-batch costs kept
EVERY_SECONDS = 2.0   # at most this often while training runs


def tr(text):
    return QCoreApplication.translate("Hints", text)


def sentence(hint, classes=()):
    """The hint as (one short line for the status bar, a longer why for its tooltip); `classes`
    are the data's class names, so that the words fit clothes as well as digits."""
    f, s = hint.facts, hint.setting
    if hint.kind == "step_too_large":
        return (tr("Steps too big: the cost stops falling. Try η = {to:g}.").format(to=s["lr"]),
                tr("Each step jumps past the bottom of the valley, so the cost cannot settle "
                   "({acc:.0%} right at η = {lr:g}). A smaller learning rate takes smaller steps."
                   ).format(acc=f["accuracy"], lr=f["lr"]))
    if hint.kind == "dead_relu":
        return (tr("ReLUs blown up or dead: no gradient flows. Try Init: scaled, η = {lr:g}.")
                .format(lr=s["lr"]),
                tr("With N(0, 1) weights the ReLUs' values grow so large that the outputs are "
                   "stuck at 0 or 1 ({pinned:.0%} of them), and {dead:.0%} of a hidden layer's "
                   "ReLUs give 0 for every image: dead, they pass no gradient back.").format(
                    pinned=f["pinned"], dead=f["dead"]))
    if hint.kind == "saturated":
        return (tr("Outputs stuck at 0 or 1: the sigmoid is flat there. Try Init: scaled."),
                tr("For almost every image the outputs sit where the sigmoid is flat, so the "
                   "gradient is nearly zero. Scaled initial weights, or the cross-entropy cost, "
                   "keep them learning."))
    if hint.kind == "too_few_neurons" and classes and kind(classes) != DIGITS:
        return (tr("{n} hidden neurons are too few for {k} classes. Try {to}.").format(
                    n=f["narrowest"], k=len(classes), to=s["hidden"]),
                tr("A hidden layer of {n} neurons cannot carry enough about the image to tell "
                   "{k} classes apart ({acc:.0%} right).").format(
                    n=f["narrowest"], k=len(classes), acc=f["accuracy"]))
    if hint.kind == "too_few_neurons":
        return (tr("{n} hidden neurons are too few for ten digits. Try {to}.").format(
                    n=f["narrowest"], to=s["hidden"]),
                tr("A hidden layer of {n} neurons cannot carry enough about the image to tell "
                   "ten digits apart ({acc:.0%} right). Layers 784,16,16,10 can.").format(
                    n=f["narrowest"], acc=f["accuracy"]))
    return "", ""


class HintWatcher(QObject):
    hint_changed = Signal(str, str)   # the short line and the why, or "", "" when all is well

    def __init__(self, parent=None):
        super().__init__(parent)
        self.costs = np.zeros(0)
        self.hint = None
        self.text = ("", "")
        self._last = 0.0

    def new_run(self):
        self.costs, self.hint, self._last = np.zeros(0), None, 0.0
        self._say(("", ""))

    def on_snapshot(self, snap, net, data):
        """A training snapshot arrived; `net` is the window's copy after it, data the Dataset."""
        self.costs = np.concatenate([self.costs, snap.batch_costs])[-KEEP_COSTS:]
        now = time.perf_counter()
        if data is None or net is None or not (snap.epoch_end or now - self._last >= EVERY_SECONDS):
            return
        self._last = now
        n = min(SAMPLE, len(data.train_images))
        if data.n_inputs != net.sizes[0]:
            return
        self.hint = diagnose(net, data.train_images[:n], data.train_labels[:n], self.costs,
                             snap.step, snap.lr)
        self._say(sentence(self.hint, data.classes) if self.hint else ("", ""))

    def _say(self, text):
        if text != self.text:
            self.text = text
            self.hint_changed.emit(*text)
