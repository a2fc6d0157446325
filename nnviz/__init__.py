"""nnviz: watch a small neural network learn to read handwritten digits.

`nnviz.core` is the NumPy network, training loop and data layer (no Qt);
`nnviz.gui` is the PySide6 application built on it; `nnviz.cli` is the command line.
"""

__version__ = "0.1.0"
