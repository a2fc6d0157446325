"""One widget per file: each view draws plain NumPy data and never touches the network."""
