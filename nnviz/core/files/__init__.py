"""Every file nnviz reads or writes (models, runs, JSON, ONNX, GIF, autosave) and the one atomic way of writing them."""
