"""The command line: `nnviz train`, `predict`, `download`, `bench`; the GUI is the default."""
