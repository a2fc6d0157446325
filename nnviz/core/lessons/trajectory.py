"""A bounded record of the parameters θ along a training run, for drawing the descent path.

Training sends new parameters up to 30 times a second for as long as it runs; the landscape
needs the whole path, not the last few seconds of it. `Trajectory` keeps at most `capacity`
points: when full it drops every other stored point and from then on keeps only every second
point offered, so the record always spans the whole run at evenly thinned resolution, in
bounded memory (200 points of 13,002 float32 parameters ≈ 10 MB). It stores copies and does not
know about threads or Qt; the caller clears it when the architecture or the model changes.
"""

import numpy as np


class Trajectory:
    def __init__(self, capacity=200):
        if capacity < 4:
            raise ValueError("a trajectory needs room for at least 4 points.")
        self.capacity = capacity
        self.clear()

    def clear(self):
        self._points = []     # flat θ copies, float32 to halve the memory
        self._steps = []      # the training step each point was taken at
        self._stride = 1      # keep one point out of this many offered
        self._offered = 0

    def offer(self, theta, step=0):
        """Consider θ (P,) for the record; kept if it falls on the current stride."""
        if self._points and len(theta) != len(self._points[0]):
            self.clear()      # a different architecture: a different space
        keep = self._offered % self._stride == 0
        self._offered += 1
        if not keep:
            return False
        self._points.append(np.array(theta, np.float32))
        self._steps.append(int(step))
        if len(self._points) >= self.capacity:
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
