"""Small widgets the window and panels are built from: the training controls, checked spin boxes, the augmentation group."""
