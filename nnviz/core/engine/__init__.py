"""The speed machinery behind `Trainer`: the fused SGD step, in-place kernels and mini-batch blocks gathered ahead. `Network.backprop` says the same math plainly; this room makes it fast."""
