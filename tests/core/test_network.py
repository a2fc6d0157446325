"""The network's shapes, initialisation, configuration errors and evaluation.

Shapes are part of the public contract: the views draw `w[0][i].reshape(28, 28)` as neuron i's
picture and the trainer relies on `forward` returning every layer's z and a.
"""

import numpy as np
import pytest

from nnviz.core.errors import ConfigError
from nnviz.core.network import Network


def test_parameter_shapes_follow_the_notation():
    net = Network.create((784, 30, 20, 10))
    assert [w.shape for w in net.w] == [(30, 784), (20, 30), (10, 20)]
    assert [b.shape for b in net.b] == [(30,), (20,), (10,)]
    assert net.n_layers == 4
    assert net.n_parameters() == 784 * 30 + 30 + 30 * 20 + 20 + 20 * 10 + 10
    assert net.dtype == np.float32


def test_a_first_layer_neuron_is_a_28_by_28_picture():
    net = Network.create((784, 16, 10))
    for i in range(16):
        picture = net.w[0][i].reshape(28, 28)
        assert picture.shape == (28, 28)
        np.testing.assert_array_equal(picture.ravel(), net.w[0][i])
        assert picture[0, 1] == net.w[0][i, 1] and picture[1, 0] == net.w[0][i, 28]


def test_forward_returns_every_layers_z_and_activation():
    net = Network.create((12, 5, 4, 3), activation="tanh", output="softmax", seed=1)
    x = np.random.default_rng(0).random((8, 12)).astype(np.float32)
    zs, acts = net.forward(x)
    assert [z.shape for z in zs] == [(8, 5), (8, 4), (8, 3)]
    assert [a.shape for a in acts] == [(8, 12), (8, 5), (8, 4), (8, 3)]
    np.testing.assert_array_equal(acts[0], x)
    np.testing.assert_allclose(zs[0], x @ net.w[0].T + net.b[0], rtol=1e-6)
    np.testing.assert_allclose(acts[1], np.tanh(zs[0]), rtol=1e-6)
    np.testing.assert_array_equal(net.feedforward(x), acts[-1])


def test_feedforward_takes_one_image_or_a_batch():
    net = Network.create((784, 16, 10), seed=3)
    x = np.random.default_rng(1).random((4, 784)).astype(np.float32)
    batch = net.feedforward(x)
    single = net.feedforward(x[2])
    assert batch.shape == (4, 10) and single.shape == (10,)
    np.testing.assert_allclose(single, batch[2], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_dtype_is_kept_through_the_forward_pass(dtype):
    net = Network.create((6, 4, 2), dtype=dtype)
    assert all(w.dtype == dtype for w in net.w) and all(b.dtype == dtype for b in net.b)
    assert net.feedforward(np.ones((3, 6))).dtype == dtype


def test_normal_init_is_the_seeds_standard_normal():
    net = Network.create((400, 300, 200), init="normal", seed=0)
    for w, b in zip(net.w, net.b):
        assert abs(w.mean()) < 0.02
        assert w.std() == pytest.approx(1.0, rel=0.02)
    biases = np.concatenate(net.b)
    assert biases.std() == pytest.approx(1.0, rel=0.15)


@pytest.mark.parametrize("activation, gain", [("sigmoid", 1.0), ("tanh", 1.0), ("relu", 2.0)])
def test_scaled_init_shrinks_with_fan_in(activation, gain):
    net = Network.create((400, 300, 200), activation=activation, init="scaled", seed=0)
    for w in net.w:
        fan_in = w.shape[1]
        assert w.std() == pytest.approx(np.sqrt(gain / fan_in), rel=0.03)
        assert abs(w.mean()) < 0.1 * np.sqrt(gain / fan_in)
    assert all(np.all(b == 0) for b in net.b)


def test_same_seed_same_weights_other_seed_other_weights():
    a, b, c = (Network.create((20, 7, 3), seed=s) for s in (5, 5, 6))
    assert all(np.array_equal(x, y) for x, y in zip(a.w + a.b, b.w + b.b))
    assert not np.array_equal(a.w[0], c.w[0])


def test_copy_is_independent():
    net = Network.create((5, 4, 2), seed=0)
    twin = net.copy()
    twin.w[0][0, 0] += 1.0
    twin.b[1][0] += 1.0
    assert twin.w[0][0, 0] != net.w[0][0, 0] and twin.b[1][0] != net.b[1][0]
    assert (twin.sizes, twin.activation, twin.output, twin.cost) == \
        (net.sizes, net.activation, net.output, net.cost)


@pytest.mark.parametrize("sizes, words", [
    ((), "at least an input and an output layer"),
    ([], "at least an input and an output layer"),
    ((784,), "at least an input and an output layer"),
    ((784, 0, 10), "at least one neuron"),
    ((784, 16, -3), "at least one neuron"),
    ((0, 10), "at least one neuron"),
])
def test_bad_sizes_are_refused_clearly(sizes, words):
    with pytest.raises(ConfigError, match=words):
        Network.create(sizes)


@pytest.mark.parametrize("option, value, words", [
    ("activation", "softplus", "unknown activation 'softplus'; choose sigmoid, relu or tanh"),
    ("activation", "softmax", "unknown activation 'softmax'"),
    ("output", "relu", "unknown output layer 'relu'; choose sigmoid or softmax"),
    ("cost", "mse", "unknown cost 'mse'; choose quadratic or cross-entropy"),
    ("init", "xavier", "unknown initialisation 'xavier'; choose one of normal, scaled"),
])
def test_unknown_options_are_refused_clearly(option, value, words):
    with pytest.raises(ConfigError) as caught:
        Network.create((784, 16, 10), **{option: value})
    assert words in str(caught.value)


def _argmax_net(dtype=np.float64):
    """A 3-3 net whose output k is σ(10·x_k): it predicts the index of the largest input."""
    return Network((3, 3), "sigmoid", "sigmoid", "quadratic",
                   [np.eye(3, dtype=dtype) * 10.0], [np.zeros(3, dtype=dtype)])


def test_evaluate_counts_correct_predictions():
    net = _argmax_net()
    x = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=np.float64)
    labels = np.array([0, 1, 2, 2, 1], dtype=np.uint8)  # the last two are wrong
    cost, accuracy = net.evaluate(x, labels)
    assert accuracy == pytest.approx(3 / 5)
    a = 1.0 / (1.0 + np.exp(-10.0 * x))
    y = np.eye(3)[labels]
    assert cost == pytest.approx(np.sum((a - y) ** 2) / (2 * 5), rel=1e-9)


def test_evaluate_in_chunks_gives_the_same_answer():
    rng = np.random.default_rng(0)
    net = Network.create((10, 6, 4), seed=1, dtype=np.float64)
    x, labels = rng.random((23, 10)), rng.integers(0, 4, 23)
    whole = net.evaluate(x, labels)
    chunked = net.evaluate(x, labels, batch=5)
    assert chunked[1] == whole[1]
    assert chunked[0] == pytest.approx(whole[0], rel=1e-12)
    predicted = net.feedforward(x).argmax(axis=1)
    assert whole[1] == pytest.approx(np.mean(predicted == labels))
