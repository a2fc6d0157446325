"""The cost landscape around the network as it is now: the lessons' "rolling downhill", measured.

The panel keeps a bounded record of the parameters it is sent while training (`Trajectory`), and
on Compute slices the cost C(θ₀ + αd₁ + βd₂) over a grid around the current θ₀, either in the
plane that holds most of the recorded training path (its two principal directions) or along two
random filter-normalised directions. It draws the slice as a heat map with contours and the path
projected onto it, and next to it the cost along −∇C with the point where the next step of size
η‖∇C‖ lands. The work runs in a background job on a copy of the network; the math is in
`nnviz.core.lessons.landscape`, the drawing in `views/landscape_view.py`.
"""

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPushButton, QSpinBox

from nnviz.core.lessons.flat_params import flatten_net
from nnviz.core.lessons.landscape import (gradient_slice, path_directions, project, random_directions,
                                  surface)
from nnviz.core.lessons.trajectory import Trajectory
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels.computed_panel import ComputedPanel, default_lr, spin
from nnviz.gui.views.landscape_view import LandscapeView

MODES = (QT_TRANSLATE_NOOP("LandscapePanel", "Path plane (PCA)"),
         QT_TRANSLATE_NOOP("LandscapePanel", "Random plane"))


def compute(net, x, labels, mode, points, grid, lr, spread, seed=0, progress=None,
            cancelled=None):
    """Everything the view draws, as plain arrays (runs in the background job)."""
    t0 = time.perf_counter()
    theta0 = flatten_net(net)
    share = None
    if mode == 0:
        directions, share = path_directions(points, theta0)
    else:
        directions = random_directions(net, seed=seed)
    path = project(points, theta0, directions) if len(points) else np.zeros((0, 2))
    if mode == 0:
        lo = np.minimum(path.min(axis=0), 0.0)
        hi = np.maximum(path.max(axis=0), 0.0)
        margin = 0.25 * np.maximum(hi - lo, 1e-6)
        lo, hi = lo - margin, hi + margin
    else:
        lo, hi = np.array([-spread, -spread]), np.array([spread, spread])
    alphas, betas = np.linspace(lo[0], hi[0], grid), np.linspace(lo[1], hi[1], grid)
    y = np.eye(net.sizes[-1])[labels]
    C = surface(net, x, y, directions, alphas, betas, progress, cancelled)
    seconds = time.perf_counter() - t0
    return dict(alphas=alphas, betas=betas, C=C, path=path, share=share, seconds=seconds,
                slice=gradient_slice(net, x, labels, lr), n=len(x), grid=grid)


class LandscapePanel(ComputedPanel):
    key = "landscape"
    title = Translated(QT_TRANSLATE_NOOP("LandscapePanel", "Cost landscape"))
    area = "bottom"
    order = 50

    def __init__(self, parent=None):
        super().__init__(parent)
        self.trajectory = Trajectory(200)
        self.result = None
        self._note = ""
        self.mode = QComboBox()
        self.mode.addItems([self.tr(mode) for mode in MODES])
        self.mode.setToolTip(self.tr(
            "Training path: the plane in which training actually moved (two principal "
            "directions of the recorded parameters). Random: two Gaussian directions, each "
            "neuron's scaled to its own weights."))
        self.examples = spin(QSpinBox, 100, 60000, 1000, self.tr(
            "Training examples the cost is measured on"), step=500, suffix=self.tr(" examples"))
        self.grid = spin(QSpinBox, 5, 101, 25, self.tr("Grid points per side (the grid is "
                                                       "n × n)"), prefix=self.tr("grid "))
        self.spread = spin(QDoubleSpinBox, 0.01, 10.0, 1.0, self.tr(
            "Random directions: how far to go each way, in units of the weights' own size"),
            step=0.25, prefix="± ")
        self.spread.setEnabled(False)
        self.mode.currentIndexChanged.connect(lambda i: self.spread.setEnabled(i == 1))
        self.lr = spin(QDoubleSpinBox, 0.001, 100.0, 3.0, self.tr(
            "Learning rate η of the next step drawn on the slice along −∇C"), step=0.1,
            prefix="η = ")
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Slice the cost around the current parameters "
                                               "(F9)"))
        self.compute_button.setShortcut("F9")
        self.compute_button.clicked.connect(self.start)
        self.lay_out((self.mode, self.examples, self.grid, self.spread, self.lr,
                      self.compute_button),
                     self.tr("Press Compute to slice the cost around the current parameters."),
                     LandscapeView())

    def update_context(self, context, reason):
        old = self.context.model
        if reason == "architecture" or old is None or context.model is None \
                or old.sizes != context.model.sizes:
            self.trajectory.clear()
            if context.model is not None and reason == "architecture":
                self.lr.setValue(default_lr(context.model))
        if context.model is not None and reason in ("model", "architecture"):
            net = context.model
            self.trajectory.offer(lambda: flatten_net(net), context.step, net.n_parameters())
        super().update_context(context, reason)

    def start(self):
        if not self.ready_to_compute(self.tr("The landscape")):
            return
        ctx = self.context
        mode = self.mode.currentIndex()
        points = self.trajectory.points()
        distinct = len(points) and np.count_nonzero(
            np.linalg.norm(points - flatten_net(ctx.model), axis=1) > 0)
        self._note = ""
        if mode == 0 and not self.trajectory.recording(ctx.model.n_parameters()):
            self._note = self.tr("This network has too many parameters to record its training "
                                 "path, so random directions are shown.") + " "
            mode = 1
        elif mode == 0 and distinct < 2:
            self._note = self.tr("No training path recorded yet (train a little first), so "
                                 "random directions are shown.") + " "
            mode = 1
        x, labels = ctx.data.sample(self.examples.value(), 0)
        self.mark_computing()
        net, grid, lr, spread = ctx.model.copy(), self.grid.value(), self.lr.value(), \
            self.spread.value()
        self.jobs.start(lambda progress, cancelled: compute(
            net, x, labels, mode, points, grid, lr, spread, progress=progress,
            cancelled=cancelled), lambda r: self.show_result(r, mode, ctx.step),
            self.tr("Slicing the cost"))

    def show_result(self, r, mode, step):
        self.result = r
        if mode == 0:
            labels = (self.tr("α (path direction 1)"), self.tr("β (path direction 2)"))
        else:
            labels = (self.tr("α (random direction 1)"), self.tr("β (random direction 2)"))
        self.view.set_surface(r["alphas"], r["betas"], r["C"], r["path"], labels)
        self.view.set_slice(r["slice"])
        sl = r["slice"]
        if mode == 0:
            where = fmt(self.tr("Training-path plane ({first:.0f} % + {second:.0f} % of its "
                                "spread)"), first=100 * r["share"][0], second=100 * r["share"][1])
        else:
            where = self.tr("Plane of two random filter-normalised directions")
        now = fmt(self.tr("★ = now, after {step:,} mini-batches"), step=step) if step else \
            self.tr("★ = now")
        self.info.setText(
            self._note + f"{where}; {now}. " + fmt(self.tr(
                "{grid}×{grid} grid on {n:,} examples: {seconds:.2f} s. Along −∇C the slope "
                "is {slope:.3g}; a step of η = {lr:g} goes {step:.3g} and takes C from {C0:.4g} "
                "to {C_step:.4g}."), grid=r["grid"], n=r["n"], seconds=r["seconds"],
                slope=sl["slope"], lr=self.lr.value(), step=sl["step"], C0=sl["C0"],
                C_step=sl["C_step"]))
