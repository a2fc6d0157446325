"""The NumPy core: network, training, data. Imports only the standard library and NumPy."""
