"""The lab's edits: each one's exact effect on z and a, on a copy, and Reset as "no edits"."""

from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.activations import sigmoid, softmax
from nnviz.core.errors import ConfigError
from nnviz.core.network import Network
from nnviz.core.lessons.surgery import Edits, apply, lab_forward


@pytest.fixture
def net():
    return Network.create((12, 6, 5, 4), seed=3, dtype=np.float64)


@pytest.fixture
def x():
    return np.random.default_rng(1).random((9, 12))


def test_original_untouched_and_no_edits_is_identity(net, x):
    before = [w.copy() for w in net.w] + [b.copy() for b in net.b]
    edits = replace(Edits(), noise=0.5, prune=40, temperature=2.0)
    edited = apply(net, edits.with_neuron(1, 2, bias_shift=3.0).with_neuron(3, 1, off=True))
    assert edited is not net
    for got, want in zip(net.w + net.b, before):
        np.testing.assert_array_equal(got, want)
    same = apply(net, Edits())        # Reset: apply nothing
    for got, want in zip(same.w + same.b, net.w + net.b):
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("layer", [1, 2, 3])
def test_bias_shift_changes_z_by_exactly_the_shift(net, x, layer):
    zs0, _ = net.forward(x)
    zs1, _ = apply(net, Edits().with_neuron(layer, 1, bias_shift=-2.5)).forward(x)
    np.testing.assert_allclose(zs1[layer - 1][:, 1] - zs0[layer - 1][:, 1], -2.5, atol=1e-12)
    others = np.delete(np.arange(net.sizes[layer]), 1)
    np.testing.assert_allclose(zs1[layer - 1][:, others], zs0[layer - 1][:, others], atol=1e-12)


def test_weight_scale_multiplies_the_weighted_sum(net, x):
    zs0, acts0 = net.forward(x)
    zs1, _ = apply(net, Edits().with_neuron(2, 3, weight_scale=0.4)).forward(x)
    wa = acts0[1] @ net.w[1][3]                          # Σ w a without the bias
    np.testing.assert_allclose(zs1[1][:, 3], 0.4 * wa + net.b[1][3], atol=1e-12)


def test_switching_off_a_hidden_neuron_removes_it_downstream(net, x):
    edits = Edits().with_neuron(1, 4, off=True)
    zs, acts = lab_forward(net, edits, x)
    assert np.all(acts[1][:, 4] == 0.0)
    # Layer 2 sees exactly the network in which neuron 4's activation is replaced by 0.
    a1 = net.forward(x)[1][1].copy()
    a1[:, 4] = 0.0
    np.testing.assert_allclose(zs[1], a1 @ net.w[1].T + net.b[1], atol=1e-12)
    np.testing.assert_array_equal(apply(net, edits).w[1][:, 4], 0.0)


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_switching_off_an_output_makes_it_zero(x, output):
    net = Network.create((12, 6, 4), output=output, seed=2, dtype=np.float64)
    _, acts = lab_forward(net, Edits().with_neuron(2, 0, off=True), x)
    assert np.all(acts[-1][:, 0] < 1e-30)
    if output == "softmax":
        np.testing.assert_allclose(acts[-1].sum(axis=1), 1.0)


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_temperature_divides_the_output_z(x, output):
    net = Network.create((12, 6, 4), output=output, seed=2, dtype=np.float64)
    z = net.forward(x)[0][-1]
    a = apply(net, Edits(temperature=2.5)).feedforward(x)
    want = softmax(z / 2.5) if output == "softmax" else sigmoid(z / 2.5)
    np.testing.assert_allclose(a, want, atol=1e-12)


@pytest.mark.parametrize("p", [10, 37.5, 90])
def test_pruning_per_layer_zeroes_exactly_that_fraction_of_the_smallest(net, p):
    edited = apply(net, Edits(prune=p))
    for w0, w1 in zip(net.w, edited.w):
        k = int(round(w0.size * p / 100))
        assert np.count_nonzero(w1 == 0) == k
        kept = np.abs(w0[w1 != 0])
        assert kept.min() >= np.abs(w0[w1 == 0]).max()
        np.testing.assert_array_equal(w1[w1 != 0], w0[w1 != 0])


def test_pruning_globally_ranks_all_weights_together(net):
    edited = apply(net, Edits(prune=50, prune_scope="global"))
    all0 = np.concatenate([w.ravel() for w in net.w])
    all1 = np.concatenate([w.ravel() for w in edited.w])
    assert np.count_nonzero(all1 == 0) == round(all0.size / 2)
    assert np.abs(all0[all1 != 0]).min() >= np.abs(all0[all1 == 0]).max()


def test_noise_has_the_requested_size_and_a_fixed_pattern(net):
    a = apply(net, Edits(noise=0.1))
    b = apply(net, Edits(noise=0.2))
    d1 = np.concatenate([(w1 - w0).ravel() for w0, w1 in zip(net.w, a.w)])
    d2 = np.concatenate([(w1 - w0).ravel() for w0, w1 in zip(net.w, b.w)])
    np.testing.assert_allclose(d2, 2 * d1, atol=1e-12)      # one pattern, scaled by σ
    assert 0.07 < d1.std() < 0.13
    c = apply(net, Edits(noise=0.1, noise_seed=1))
    assert not np.allclose(c.w[0], a.w[0])


def test_edits_list_and_identity_edits_dropped():
    e = Edits().with_neuron(1, 2, bias_shift=1.0).with_neuron(1, 2, bias_shift=0.0)
    assert e.is_empty and e.describe() == []
    e = e.with_neuron(2, 0, off=True).with_neuron(1, 5, weight_scale=2.0)
    assert e.describe() == ["layer 1 neuron 5: w × 2.00", "layer 2 neuron 0: off"]
    assert Edits(prune=20).describe() == ["pruned the 20 % smallest |w| in each layer"]


def test_bad_edits_are_refused_in_a_sentence(net):
    for bad in (Edits().with_neuron(1, 6, off=True), Edits().with_neuron(0, 0, off=True),
                Edits(temperature=0.0), Edits(prune=120), Edits(prune_scope="row")):
        with pytest.raises(ConfigError):
            apply(net, bad)
