"""Dropout on the hidden layers: backpropagation through a network with some neurons switched off.

While training, each hidden neuron is silenced with probability p, independently for every
example of a mini-batch, so no neuron can rely on one particular partner. This is inverted
dropout: the survivors are scaled by 1/(1 − p), so a neuron's expected output is unchanged and
the network is used as it is, with every neuron on, for testing and prediction. A mask M_l
(m, n_l) holds 0 or 1/(1 − p) per example and neuron; the layer's output is a_l = σ(z_l) ⊙ M_l,
and the backward rule picks up the same mask: δ_l = (δ_{l+1} w_{l+1}) ⊙ M_l ⊙ σ′(z_l). The input
and output layers are never dropped. `Network.backprop` is this with every mask equal to 1.
"""

import numpy as np

from nnviz.core import activations, costs


def masks(sizes, m, p, rng, dtype=np.float32):
    """One mask (m, n_l) per hidden layer: 0 with probability p, else 1/(1 − p)."""
    keep = 1.0 - p
    return [((rng.random((m, n)) < keep) / keep).astype(dtype) for n in sizes[1:-1]]


def forward(net, x, masks):
    """(zs, hs, acts): weighted sums, unmasked hidden σ(z), and the masked activations."""
    sigma, _ = activations.HIDDEN[net.activation]
    a = np.asarray(x, dtype=net.dtype)
    zs, hs, acts = [], [], [a]
    last = len(net.w) - 1
    for l, (w, b) in enumerate(zip(net.w, net.b)):
        z = a @ w.T + b
        if l == last:
            h = a = activations.output_forward(net.output, z)
        else:
            h = sigma(z)
            a = h * masks[l]
        zs.append(z)
        hs.append(h)
        acts.append(a)
    return zs, hs, acts


def cost(net, x, y, masks):
    """C of the thinned network for the mini-batch x (m, n_in), one-hot y (m, k)."""
    return costs.value(net.cost, net.output, forward(net, x, masks)[2][-1],
                       np.asarray(y, net.dtype))


def backprop(net, x, y, masks):
    """∂C/∂w, ∂C/∂b for every layer and C, for the network thinned by `masks`."""
    _, sigma_prime = activations.HIDDEN[net.activation]
    zs, hs, acts = forward(net, x, masks)
    y = np.asarray(y, dtype=net.dtype)
    C = costs.value(net.cost, net.output, acts[-1], y)
    delta = costs.output_delta(net.cost, net.output, zs[-1], acts[-1], y)   # (m, k)
    nabla_w, nabla_b = [None] * len(net.w), [None] * len(net.b)
    for l in range(len(net.w) - 1, -1, -1):
        nabla_w[l] = delta.T @ acts[l]          # (n_out, n_in)
        nabla_b[l] = delta.sum(axis=0)
        if l > 0:   # σ′ takes the unmasked σ(z); the mask gates which neurons pass δ back
            delta = (delta @ net.w[l]) * masks[l - 1] * sigma_prime(zs[l - 1], hs[l - 1])
    return nabla_w, nabla_b, C
