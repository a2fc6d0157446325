"""The same network trained the way a PyTorch user would write it, on the CPU.

784-16-16-10 `nn.Linear` layers with sigmoids, the quadratic cost C = Σ‖a − y‖²/2n (the seed's),
plain `torch.optim.SGD` with the same η, the same batch sizes and the same number of samples.
The images are preloaded as one float32 tensor and mini-batches are gathered by index from a
random permutation, exactly as nnviz does. One intra-op thread by default, like the core, so
both are compared like with like. Torch is optional: `available()` says whether it imports.
"""

import time


def available():
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


class TorchRun:
    """Preloaded tensors for one dataset, reused by every measurement."""

    def __init__(self, data):
        import torch
        self.torch = torch
        self.x = torch.from_numpy(data.train_images.copy())
        labels = torch.from_numpy(data.train_labels.astype("int64"))
        self.y = torch.nn.functional.one_hot(labels, 10).to(torch.float32)
        self.version = torch.__version__

    def samples_per_second(self, batch_size, n_samples, lr=3.0, threads=1, seed=0):
        torch = self.torch
        before = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            torch.manual_seed(seed)
            net = torch.nn.Sequential(torch.nn.Linear(784, 16), torch.nn.Sigmoid(),
                                      torch.nn.Linear(16, 16), torch.nn.Sigmoid(),
                                      torch.nn.Linear(16, 10), torch.nn.Sigmoid())
            opt = torch.optim.SGD(net.parameters(), lr=lr)
            n = max(1, n_samples // batch_size) * batch_size
            order = torch.randperm(len(self.x))[:n]
            for start in range(0, min(n, 20 * batch_size), batch_size):  # warm-up
                self._step(net, opt, order[start:start + batch_size])
            t0 = time.perf_counter()
            for start in range(0, n, batch_size):
                self._step(net, opt, order[start:start + batch_size])
            return n / (time.perf_counter() - t0)
        finally:
            torch.set_num_threads(before)

    def _step(self, net, opt, idx):
        x, y = self.x[idx], self.y[idx]
        opt.zero_grad(set_to_none=True)
        a = net(x)
        loss = 0.5 * ((a - y) ** 2).sum() / len(idx)
        loss.backward()
        opt.step()
        return loss
