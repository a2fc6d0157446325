"""How well does a mini-batch gradient stand in for the full gradient — and does it pay?

The lessons say SGD estimates ∇C from a small random batch instead of all training examples:
"a drunk man stumbling quickly down the hill" rather than a careful one. This module measures
both halves of that sentence on the real network. `gradient_noise` computes the full-training-set
gradient g = ∇C and, for batch sizes 1, 10, 100, 1000, the gradients g_b of several random
batches: their cosine similarity with g (1 = same direction) and their relative error
‖g_b − g‖/‖g‖, which for independent draws shrinks like 1/√b. `race` runs SGD and full-batch
gradient descent from the same parameters for the same time budget (on copies, with the
trainer's own step) and records the cost each reaches: many noisy steps against few exact ones.
Both accept `progress(done, total, text)` and `cancelled()` so a GUI can run them off its thread;
what they leave out is momentum and regularisation, which would blur the comparison.
"""

import math
import time
from dataclasses import dataclass, field

import numpy as np

from nnviz.core.errors import ConfigError, check_cancelled
from nnviz.core.lessons.flat_params import flatten
from nnviz.core.training import Trainer
from nnviz.core.messages import QT_TRANSLATE_NOOP, Message

BATCH_SIZES = (1, 10, 100, 1000)


def gradient(net, x, labels, chunk=10000):
    """∇C over all rows of x as one flat vector (float64), computed in chunks."""
    targets = np.eye(net.sizes[-1], dtype=net.dtype)
    total = None
    for i in range(0, len(x), chunk):
        nabla_w, nabla_b, _ = net.backprop(x[i:i + chunk], targets[labels[i:i + chunk]])
        part = flatten(nabla_w, nabla_b) * (min(chunk, len(x) - i) / len(x))
        total = part if total is None else total + part
    return total


@dataclass
class NoiseRow:
    batch_size: int
    cosine: float            # mean over batches of cos(g_b, g)
    cosine_spread: float     # their standard deviation
    relative: float          # mean of ‖g_b − g‖ / ‖g‖
    relative_spread: float


@dataclass
class NoiseReport:
    full_norm: float         # ‖g‖ of the full-training-set gradient
    n_examples: int          # examples in the full gradient
    repeats: int             # random batches drawn per size
    rows: list = field(default_factory=list)


def gradient_noise(net, x, labels, batch_sizes=BATCH_SIZES, repeats=30, seed=0,
                   progress=None, cancelled=None):
    """Compare mini-batch gradients (batches drawn without replacement) with the full one."""
    sizes = [b for b in batch_sizes if 1 <= b <= len(x)]
    if not sizes:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "no batch size fits a training set of "
                                                      "{n_x} examples."), n_x=len(x))
    progress = progress or (lambda *a: None)
    total = 1 + len(sizes) * repeats
    progress(0, total, "full gradient over the training set")
    g = gradient(net, x, labels)
    g_norm = float(np.linalg.norm(g))
    rng = np.random.default_rng(seed)
    report = NoiseReport(g_norm, len(x), repeats)
    for k, b in enumerate(sizes):
        cos, rel = np.empty(repeats), np.empty(repeats)
        for r in range(repeats):
            check_cancelled(cancelled)
            idx = rng.choice(len(x), size=b, replace=False)
            gb = gradient(net, x[idx], labels[idx])
            gb_norm = float(np.linalg.norm(gb))
            cos[r] = float(gb @ g) / max(gb_norm * g_norm, 1e-300)
            rel[r] = float(np.linalg.norm(gb - g)) / max(g_norm, 1e-300)
            progress(1 + k * repeats + r + 1, total, f"batches of {b}")
        report.rows.append(NoiseRow(b, float(cos.mean()), float(cos.std()), float(rel.mean()),
                                    float(rel.std())))
    return report


@dataclass
class CostPath:
    name: str
    batch_size: int
    seconds: np.ndarray      # time spent stepping when each cost was taken
    costs: np.ndarray        # C over the whole sample at those times
    steps: int = 0
    diverged: bool = False


def race(net, x, labels, lr, batch_size=10, seconds=2.0, sample=10000, seed=0, points=40,
         progress=None, cancelled=None):
    """SGD (mini-batches of `batch_size`) versus full-batch gradient descent on `sample`
    training examples, each for `seconds` of stepping from the same start. Returns two
    CostPaths; evaluating the cost is not counted in the time."""
    rng = np.random.default_rng(seed)
    pick = np.sort(rng.choice(len(x), size=min(sample, len(x)), replace=False))
    xs, ls = np.ascontiguousarray(x[pick]), np.asarray(labels)[pick]
    if not 1 <= batch_size <= len(xs):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the SGD batch size must be from 1 to "
                                                      "{n_xs}; got {batch_size}."),
                          n_xs=len(xs), batch_size=batch_size)
    progress = progress or (lambda *a: None)
    paths = []
    for phase, b in enumerate((batch_size, len(xs))):
        name = QT_TRANSLATE_NOOP("Errors", "full-batch gradient descent") if b == len(xs) \
            else Message(QT_TRANSLATE_NOOP("Errors", "SGD, batches of {b}"), b=str(b))
        trainer = Trainer(net.copy(), xs, ls, lr=lr, batch_size=b, seed=seed)
        path = CostPath(name, b, [0.0], [trainer.net.cost_value(xs, trainer.targets[ls])])
        spent, order, start, next_mark = 0.0, trainer.rng.permutation(len(xs)), 0, 0.0
        while spent < seconds:
            check_cancelled(cancelled)
            if start >= len(xs):
                order, start = trainer.rng.permutation(len(xs)), 0
            t0 = time.perf_counter()
            trainer.train_batch(order[start:start + b], lr)
            spent += time.perf_counter() - t0
            start += b
            path.steps += 1
            if spent >= next_mark or spent >= seconds:
                C = trainer.net.cost_value(xs, trainer.targets[ls])
                path.seconds.append(spent)
                path.costs.append(C)
                next_mark = spent + seconds / points
                progress(int(100 * (phase + min(spent / seconds, 1.0))), 200, name)
                if not math.isfinite(C):
                    path.diverged = True
                    break
        path.seconds, path.costs = np.array(path.seconds), np.array(path.costs)
        paths.append(path)
    return paths[0], paths[1]
