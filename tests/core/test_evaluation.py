"""Evaluation: confusion matrix, cells, confident mistakes, top-activating images, comparison."""

import numpy as np
import pytest

from nnviz.core.errors import ConfigError
from nnviz.core.lessons.evaluation import (compare, confusion_matrix, evaluate, hidden_activations,
                                   top_activating)
from nnviz.core.network import Network


def problem(seed=0, n=500):
    rng = np.random.default_rng(seed)
    net = Network.create((20, 8, 6, 4), init="scaled", seed=seed)
    x = rng.random((n, 20)).astype(np.float32)
    labels = rng.integers(0, 4, n)
    return net, x, labels


def test_confusion_matrix_counts_pairs():
    C = confusion_matrix([0, 1, 1, 2, 2, 2], [0, 1, 2, 2, 0, 2], 3)
    np.testing.assert_array_equal(C, [[1, 0, 0], [0, 1, 1], [1, 0, 2]])


def test_evaluation_agrees_with_the_network():
    net, x, labels = problem()
    ev = evaluate(net, x, labels, chunk=64)
    _, acc = net.evaluate(x, labels)
    assert ev.confusion.sum() == len(x)
    np.testing.assert_array_equal(ev.confusion.sum(axis=1), np.bincount(labels, minlength=4))
    assert ev.accuracy == pytest.approx(acc)
    assert np.trace(ev.confusion) == np.sum(ev.predicted == labels)
    np.testing.assert_allclose(ev.per_class_accuracy,
                               [np.mean(ev.predicted[labels == k] == k) for k in range(4)])
    np.testing.assert_allclose(ev.outputs, net.feedforward(x), rtol=1e-6)


def test_cells_and_confident_mistakes():
    net, x, labels = problem()
    ev = evaluate(net, x, labels)
    for t in range(4):
        for p in range(4):
            idx = ev.cell(t, p)
            assert len(idx) == ev.confusion[t, p]
            assert np.all(labels[idx] == t) and np.all(ev.predicted[idx] == p)
            assert np.all(np.diff(ev.outputs[idx, p]) <= 0)
    wrong = ev.confidently_wrong(10)
    assert len(wrong) == 10 and np.all(ev.predicted[wrong] != labels[wrong])
    conf = ev.outputs[wrong, ev.predicted[wrong]]
    assert np.all(np.diff(conf) <= 0)
    all_wrong = ev.predicted != labels
    assert conf[0] == pytest.approx(ev.outputs[all_wrong].max(axis=1).max())


def test_top_activating_images():
    net, x, _ = problem()
    acts = hidden_activations(net, x, 2, chunk=100)
    np.testing.assert_allclose(acts, net.forward(x)[1][2], rtol=1e-6)
    top = top_activating(acts, 3, n=5)
    np.testing.assert_array_equal(top, np.argsort(-acts[:, 3], kind="stable")[:5])
    with pytest.raises(ConfigError):
        hidden_activations(net, x, 3)     # the output layer is not hidden


def test_compare_two_constructed_networks():
    net, x, labels = problem()
    perfect = Network((20, 4), "sigmoid", "sigmoid", "quadratic",
                      [np.zeros((4, 20), np.float32)], [np.zeros(4, np.float32)])
    # A network whose output is the one-hot of a hidden rule: label = argmax of x's first 4 pixels.
    perfect.w[0][np.arange(4), np.arange(4)] = 5.0   # σ is monotonic: argmax kept
    labels = x[:, :4].argmax(axis=1)
    c = compare(net, perfect, x, labels)
    assert c.b.accuracy == 1.0
    assert c.only_a_right == 0 and c.only_b_right == len(x) - int(np.trace(c.a.confusion))
    assert c.agree == pytest.approx(c.a.accuracy)       # b is always right
    same = compare(net, net.copy(), x, labels)
    assert same.agree == 1.0 and same.only_a_right == same.only_b_right == 0


def test_mismatched_networks_get_a_clear_message():
    net, x, labels = problem()
    small = Network.create((10, 4))
    with pytest.raises(ConfigError, match="takes 10 inputs but these images have 20 pixels"):
        compare(net, small, x, labels)
    with pytest.raises(ConfigError, match="3 outputs"):
        evaluate(Network.create((20, 3)), x, np.full(len(x), 3))
