"""What each first-layer neuron sees of one input: its weights times the pixels, then z and a.

Neuron i computes z_i = Σ_j w_ij x_j + b_i and a_i = σ(z_i). The products w_ij x_j, laid out as a
28×28 image, show which pixels of *this* input push the neuron on or off — its weights masked by
the ink — and their sum is exactly the weighted sum the forward pass uses. The sums are taken in
float64, so they agree with `Network.forward` (float32 matrix products) to about 1e-5.
"""

from typing import NamedTuple

import numpy as np

from nnviz.core import activations


class FirstLayerView(NamedTuple):
    w: np.ndarray          # (n, n_in) each neuron's weights
    products: np.ndarray   # (n, n_in) w_i ⊙ x
    sums: np.ndarray       # (n,) Σ_j w_ij x_j
    b: np.ndarray          # (n,)
    z: np.ndarray          # (n,) sums + b
    a: np.ndarray          # (n,) σ(z), the first hidden layer's activations


def what_neurons_see(net, x):
    """Every first-layer neuron's view of input x (n_in,)."""
    x = np.asarray(x, dtype=np.float64).ravel()
    w = np.asarray(net.w[0], dtype=np.float64)
    if x.size != w.shape[1]:
        raise ValueError(f"an input of {x.size} values for a network of {w.shape[1]} inputs")
    products = w * x
    sums = products.sum(axis=1)
    b = np.asarray(net.b[0], dtype=np.float64)
    z = sums + b
    sigma, _ = activations.HIDDEN[net.activation]
    last = len(net.w) == 1           # a network without hidden layers: its output layer
    a = activations.output_forward(net.output, z[None])[0] if last else sigma(z)
    return FirstLayerView(net.w[0], products, sums, b, z, a)
