"""Cost functions C(a, y), averaged over the examples of a batch, and the output-layer error δᴸ.

The quadratic cost is the one in the lessons: for each example the sum of the squared
differences between the network's outputs a and the desired outputs y, averaged over examples.
It carries the seed's factor ½, C = (1/2n) Σ‖a − y‖², so that ∂C/∂a = (a − y)/n and the seed's
learning rate η = 3.0 means what it meant there (3Blue1Brown drops the ½, which only doubles η). Cross-entropy pairs naturally with sigmoid outputs (its binary form) and
with softmax (−Σ y ln a); in both pairings σ′ cancels and δᴸ = (a − y)/n, which is why it learns
faster when outputs saturate.
"""

import numpy as np

from nnviz.core.activations import output_backward

NAMES = ("quadratic", "cross-entropy")
_EPS = 1e-12  # keeps ln away from 0 when an output saturates exactly


def value(name, output, a, y):
    """C averaged over the rows of a (n, k) and one-hot targets y (n, k)."""
    n = a.shape[0]
    if name == "quadratic":
        d = a - y
        return 0.5 * float(np.sum(d * d)) / n
    if output == "softmax":
        return float(-np.sum(y * np.log(a + _EPS))) / n
    return float(-np.sum(y * np.log(a + _EPS) + (1.0 - y) * np.log(1.0 - a + _EPS))) / n


def output_delta(name, output, z, a, y):
    """δᴸ = ∂C/∂zᴸ for every row, including the 1/n of the average."""
    n = a.shape[0]
    if name == "cross-entropy":
        return (a - y) / n
    return output_backward(output, z, a, (a - y) / n)
