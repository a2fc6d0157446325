"""Changing the training data on the fly: jitter (noise, rotation, shift), the warp that moves images, and dropout."""
