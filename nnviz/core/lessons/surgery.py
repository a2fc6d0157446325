"""The lab's edits to a trained network, described as data and applied to a copy.

An `Edits` value says what a learner changed: per neuron a bias shift Δb, a scale s of its
incoming weights, or "switched off"; globally an output temperature T, Gaussian noise σ on
every weight (fixed seed, so moving σ scales one fixed pattern instead of redrawing it) and
pruning of the p % smallest |w|. `apply` turns (network, edits) into a NEW plain `Network`; the
original is never touched, so "Reset" is simply applying no edits. Everything is folded into
ordinary weights and biases, so the edited network can be saved, loaded and trained like any
other:

- temperature: softmax(z/T) = softmax((w/T)·a + b/T), so the output layer's w and b are divided
  by T (the same holds for sigmoid(z/T));
- switching off a hidden neuron zeroes its OUTGOING weights: whatever its a, nothing downstream
  receives it (the diagram-facing `lab_forward` also reports its a as 0);
- switching off an output neuron zeroes its weights and sets b = OFF_BIAS, so its output is
  σ(−10⁴) ≈ 0 (exactly 0 under softmax, and ~1e−35 under the clipped sigmoid).

Order: neuron scales, then noise, then pruning (last, so pruned weights stay exactly zero), then
bias shifts, temperature and switch-offs. Pruning is per layer by default (each weight matrix
loses p % of its entries, so the small last layer is not wiped out by the large first one);
`prune_scope="global"` ranks all weights of the network together instead.
"""

from dataclasses import dataclass, field, replace

import numpy as np

from nnviz.core.errors import ConfigError
from nnviz.core.messages import QT_TRANSLATE_NOOP, Joined, Message

OFF_BIAS = -1.0e4
PRUNE_SCOPES = ("layer", "global")


@dataclass(frozen=True)
class NeuronEdit:
    bias_shift: float = 0.0     # Δb added to the neuron's bias
    weight_scale: float = 1.0   # s multiplying its incoming weights
    off: bool = False           # its output reaches nothing

    @property
    def is_identity(self):
        return self.bias_shift == 0.0 and self.weight_scale == 1.0 and not self.off


@dataclass(frozen=True)
class Edits:
    neurons: dict = field(default_factory=dict)   # (layer ≥ 1, index) -> NeuronEdit
    temperature: float = 1.0    # T of the output layer: σ(z/T)
    noise: float = 0.0          # σ of the Gaussian noise added to every weight
    noise_seed: int = 0
    prune: float = 0.0          # percent of the smallest |w| set to 0
    prune_scope: str = "layer"  # "layer" or "global"

    def neuron(self, layer, index):
        return self.neurons.get((layer, index), NeuronEdit())

    def with_neuron(self, layer, index, **changes):
        """A copy with neuron (layer, index) changed; identity edits are dropped from the list."""
        edit = replace(self.neuron(layer, index), **changes)
        neurons = dict(self.neurons)
        neurons.pop((layer, index), None)
        if not edit.is_identity:
            neurons[(layer, index)] = edit
        return replace(self, neurons=neurons)

    @property
    def is_empty(self):
        return not self.neurons and self.temperature == 1.0 and self.noise == 0.0 \
            and self.prune == 0.0

    def describe(self):
        """One short line per edit, for the lab's list."""
        lines = []
        for (l, i), e in sorted(self.neurons.items()):
            parts = ([QT_TRANSLATE_NOOP("Errors", "off")] if e.off else []) + \
                ([Message("b {shift:+.2f}", shift=e.bias_shift)] if e.bias_shift else []) + \
                ([Message("w × {scale:.2f}", scale=e.weight_scale)]
                 if e.weight_scale != 1.0 else [])
            lines.append(Message(QT_TRANSLATE_NOOP("Errors", "layer {l} neuron {i}: {parts}"),
                                 l=l, i=i, parts=Joined(", ", parts)))
        if self.temperature != 1.0:
            lines.append(Message(QT_TRANSLATE_NOOP("Errors", "output temperature T = {t:.2f}"),
                                 t=self.temperature))
        if self.noise:
            lines.append(Message(QT_TRANSLATE_NOOP("Errors", "noise σ = {sigma:.2f} on every "
                                                             "weight"), sigma=self.noise))
        if self.prune:
            lines.append(Message(
                QT_TRANSLATE_NOOP("Errors", "pruned the {p:.0f} % smallest |w| in each layer")
                if self.prune_scope == "layer" else
                QT_TRANSLATE_NOOP("Errors", "pruned the {p:.0f} % smallest |w| of all weights"),
                p=self.prune))
        return lines


def apply(net, edits):
    """A new Network with `edits` folded into its weights and biases; `net` is unchanged."""
    check(net, edits)
    out = net.copy()
    last = len(out.w)                       # layer number of the output layer
    for (l, i), e in edits.neurons.items():
        out.w[l - 1][i] *= e.weight_scale
    if edits.noise:
        rng = np.random.default_rng(edits.noise_seed)
        for w in out.w:
            w += (edits.noise * rng.standard_normal(w.shape)).astype(w.dtype)
    if edits.prune:
        _prune(out.w, edits.prune, edits.prune_scope)
    for (l, i), e in edits.neurons.items():
        out.b[l - 1][i] += e.bias_shift
    if edits.temperature != 1.0:
        out.w[-1] /= edits.temperature
        out.b[-1] /= edits.temperature
    for (l, i), e in edits.neurons.items():
        if e.off and l < last:
            out.w[l][:, i] = 0.0            # nothing downstream receives its a
        elif e.off:
            out.w[l - 1][i] = 0.0
            out.b[l - 1][i] = OFF_BIAS
    return out


def _prune(ws, percent, scope):
    """Zero exactly round(p % · count) of the smallest |w|, per matrix or over all of them."""
    groups = [[w] for w in ws] if scope == "layer" else [ws]
    for group in groups:
        flat = np.concatenate([np.abs(w).ravel() for w in group])
        k = int(round(flat.size * percent / 100.0))
        if k <= 0:
            continue
        mask = np.zeros(flat.size, dtype=bool)
        mask[np.argpartition(flat, k - 1)[:k]] = True
        start = 0
        for w in group:
            w[mask[start:start + w.size].reshape(w.shape)] = 0.0
            start += w.size


def lab_forward(net, edits, x):
    """(zs, activations) of the edited network, with switched-off neurons' a reported as 0.

    `net` is the ORIGINAL network; x is (n, n_in). Zeroing an off neuron's a changes no
    downstream value (its outgoing weights are already zero); it makes the diagram honest.
    """
    edited = apply(net, edits)
    zs, acts = edited.forward(x)
    for (l, i), e in edits.neurons.items():
        if e.off:
            acts[l] = acts[l].copy()
            acts[l][:, i] = 0.0
    return zs, acts


def check(net, edits):
    """Refuse edits that name neurons the network does not have, or meaningless knobs."""
    for (l, i) in edits.neurons:
        if not (1 <= l < len(net.sizes) and 0 <= i < net.sizes[l]):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the network {sizes} has no neuron "
                                                          "{i} in layer {l}."),
                              sizes=net.sizes, i=i, l=l)
    if not edits.temperature > 0:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the temperature must be above 0."))
    if edits.noise < 0 or not 0 <= edits.prune <= 100:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "noise must be ≥ 0 and pruning between 0 "
                                                      "and 100 %."))
    if edits.prune_scope not in PRUNE_SCOPES:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "pruning scope must be one of {scopes}."),
                          scopes=", ".join(PRUNE_SCOPES))
