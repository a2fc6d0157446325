"""A bounded record of the parameters θ along a training run, for drawing the descent path.

Training sends new parameters up to 30 times a second for as long as it runs; the landscape
needs the whole path, not the last few seconds of it. `Trajectory` keeps at most `capacity`
points: when full it drops every other stored point and from then on keeps only every second
point offered, so the record always spans the whole run at evenly thinned resolution, in
bounded memory (200 points of 13,002 float32 parameters ≈ 10 MB). The bound is also in bytes
(`max_bytes`): a larger network keeps fewer points (big-98's 535,818 parameters: 31 points in
64 MB, where 200 would take 430 MB), and one too large for 4 points is not recorded at all
(`recording()` says so). θ may be offered as a function, called only for a point that is kept, so
flattening a large network is not paid for the points thinned away. It stores copies and does
not know about threads or Qt; the caller clears it when the architecture or the model changes.
"""

import numpy as np


class Trajectory:
    MIN_POINTS = 4

    def __init__(self, capacity=200, max_bytes=64 * 2**20):
        if capacity < self.MIN_POINTS:
            raise ValueError("a trajectory needs room for at least 4 points.")
        self.capacity, self.max_bytes = capacity, max_bytes
        self.clear()

    def clear(self):
        self._points = []     # flat θ copies, float32 to halve the memory
        self._steps = []      # the training step each point was taken at
        self._stride = 1      # keep one point out of this many offered
        self._offered = 0
        self._size = None     # P, the number of parameters, once known

    def limit(self, size):
        """How many points of `size` parameters fit (0 when not even MIN_POINTS do)."""
        n = min(self.capacity, self.max_bytes // (4 * max(int(size), 1)))
        return n if n >= self.MIN_POINTS else 0

    def recording(self, size=None):
        """False when a network of `size` (default: the last offered) parameters is too large."""
        size = self._size if size is None else size
        return size is None or self.limit(size) > 0

    def offer(self, theta, step=0, size=None):
        """Consider θ for the record; kept if it falls on the current stride.

        `theta` is a (P,) array, or a function returning it (then `size` = P is required), which
        is called only when the point is kept. Returns whether it was kept.
        """
        size = len(theta) if size is None else int(size)
        if self._size is not None and size != self._size:
            self.clear()      # a different architecture: a different space
        self._size = size
        limit = self.limit(size)
        keep = limit > 0 and self._offered % self._stride == 0
        self._offered += 1
        if not keep:
            return False
        self._points.append(np.array(theta() if callable(theta) else theta, np.float32))
        self._steps.append(int(step))
        if len(self._points) >= limit:
            self._points, self._steps = self._points[::2], self._steps[::2]
            self._stride *= 2
        return True

    def __len__(self):
        return len(self._points)

    def points(self):
        """(m, P) float64 array of the recorded θ, oldest first."""
        if not self._points:
            return np.empty((0, 0))
        return np.stack(self._points).astype(np.float64)

    def steps(self):
        return np.array(self._steps, dtype=np.int64)
