"""A network's parameters as one vector θ, and back: the space that landscapes and noise live in.

The cost landscape, the mini-batch gradient noise and the training trajectory all treat the
network as a single point θ in ℝᴾ (P = 13,002 for 784-16-16-10). Here the order is fixed once:
layer by layer, w[l] row by row and then b[l]. The vectors are float64 so that differences of
nearby points and dot products of long gradients keep their digits. The trainer's own θ in
`fast_step` has a different, fused layout and is not meant to be shared with these.
"""

import numpy as np


def flatten(ws, bs):
    """θ (P,) float64 from per-layer arrays w[l] (n_out, n_in) and b[l] (n_out,)."""
    return np.concatenate([a.ravel() for w, b in zip(ws, bs) for a in (w, b)]).astype(np.float64)


def flatten_net(net):
    return flatten(net.w, net.b)


def unflatten(theta, sizes, dtype=np.float64):
    """(w, b) lists shaped like a network of `sizes`, copied out of θ."""
    ws, bs, start = [], [], 0
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        ws.append(np.asarray(theta[start:start + n_in * n_out], dtype).reshape(n_out, n_in))
        start += n_in * n_out
        bs.append(np.asarray(theta[start:start + n_out], dtype).copy())
        start += n_out
    if start != len(theta):
        raise ValueError(f"θ has {len(theta)} entries but a {sizes} network has {start}.")
    return ws, bs


def n_params(sizes):
    return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
