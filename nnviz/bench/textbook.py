"""The textbook loop: backpropagate one example at a time, sum the gradients, then step.

This is how the book most readers start from writes `update_mini_batch`, and what a person
would write without thinking about speed: for every mini-batch, for every example in it,
`Network.backprop` on that one row; the summed gradient, divided by the batch size, makes the
same SGD update nnviz's step makes. Same network, data, η and batch sizes as `core_bench`.
"""

import time

import numpy as np
from threadpoolctl import threadpool_limits

from nnviz.bench.core_bench import LR, make_network


def train(net, x, y, order, batch_size, lr):
    """Plain SGD over `order` in mini-batches, backpropagating example by example."""
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        sum_w = [np.zeros_like(w) for w in net.w]
        sum_b = [np.zeros_like(b) for b in net.b]
        for i in idx:
            nabla_w, nabla_b, _ = net.backprop(x[i:i + 1], y[i:i + 1])
            for sw, sb, nw, nb in zip(sum_w, sum_b, nabla_w, nabla_b):
                sw += nw
                sb += nb
        for w, b, sw, sb in zip(net.w, net.b, sum_w, sum_b):
            w -= (lr / len(idx)) * sw
            b -= (lr / len(idx)) * sb


def samples_per_second(data, batch_size, n_samples, seed=0):
    n = max(1, n_samples // batch_size) * batch_size
    net = make_network(seed)
    order = np.random.default_rng(seed).permutation(len(data.train_images))[:n]
    y = np.eye(net.sizes[-1], dtype=np.float32)[data.train_labels]
    with threadpool_limits(1):
        t0 = time.perf_counter()
        train(net, data.train_images, y, order, batch_size, LR)
        return n / (time.perf_counter() - t0)
