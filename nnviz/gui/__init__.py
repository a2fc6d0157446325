"""The PySide6 application: main window, training worker, views. Depends on nnviz.core only."""
