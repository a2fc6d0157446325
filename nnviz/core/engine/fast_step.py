"""The trainer's SGD step, computed with as few NumPy calls as the arithmetic allows.

`Network.backprop` states backpropagation plainly; this module computes the same update fast,
because at a mini-batch of 10 each NumPy call (a third of a microsecond or more) costs more than
its arithmetic. What carries it:

* Fused bias. Layer l keeps one matrix q = [wᵀ; b], shaped (n_in + 1, n_out), and its input
  carries an extra column of ones, so z = [a 1] q is one product and [a 1]ᵀ δ = [∇wᵀ; ∇b] one
  more. The images arrive that way too: the trainer gathers them into rows with a spare column
  of ones (`batches.py`, on its background thread). All the q lie end to end in one vector θ,
  so the update is one call. The network's `w[l]` and `b[l]` become views into θ: the rest of
  the app still sees (n_out, n_in) and (n_out,) arrays, and writes into them reach θ.
* Buffers per batch size, made on first use; every operation writes into one of them, and
  constants are arrays, which NumPy takes faster than Python numbers.
* η folded in once: δᴸ is scaled by η and the cost's factor, so the backward products give the
  update itself.

A step binds to the arrays that the trainer and its network hold when it is made. Anything that
replaces them (the trainer's divergence restore, loading a model, a new data set, a reset of the
velocity) makes `matches` false, and the trainer makes a new step, which copies the current
values in. Float32 and float64 networks only; the trainer keeps its textbook update for others.
"""

from math import isfinite
from operator import is_

import numpy as np
from numpy import add, dot, multiply, subtract

from nnviz.core.engine.inplace import HIDDEN, OUTPUT, Constants

DTYPES = (np.dtype(np.float32), np.dtype(np.float64))


def supports(net):
    return net.dtype in DTYPES and all(a.dtype == net.dtype for a in (*net.w, *net.b))


class FastStep:
    """SGD for one trainer: `FastStep(trainer)(x1, y, η)` does a step and returns C."""

    def __init__(self, trainer):
        net = self.net = trainer.net
        dtype = net.dtype
        self.kind = (net.activation, net.output, net.cost)
        self.sigma, self.output = HIDDEN[net.activation], OUTPUT[net.cost, net.output]
        self.momentum, self.decay = 0.0, 0.0    # μ and λ/n, set by the trainer before each run

        shapes = [(w.shape[1] + 1, w.shape[0]) for w in net.w]  # q[l]: (n_in + 1, n_out)
        ends = np.cumsum([r * c for r, c in shapes]).tolist()

        def split(flat):
            return [flat[e - r * c:e].reshape(r, c) for e, (r, c) in zip(ends, shapes)]

        self.theta = np.empty(ends[-1], dtype)  # θ: every layer's q, end to end
        self.grad = np.empty_like(self.theta)   # η∇C (+ ηλw/n), subtracted from θ
        self.velocity = np.zeros_like(self.theta)
        self.is_weight = np.ones_like(self.theta)  # 0 where θ holds a bias: L2 leaves those
        self.decay_row, self.decay_scale = np.empty_like(self.theta), None  # ηλ/n where a weight
        self.scratch = np.empty_like(self.theta)
        self.q, self.g, v = split(self.theta), split(self.grad), split(self.velocity)
        for q, vq, k, w, b, vw, vb in zip(self.q, v, split(self.is_weight), net.w, net.b,
                                          trainer.v_w, trainer.v_b):
            q[:-1], q[-1], k[-1] = w.T, b, 0.0
            if vw.shape == w.shape and vb.shape == b.shape:  # else a new architecture: v = 0
                vq[:-1], vq[-1] = vw.T, vb
        net.w, net.b = [q[:-1].T for q in self.q], [q[-1] for q in self.q]
        trainer.v_w, trainer.v_b = [vq[:-1].T for vq in v], [vq[-1] for vq in v]
        self.bound = (*net.w, *net.b, *trainer.v_w, *trainer.v_b)
        self.buffers = {}

    def matches(self, trainer):
        """Whether this step still works on the trainer's current network and velocity."""
        net = trainer.net
        current = (*net.w, *net.b, *trainer.v_w, *trainer.v_b)
        return (net is self.net and (net.activation, net.output, net.cost) == self.kind
                and len(current) == len(self.bound) and all(map(is_, current, self.bound)))

    def batch_buffers(self, m):
        """Every array a mini-batch of m examples writes, grouped the way the step loops."""
        if len(self.buffers) >= 3:  # sizes come and go (live changes, short last batches)
            del self.buffers[next(iter(self.buffers))]  # the oldest: they can be large
        dtype, q, L = self.theta.dtype, self.q, len(self.q)
        inputs = [None] + [np.ones((m, ql.shape[0]), dtype) for ql in q[1:]]  # [a 1]: (m, n + 1)
        z, s, d = ([np.empty((m, ql.shape[1]), dtype) for ql in q] for _ in range(3))  # (m, n_out)
        c = [Constants(zl.shape, dtype) for zl in z]
        a_out, r = np.empty_like(z[-1]), np.empty((m, 1), dtype)
        forward = [(q[l], z[l], inputs[l + 1][:, :-1], inputs[l + 1], s[l], c[l])
                   for l in range(L - 1)]
        last = (q[-1], z[-1], a_out, d[-1], s[-1], r, c[-1])
        backward = [(inputs[l].T, d[l], self.g[l], q[l][:-1].T, d[l - 1], s[l - 1])
                    for l in range(L - 1, 0, -1)]
        self.buffers[m] = (forward, last, backward, d[0])
        return self.buffers[m]

    def __call__(self, x1, y, eta):
        """One step on the images x1 = [x 1] (m, n_in + 1: a column of ones appended) and targets
        y (m, n_out), in the network's dtype and C order, with rate η (and the momentum and
        decay set on the step); returns C."""
        forward, last, backward, d0 = self.buffers.get(len(x1)) or self.batch_buffers(len(x1))
        sigma = self.sigma
        a = x1
        for q, z, a_next, a_next_1, s, c in forward:
            dot(a, q, out=z)
            sigma(z, a_next, s, c)
            a = a_next_1   # [a 1]: the next layer's input, a with its column of ones
        q, z, a_out, d, s, r, c = last
        dot(a, q, out=z)
        C = self.output(z, a_out, y, d, s, r, c, eta)
        if not isfinite(C):
            return C
        for a_t, d, g, w, d_below, s_below in backward:
            dot(a_t, d, out=g)         # η[∇wᵀ; ∇b]
            dot(d, w, out=d_below)     # ηδ of the layer below, still without its σ′
            multiply(d_below, s_below, out=d_below)
        dot(x1.T, d0, out=self.g[0])   # η[∇wᵀ; ∇b] of the first layer
        if self.momentum or self.decay:
            self.apply(eta, self.momentum, self.decay)
        else:
            subtract(self.theta, self.grad, out=self.theta)   # plain SGD: θ ← θ − η∇C
        return C

    def apply(self, eta, momentum, decay):
        """v ← μv − η(∇C + (λ/n)w), θ ← θ + v (plain SGD when μ = 0); η∇C is in `grad`."""
        theta, grad = self.theta, self.grad
        if decay:
            if eta * decay != self.decay_scale:
                self.decay_scale = eta * decay
                multiply(self.is_weight, self.decay_scale, out=self.decay_row)
            multiply(theta, self.decay_row, out=self.scratch)
            add(grad, self.scratch, out=grad)
        if momentum:
            multiply(self.velocity, momentum, out=self.velocity)
            subtract(self.velocity, grad, out=self.velocity)
            add(theta, self.velocity, out=theta)
        else:
            subtract(theta, grad, out=theta)
