"""The cost as a surface over the parameters: 2-D slices, the descent path, the next step.

The lessons picture gradient descent as a ball rolling downhill on C(θ). θ has 13,002 dimensions
for 784-16-16-10, so what can be drawn is a slice: C(θ₀ + α d₁ + β d₂) over a grid of (α, β),
around the current parameters θ₀, along two directions. `random_directions` draws Gaussian
directions and scales each neuron's incoming weights, and each layer's biases, to the size of
the network's own (the filter normalisation of Li et al. 2018, which makes α = 1 mean "as large
as the weights themselves"). `path_directions` takes the two principal directions of a recorded
training trajectory, the plane in which descent actually moved. `gradient_slice` is the 1-D cut
along −∇C that the next step of plain gradient descent travels, with its landing point θ₀ − η∇C.

Speed comes from linearity: the first layer's z = x (W₀ + Σ cₖDₖ)ᵀ + b is linear in the
coefficients c, so x W₀ᵀ and x Dₖᵀ (the only products with 784 columns) are computed once, and
every grid point costs just the small later layers, batched over 25 grid points at a time. What
remains is mostly σ on 625 × 1,000 × 42 values; measured, a 25×25 grid on 1,000 examples takes
about half the time of 625 plain forward passes. What this
leaves out: slices say nothing certain about the full space (a valley in the slice may be a
saddle in ℝᴾ), and the cost is measured on a sample of examples, not the whole training set.
"""

import numpy as np

from nnviz.core import activations, costs
from nnviz.core.errors import check_cancelled
from nnviz.core.lessons.flat_params import flatten, flatten_net, unflatten
from nnviz.core.lessons.gradient_noise import gradient


def random_directions(net, k=2, seed=0):
    """k flat directions, Gaussian, each neuron's weights and each layer's biases scaled to the
    norm of the network's own (a zero-norm part gets a zero direction)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(k):
        dw, db = [], []
        for w, b in zip(net.w, net.b):
            d = rng.standard_normal(w.shape)
            d *= (np.linalg.norm(w, axis=1) / np.maximum(np.linalg.norm(d, axis=1), 1e-300))[:, None]
            e = rng.standard_normal(b.shape)
            dw.append(d)
            db.append(e * np.linalg.norm(b) / max(np.linalg.norm(e), 1e-300))
        out.append(flatten(dw, db))
    return out


def path_directions(trajectory, theta0):
    """The two principal directions (unit vectors) of the points θᵢ − θ₀, and the share of
    their spread each explains. Needs at least 3 points that differ from θ₀."""
    diffs = np.asarray(trajectory, np.float64) - theta0
    diffs = diffs[np.linalg.norm(diffs, axis=1) > 0]
    if len(diffs) < 2:
        raise ValueError("the recorded training path has fewer than 3 distinct points.")
    centred = diffs - diffs.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    share = s ** 2 / max(float(np.sum(s ** 2)), 1e-300)
    d1 = vt[0]
    d2 = vt[1] if len(vt) > 1 and s[1] > 0 else np.zeros_like(d1)
    return [d1, d2], share[:2]


def project(points, theta0, directions):
    """Coordinates (m, k) of θᵢ in the plane θ₀ + Σ cₖdₖ nearest to each (least squares)."""
    D = np.stack(directions, axis=1)                                   # (P, k)
    diffs = np.atleast_2d(np.asarray(points, np.float64)) - theta0    # (m, P)
    coords, *_ = np.linalg.lstsq(D, diffs.T, rcond=None)
    return coords.T


def costs_at(net, x, y, directions, coeffs, progress=None, cancelled=None, chunk=25):
    """C(θ₀ + Σₖ coeffs[g, k] dₖ) on the examples x (n, n_in), one-hot y (n, k), for every row
    g of coeffs (G, k). Returns (G,) float64."""
    sigma, _ = activations.HIDDEN[net.activation]
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    coeffs = np.atleast_2d(np.asarray(coeffs, np.float64))
    ws, bs = unflatten(flatten_net(net), net.sizes)
    dirs = [unflatten(d, net.sizes) for d in directions]               # [(dw, db)] per direction
    z0 = x @ ws[0].T + bs[0]                                           # (n, n₁)
    zk = np.stack([x @ dw[0].T + db[0] for dw, db in dirs])            # (k, n, n₁)
    result = np.empty(len(coeffs))
    last = len(ws) - 1
    for start in range(0, len(coeffs), chunk):
        check_cancelled(cancelled)
        c = coeffs[start:start + chunk]                                # (g, k)
        z = z0 + np.einsum("gk,knh->gnh", c, zk)                       # (g, n, n₁)
        for l in range(1, len(ws) + 1):
            a = activations.output_forward(net.output, z) if l - 1 == last else sigma(z)
            if l > last:
                break
            w = ws[l] + np.einsum("gk,koi->goi", c, np.stack([dw[l] for dw, _ in dirs]))
            b = bs[l] + c @ np.stack([db[l] for _, db in dirs])        # (g, n_out)
            z = a @ w.transpose(0, 2, 1) + b[:, None, :]
        for j in range(len(c)):
            result[start + j] = costs.value(net.cost, net.output, a[j], y)
        if progress:
            progress(min(start + chunk, len(coeffs)), len(coeffs), "cost landscape")
    return result


def surface(net, x, y, directions, alphas, betas, progress=None, cancelled=None):
    """C over the grid: array (len(betas), len(alphas)), row i at β = betas[i]."""
    A, B = np.meshgrid(alphas, betas)
    coeffs = np.column_stack([A.ravel(), B.ravel()])
    return costs_at(net, x, y, directions, coeffs, progress, cancelled).reshape(A.shape)


def gradient_slice(net, x, labels, lr, n=61, reach=2.5):
    """The cost along the unit direction u = −∇C/‖∇C‖ of the cost on (x, labels).

    Returns dict: s (distances along u, from −0.5 to `reach` step lengths), C (costs there),
    C0, slope (= −‖∇C‖, the tangent's slope at s = 0) and step (= η‖∇C‖, where the next
    gradient-descent step lands) with C_step, the cost there."""
    net64 = net.copy()   # the slice is evaluated in float64; its tangent must be too
    net64.w, net64.b = unflatten(flatten_net(net), net.sizes)
    g = gradient(net64, np.asarray(x, np.float64), labels)
    g_norm = float(np.linalg.norm(g))
    y = np.eye(net.sizes[-1])[labels]
    u = -g / g_norm if g_norm > 0 else np.zeros_like(g)
    step = lr * g_norm
    s = np.linspace(-0.5, reach, n) * (step if step > 0 else 1.0)
    s = np.union1d(s, [0.0, step])
    C = costs_at(net, x, y, [u], s[:, None])
    i0, i1 = np.searchsorted(s, 0.0), np.searchsorted(s, step)
    return {"s": s, "C": C, "C0": float(C[i0]), "slope": -g_norm, "step": step,
            "C_step": float(C[i1])}
