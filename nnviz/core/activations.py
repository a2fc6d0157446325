"""Activation functions σ and their derivatives σ′, each pair side by side.

A hidden layer computes a = σ(z); backprop needs σ′(z). Each derivative is written in terms of
whichever of z or a makes it cheapest (sigmoid′ = a(1 − a) needs no second exponential), so every
function here takes both. Softmax couples its outputs, so it only appears as an output layer,
where `backward` applies its Jacobian to the gradient of the cost.
"""

import numpy as np


# Beyond |z| = 30 a sigmoid is 0 or 1 to 13 digits (e⁻³⁰ ≈ 9e-14) and a softmax term negligible,
# so z is clipped there: exp never overflows, and σ′ and the products after it never become
# subnormal numbers, which x86 processors compute ~100× slower (see inplace.py, which agrees).
Z_LIMIT = 30.0


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -Z_LIMIT, Z_LIMIT)))


def sigmoid_prime(z, a):
    return a * (1.0 - a)


def relu(z):
    return np.maximum(z, 0.0)


def relu_prime(z, a):
    return (z > 0.0).astype(z.dtype)


def tanh(z):
    return np.tanh(z)


def tanh_prime(z, a):
    return 1.0 - a * a


def softmax(z):
    # Subtracting the row maximum keeps exp in range without changing the result.
    e = np.exp(np.maximum(z - z.max(axis=-1, keepdims=True), -Z_LIMIT))
    return e / e.sum(axis=-1, keepdims=True)


HIDDEN = {
    "sigmoid": (sigmoid, sigmoid_prime),
    "relu": (relu, relu_prime),
    "tanh": (tanh, tanh_prime),
}

OUTPUT = ("sigmoid", "softmax")


def output_forward(name, z):
    return softmax(z) if name == "softmax" else sigmoid(z)


def output_backward(name, z, a, dC_da):
    """∂C/∂z of the output layer given ∂C/∂a (rows are examples)."""
    if name == "softmax":
        # Jacobian of softmax: ∂a_i/∂z_j = a_i(δ_ij − a_j)  ⇒  δ = a ⊙ (g − ⟨g, a⟩).
        return a * (dC_da - np.sum(dC_da * a, axis=-1, keepdims=True))
    return dC_da * sigmoid_prime(z, a)
