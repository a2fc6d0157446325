"""`python main.py` opens the nnviz window (the same as `nnviz` or `python -m nnviz`)."""
import sys

from nnviz.__main__ import main

sys.exit(main())
