"""How well a trained network holds up: accuracy against damage, and knowing when it doesn't know.

`accuracy_curve` damages a set of test images at each level of one kind of damage (`damage.py`)
and measures the accuracy at each; level 0 is the plain test accuracy. `abstention_curve` lets
the network answer "don't know" when its largest output — its confidence — is below a
threshold: for each threshold it gives the coverage (the fraction of images it answers) and the
accuracy on the answered part. A well calibrated network trades a little coverage for a lot of
accuracy. Confidence is the largest output activation, whatever the output layer: for softmax a
probability, for sigmoid outputs a value in (0, 1) that need not sum to 1 with the others.
"""

import numpy as np

from nnviz.core.errors import check_cancelled
from nnviz.core.lessons.damage import KINDS, damage


def accuracy_curve(net, x, labels, kind, levels=None, seed=0, progress=None, cancelled=None,
                   chunk=2000):
    """(levels, accuracies) for one kind of damage; raises errors.Cancelled when cancelled.

    Each level damages the same images with a generator seeded alike, so the curve compares
    levels, not draws. Work goes in chunks of `chunk` images so memory stays flat.
    """
    levels = KINDS[kind][1] if levels is None else tuple(levels)
    labels = np.asarray(labels)
    accuracies = []
    for i, level in enumerate(levels):
        check_cancelled(cancelled)
        rng = np.random.default_rng(seed)
        correct = 0
        for start in range(0, len(x), chunk):
            damaged = damage(x[start:start + chunk], kind, level, rng)
            guess = net.feedforward(damaged).argmax(axis=1)
            correct += int(np.count_nonzero(guess == labels[start:start + chunk]))
        accuracies.append(correct / max(len(x), 1))
        if progress is not None:
            progress(i + 1, len(levels), f"{kind} {level:g}")
    return np.asarray(levels, dtype=np.float64), np.asarray(accuracies)


def confidence(outputs):
    """The largest output of each row of outputs (n, k): how sure the network is."""
    return np.asarray(outputs).max(axis=1)


def abstention_curve(outputs, labels, thresholds):
    """(coverage, accuracy of the answered part) for every threshold; NaN where none answered.

    An image is answered when its confidence ≥ the threshold. Sorting once makes the whole
    sweep two searches and a cumulative sum, however many thresholds there are.
    """
    outputs = np.asarray(outputs)
    n = len(outputs)
    conf = confidence(outputs)
    right = outputs.argmax(axis=1) == np.asarray(labels)
    order = np.argsort(conf, kind="stable")
    conf_sorted = conf[order]
    # right_from[i] = correct answers among the images at sorted positions i…n−1
    right_from = np.concatenate([np.cumsum(right[order][::-1])[::-1], [0]])
    first = np.searchsorted(conf_sorted, np.asarray(thresholds, np.float64), side="left")
    answered = n - first
    coverage = answered / max(n, 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        accuracy = np.where(answered > 0, right_from[first] / answered, np.nan)
    return coverage, accuracy


def answered_at(outputs, labels, threshold):
    """(coverage, accuracy of the answered part, images answered) at one threshold."""
    coverage, accuracy = abstention_curve(outputs, labels, [threshold])
    return float(coverage[0]), float(accuracy[0]), int(round(coverage[0] * len(outputs)))
