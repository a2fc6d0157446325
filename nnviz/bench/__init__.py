"""`nnviz bench`: how fast nnviz trains, against what a user would otherwise reach for.

Everything here measures; nothing here is used by the app. `core_bench` times the app's own
training loop, `textbook` and `torch_bench` the two alternatives on the same network, data and
optimiser, `machine` describes the computer and its matrix-product throughput (the floor), and
`gui_bench` the window while it trains. `cli` runs them in one go and prints a table or JSON.
"""
