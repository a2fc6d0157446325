"""The network: layers of weights and biases, the forward pass and backpropagation.

Layer l maps the previous activations a (one row per example, shape (n, n_in)) to
z = a wᵀ + b and a′ = σ(z), with w shaped (n_out, n_in) so that row j of w holds neuron j's
incoming weights and `w[0][i].reshape(28, 28)` is first-layer neuron i's picture.
`backprop` handles a whole mini-batch with matrix products — no Python loop over examples — and
returns ∂C/∂w and ∂C/∂b for every layer. Training (the update rule) lives in `training.py`; saving
and loading in `model_io.py`.
"""

from dataclasses import dataclass, field

import numpy as np

from nnviz.core import activations, costs
from nnviz.core.errors import ConfigError
from nnviz.core.messages import QT_TRANSLATE_NOOP

INITS = ("normal", "scaled")


@dataclass
class Network:
    sizes: tuple
    activation: str = "sigmoid"
    output: str = "sigmoid"
    cost: str = "quadratic"
    w: list = field(default_factory=list)  # w[l]: (sizes[l+1], sizes[l])
    b: list = field(default_factory=list)  # b[l]: (sizes[l+1],)

    @classmethod
    def create(cls, sizes, activation="sigmoid", output="sigmoid", cost="quadratic",
               init="normal", seed=0, dtype=np.float32):
        """Random weights: the seed's N(0, 1), or "scaled" N(0, 1/fan_in) (He's 2/fan_in for ReLU)."""
        sizes = tuple(int(s) for s in sizes)
        check_architecture(sizes, activation, output, cost)
        if init not in INITS:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown initialisation {init!r}; "
                                                          "choose one of {inits}."),
                              init=init, inits=", ".join(INITS))
        rng = np.random.default_rng(check_seed(seed))
        w, b = [], []
        for n_in, n_out in zip(sizes[:-1], sizes[1:]):
            std = 1.0
            if init == "scaled":
                std = np.sqrt((2.0 if activation == "relu" else 1.0) / n_in)
            w.append((rng.standard_normal((n_out, n_in)) * std).astype(dtype))
            b.append(rng.standard_normal(n_out).astype(dtype) * (1.0 if init == "normal" else 0.0))
        return cls(sizes, activation, output, cost, w, b)

    @property
    def n_layers(self):
        return len(self.sizes)

    @property
    def dtype(self):
        return self.w[0].dtype

    def copy(self):
        return Network(self.sizes, self.activation, self.output, self.cost,
                       [w.copy() for w in self.w], [b.copy() for b in self.b])

    def forward(self, x):
        """Every layer's weighted sums and activations: zs[l] for layers 1…L, activations[0] = x."""
        sigma, _ = activations.HIDDEN[self.activation]
        a = np.asarray(x, dtype=self.dtype)
        zs, acts = [], [a]
        last = len(self.w) - 1
        for l, (w, b) in enumerate(zip(self.w, self.b)):
            z = a @ w.T + b
            a = activations.output_forward(self.output, z) if l == last else sigma(z)
            zs.append(z)
            acts.append(a)
        return zs, acts

    def feedforward(self, x):
        """Only the output activations, for prediction (x: (n, 784) or a single (784,) image)."""
        return self.forward(x)[1][-1]

    def backprop(self, x, y):
        """∂C/∂w, ∂C/∂b for every layer, and the cost C, over a mini-batch x (n, n_in), y (n, k)."""
        _, sigma_prime = activations.HIDDEN[self.activation]
        zs, acts = self.forward(x)
        y = np.asarray(y, dtype=self.dtype)
        C = costs.value(self.cost, self.output, acts[-1], y)
        delta = costs.output_delta(self.cost, self.output, zs[-1], acts[-1], y)  # (n, k)
        nabla_w = [None] * len(self.w)
        nabla_b = [None] * len(self.b)
        for l in range(len(self.w) - 1, -1, -1):
            nabla_w[l] = delta.T @ acts[l]       # (n_out, n_in): Σ over examples of δ aᵀ
            nabla_b[l] = delta.sum(axis=0)       # (n_out,)
            if l > 0:
                delta = (delta @ self.w[l]) * sigma_prime(zs[l - 1], acts[l])
        return nabla_w, nabla_b, C

    def cost_value(self, x, y):
        return costs.value(self.cost, self.output, self.feedforward(x), np.asarray(y, self.dtype))

    def evaluate(self, x, labels, batch=10000):
        """(C, accuracy) over a labelled set, in chunks so memory stays flat for big networks."""
        total_cost, correct = 0.0, 0
        for i in range(0, len(x), batch):
            a = self.feedforward(x[i:i + batch])
            lab = labels[i:i + batch]
            y = np.zeros_like(a)
            y[np.arange(len(lab)), lab] = 1.0
            total_cost += costs.value(self.cost, self.output, a, y) * len(lab)
            correct += int(np.count_nonzero(a.argmax(axis=1) == lab))
        return total_cost / max(len(x), 1), correct / max(len(x), 1)

    def n_parameters(self):
        return sum(w.size + b.size for w, b in zip(self.w, self.b))


MAX_LAYERS = 64                 # layers in one network, input and output included
MAX_NEURONS = 1_000_000         # in any one layer (a 1000×1000 picture's pixels)
MAX_PARAMETERS = 50_000_000     # weights and biases: 200 MB as float32, far above any lesson's


def parse_layers(text, bounded=True):
    """'784,16,16,10' → (784, 16, 16, 10), or a ConfigError that says why not, in one sentence.

    The one parser every caller uses (the CLI, the window's Layers field, the settings file), so
    that what passes the check is exactly what converts: `str.isdigit` accepts '²', which `int`
    refuses, while `str.isdecimal` is true exactly for the digits `int` reads (any script's).
    The sizes are then bounded by `check_sizes` (unless `bounded` is False: the command line
    reports a bad list's form through argparse and its sizes later, as every other value).
    """
    text = str(text)
    parts = [p.strip() for p in text.split(",")]
    if not text.strip():
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "enter the layer sizes, e.g. 784,16,16,10."))
    if not all(p.isdecimal() and len(p) <= 9 for p in parts):
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "layer sizes must be whole numbers "
                                                      "separated by commas, like 784,16,16,10; "
                                                      "got {shown!r}."), shown=shown)
    sizes = tuple(int(p) for p in parts)
    if bounded:
        check_sizes(sizes)
    return sizes


def check_sizes(sizes):
    """Refuse layer sizes nnviz cannot build, in one sentence that states the bound."""
    if len(sizes) < 2:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "a network needs at least an input and an "
                                                      "output layer, e.g. 784,16,16,10."))
    if len(sizes) > MAX_LAYERS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "a network may have at most {max_layers} "
                                                      "layers; got {n_sizes}."),
                          max_layers=MAX_LAYERS, n_sizes=len(sizes))
    if any(s < 1 for s in sizes):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "every layer needs at least one neuron; "
                                                      "got {sizes}."),
                          sizes=",".join(map(str, sizes)))
    if max(sizes) > MAX_NEURONS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "a layer may have at most {max_neurons:,} "
                                                      "neurons; got {n:,}."),
                          max_neurons=MAX_NEURONS, n=max(sizes))
    total = sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))
    if total > MAX_PARAMETERS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "layers {sizes} need {total:,} "
                                                      "parameters; nnviz builds networks of at "
                                                      "most {max_parameters:,} ({mb} MB as "
                                                      "float32)."),
                          sizes=",".join(map(str, sizes[:8])) + ("…" if len(sizes) > 8 else ""),
                          total=total, max_parameters=MAX_PARAMETERS,
                          mb=MAX_PARAMETERS * 4 // 10 ** 6)


MAX_SEED = 2**32 - 1


def check_seed(seed):
    """The seed as an int, or a ConfigError: NumPy's generators take whole numbers ≥ 0."""
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) \
            or not 0 <= seed <= MAX_SEED:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the seed must be a whole number from 0 "
                                                      "to {max_seed:,}; got {seed}."),
                          max_seed=MAX_SEED, seed=seed)
    return int(seed)


def check_architecture(sizes, activation, output, cost):
    check_sizes(sizes)
    if activation not in activations.HIDDEN:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown activation {activation!r}; "
                                                      "choose sigmoid, relu or tanh."),
                          activation=activation)
    if output not in activations.OUTPUT:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown output layer {output!r}; choose "
                                                      "sigmoid or softmax."), output=output)
    if cost not in costs.NAMES:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown cost {cost!r}; choose quadratic "
                                                      "or cross-entropy."), cost=cost)
