"""How good is the network, where does it fail, and what have its hidden neurons learned?

Training shows a cost going down; a learner also wants to see the mistakes. `evaluate` runs the
test set once and keeps every output, so the confusion matrix (rows: true class, columns:
predicted), per-class accuracy, the test images in any cell and the most confidently wrong
images all come from the same numbers. `top_activating` answers "what does this hidden neuron
respond to?" with the test images that drive it highest — the honest version of the lessons'
hope that a neuron detects an edge or a loop. `compare` evaluates two networks on one set.
Nothing here trains or changes a network.
"""

from dataclasses import dataclass

import numpy as np

from nnviz.core.errors import ConfigError
from nnviz.core.messages import QT_TRANSLATE_NOOP


def confusion_matrix(labels, predicted, k):
    """(k, k) int64 counts: entry [t, p] = examples of true class t predicted as p."""
    labels, predicted = np.asarray(labels, np.int64), np.asarray(predicted, np.int64)
    return np.bincount(labels * k + predicted, minlength=k * k).reshape(k, k)


@dataclass
class Evaluation:
    outputs: np.ndarray      # (n, k) the output layer's activations
    labels: np.ndarray       # (n,) true classes
    predicted: np.ndarray    # (n,) argmax of the outputs
    confusion: np.ndarray    # (k, k) counts, rows true, columns predicted

    @property
    def accuracy(self):
        return float(np.trace(self.confusion)) / max(int(self.confusion.sum()), 1)

    @property
    def per_class_accuracy(self):
        """(k,) fraction of each true class predicted right (NaN for a class with no examples)."""
        totals = self.confusion.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(self.confusion) / totals

    def cell(self, true, predicted):
        """Indices of the examples of class `true` predicted as `predicted`, most confident first."""
        idx = np.flatnonzero((self.labels == true) & (self.predicted == predicted))
        return idx[np.argsort(-self.outputs[idx, predicted], kind="stable")]

    def confidently_wrong(self, n=30):
        """Indices of up to n misclassified examples, highest output for the wrong class first."""
        wrong = np.flatnonzero(self.predicted != self.labels)
        confidence = self.outputs[wrong, self.predicted[wrong]]
        return wrong[np.argsort(-confidence, kind="stable")[:n]]


def check_fits(net, x, labels, what=QT_TRANSLATE_NOOP("Errors", "the network")):
    if net.sizes[0] != x.shape[1]:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{what} takes {inputs} inputs but these "
                                                      "images have {pixels} pixels."),
                          what=what, inputs=net.sizes[0], pixels=x.shape[1])
    if len(labels) and int(np.max(labels)) >= net.sizes[-1]:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{what} has {outputs} outputs but the "
                                                      "data has {classes} classes."),
                          what=what, outputs=net.sizes[-1], classes=int(np.max(labels)) + 1)


def evaluate(net, x, labels, chunk=10000):
    """Every output of `net` on (x, labels), and the confusion matrix they give."""
    check_fits(net, x, labels)
    labels = np.asarray(labels, np.int64)
    outputs = np.concatenate([net.feedforward(x[i:i + chunk]) for i in range(0, len(x), chunk)]) \
        if len(x) else np.empty((0, net.sizes[-1]))
    predicted = outputs.argmax(axis=1)
    return Evaluation(outputs, labels, predicted,
                      confusion_matrix(labels, predicted, net.sizes[-1]))


def hidden_activations(net, x, layer, chunk=10000):
    """(n, sizes[layer]) activations of hidden layer `layer` (1 … L−2) for every row of x."""
    if not 1 <= layer <= net.n_layers - 2:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "layer {layer} is not a hidden layer of a "
                                                      "{n_layers}-layer network."),
                          layer=layer, n_layers=net.n_layers)
    return np.concatenate([net.forward(x[i:i + chunk])[1][layer] for i in range(0, len(x), chunk)])


def top_activating(acts, neuron, n=16):
    """Indices of the n rows of `acts` (n_examples, n_neurons) with the highest activation of
    `neuron`, highest first."""
    column = acts[:, neuron]
    n = min(n, len(column))
    top = np.argpartition(-column, n - 1)[:n] if n else np.empty(0, np.int64)
    return top[np.argsort(-column[top], kind="stable")]


@dataclass
class Comparison:
    a: Evaluation
    b: Evaluation
    agree: float             # fraction of examples both networks give the same answer
    only_a_right: int        # examples only the first network gets right
    only_b_right: int


def compare(net_a, net_b, x, labels):
    """Evaluate two networks on the same examples and count where they differ."""
    check_fits(net_a, x, labels, QT_TRANSLATE_NOOP("Errors", "the current network"))
    check_fits(net_b, x, labels, QT_TRANSLATE_NOOP("Errors", "the other network"))
    a, b = evaluate(net_a, x, labels), evaluate(net_b, x, labels)
    right_a, right_b = a.predicted == a.labels, b.predicted == b.labels
    return Comparison(a, b, float(np.mean(a.predicted == b.predicted)) if len(x) else 1.0,
                      int(np.sum(right_a & ~right_b)), int(np.sum(right_b & ~right_a)))
