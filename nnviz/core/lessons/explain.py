"""Backpropagation for one example, taken apart the way the lesson tells it ("what does this 2 want?").

For a single input x and a desired output y this module lays out every quantity the lesson talks
about: the nudge each output neuron wants (−∂C/∂aᴸ, for the quadratic cost exactly y − a), the
three levers that raise one output neuron a_j (its bias, its incoming weights ∝ the previous
activations, the previous activations ∝ the weights), and the wishes of all outputs together for
each earlier layer (−∂C/∂aˡ = −δˡ⁺¹ wˡ). Everything is derived from `Network.backprop` on the one
row (δˡ⁺¹ is backprop's ∂C/∂bˡ for a single example), so the numbers the GUI shows are the
gradients training uses. `one_example_step` applies exactly this example's gradient step to a
copy. Averaging over a mini-batch, which the lesson does next, is what `backprop` itself does.
"""

from dataclasses import dataclass

import numpy as np

from nnviz.core import activations

_EPS = 1e-12  # the same guard as costs.value's ln(a + ε), so ∂C/∂a is that cost's derivative


@dataclass(frozen=True)
class Explanation:
    """One example's forward pass and gradients; per-layer lists are indexed like `forward`."""
    target: int          # the digit (class) the example should be
    y: np.ndarray        # (k,) desired outputs, one-hot
    zs: list             # zs[l]: (sizes[l+1],) weighted sums
    a: list              # a[l]: (sizes[l],) activations, a[0] = x
    C: float             # this example's cost
    dC_da: list          # dC_da[l] = ∂C/∂aˡ, (sizes[l],), for l ≥ 1; dC_da[0] is None
    nabla_w: list        # backprop on this one row: ∂C/∂wˡ, (sizes[l+1], sizes[l])
    nabla_b: list        # ∂C/∂bˡ = δˡ⁺¹, (sizes[l+1],)

    @property
    def nudges(self):
        """How much each output neuron should change: −∂C/∂aᴸ (y − a for the quadratic cost)."""
        return -self.dC_da[-1]

    def wishes(self, layer):
        """All output neurons' wishes for layer `layer`'s activations, summed: −∂C/∂aˡ."""
        return -self.dC_da[layer]


@dataclass(frozen=True)
class Levers:
    """The three ways to raise output neuron j's activation, as partial derivatives of a_j."""
    j: int
    da_db: float         # ∂a_j/∂b_j: raise the bias
    da_dw: np.ndarray    # (n_prev,) ∂a_j/∂w_jk = ∂a_j/∂z_j · a_k: brightest inputs matter most
    da_dprev: np.ndarray  # (n_prev,) ∂a_j/∂a_k (σ′(z_j) w_jk for sigmoid outputs)


def output_grad(cost, output, a, y):
    """∂C/∂aᴸ for one example (the derivative of costs.value for n = 1)."""
    if cost == "quadratic":
        return a - y          # the ½ of C = ½‖a − y‖² cancels the 2
    if output == "softmax":
        return -y / (a + _EPS)
    return -y / (a + _EPS) + (1.0 - y) / (1.0 - a + _EPS)


def output_jacobian(output, a):
    """∂aᴸ/∂zᴸ, (k, k): diagonal σ′(z) = a(1 − a) for sigmoid, diag(a) − a aᵀ for softmax."""
    if output == "softmax":
        return np.diag(a) - np.outer(a, a)
    return np.diag(activations.sigmoid_prime(None, a))


def target_vector(k, target, dtype=np.float32):
    y = np.zeros(k, dtype=dtype)
    y[int(target)] = 1.0
    return y


def default_target(net, x, label):
    """The true label when there is one, else the network's current answer."""
    if label is not None:
        return int(label)
    return int(np.argmax(net.feedforward(np.asarray(x)[None, :])[0]))


def explain(net, x, target):
    """Every quantity of the lesson for input x (n_in,) and desired digit `target`."""
    x = np.asarray(x, dtype=net.dtype).reshape(1, -1)
    y = target_vector(net.sizes[-1], target, net.dtype)
    nabla_w, nabla_b, C = net.backprop(x, y[None, :])
    zs, acts = net.forward(x)
    dC_da = [None] * net.n_layers
    dC_da[-1] = output_grad(net.cost, net.output, acts[-1][0], y)
    for l in range(1, net.n_layers - 1):
        dC_da[l] = nabla_b[l] @ net.w[l]          # δˡ⁺¹ wˡ: every neuron of layer l+1 pulls on aˡ
    return Explanation(int(target), y, [z[0] for z in zs], [a[0] for a in acts], float(C),
                       dC_da, nabla_w, nabla_b)


def levers(net, ex, j):
    """How output neuron j's activation a_j responds to its bias, weights and inputs."""
    J = output_jacobian(net.output, ex.a[-1])[j]   # ∂a_j/∂zᴸ, (k,)
    return Levers(int(j), float(J[j]), J[j] * ex.a[-2], J @ net.w[-1])


def hidden_wishes(net, ex, layer):
    """The wishes for layer `layer` − 1 that layer `layer`'s wishes imply, through σ′ and w."""
    _, sigma_prime = activations.HIDDEN[net.activation]
    l = layer - 1                                   # the weights into `layer`
    delta = ex.wishes(layer) * sigma_prime(ex.zs[l], ex.a[layer])
    return delta @ net.w[l]


@dataclass(frozen=True)
class StepResult:
    net: object          # the network after the step (a copy; the input network is unchanged)
    C_before: float
    C_after: float
    predicted: float     # first-order prediction of C_after − C_before: −η‖∇C‖²


def one_example_step(net, x, target, lr):
    """Apply exactly this example's gradient step, w ← w − η ∂C/∂w, b ← b − η ∂C/∂b, to a copy."""
    x = np.asarray(x, dtype=net.dtype).reshape(1, -1)
    y = target_vector(net.sizes[-1], target, net.dtype)[None, :]
    nabla_w, nabla_b, C = net.backprop(x, y)
    after = net.copy()
    for l in range(len(after.w)):
        after.w[l] -= net.dtype.type(lr) * nabla_w[l]
        after.b[l] -= net.dtype.type(lr) * nabla_b[l]
    squared = sum(float(np.sum(g.astype(np.float64) ** 2)) for g in nabla_w + nabla_b)
    return StepResult(after, float(C), after.cost_value(x, y), -lr * squared)
