"""What the benchmark ran on, and the fastest this machine could possibly train the network.

The floor is arithmetic only: the FLOPs one epoch needs (forward, weight gradients and the
backward deltas, as the fast step computes them) divided by the best single-thread GEMM rate
NumPy reaches here on a large square product. No real step reaches it — small products run far
below peak and every NumPy call has a fixed cost — so `shaped_floor` also times only the matrix
products of one step, with the step's own shapes, to show what is left once the arithmetic is
done the way the network's shapes force it to be.
"""

import os
import platform
import time

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def describe():
    """Model name, cores, Python, NumPy and its BLAS, as plain strings."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f
                          if line.startswith("model name")), model)
    except OSError:
        pass
    blas = ", ".join(f"{p.get('internal_api')} {p.get('version')} ({p.get('threading_layer')}, "
                     f"{p.get('num_threads')} threads, {p.get('architecture')})"
                     for p in threadpool_info() if p.get("user_api") == "blas") or "unknown"
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "numpy": np.__version__, "blas": blas}


def flops_per_sample(sizes):
    """Multiply-adds ×2 for z = a w, ∇w = aᵀ δ, and δ·w for every layer but the first."""
    pairs = list(zip(sizes[:-1], sizes[1:]))
    forward = sum(2 * i * o for i, o in pairs)
    gradient = sum(2 * (i + 1) * o for i, o in pairs)          # the bias row too
    backward = sum(2 * i * o for i, o in pairs[1:])
    return forward + gradient + backward


def gemm_gflops(n=1024, seconds=0.5, threads=1):
    """Best GFLOP/s of an n×n float32 product with `threads` BLAS threads."""
    a = np.random.default_rng(0).random((n, n), dtype=np.float32)
    c = np.empty_like(a)
    best = float("inf")
    with threadpool_limits(threads):
        np.dot(a, a, out=c)
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            np.dot(a, a, out=c)
            best = min(best, time.perf_counter() - t0)
    return 2 * n ** 3 / best / 1e9


def floor_seconds_per_epoch(sizes, n_samples, gflops):
    return flops_per_sample(sizes) * n_samples / (gflops * 1e9)


def shaped_floor(sizes, m, n_samples, repeats=200):
    """Seconds per epoch spent in the step's matrix products alone, at batch size m, 1 thread."""
    rng = np.random.default_rng(0)
    a = [rng.random((m, n + 1), dtype=np.float32) for n in sizes[:-1]]       # [a 1]
    q = [rng.random((i + 1, o), dtype=np.float32) for i, o in zip(sizes[:-1], sizes[1:])]
    z = [np.empty((m, o), np.float32) for o in sizes[1:]]
    d = [np.empty((m, i), np.float32) for i in sizes[1:-1]]
    g = [np.empty_like(ql) for ql in q]
    best = float("inf")
    with threadpool_limits(1):
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(repeats):
                for l in range(len(q)):
                    np.dot(a[l], q[l], out=z[l])
                for l in range(len(q) - 1, -1, -1):
                    np.dot(a[l].T, z[l], out=g[l])
                    if l:
                        np.dot(z[l], q[l][:-1].T, out=d[l - 1])
            best = min(best, (time.perf_counter() - t0) / repeats)
    return best * n_samples / m
