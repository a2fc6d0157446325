"""What the teaching panels compute: sensitivity, landscapes, gradient noise, the chain rule, evaluation, robustness, the lab's edits. NumPy only; the panels draw the results."""
