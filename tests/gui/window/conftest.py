"""The window model's tests run without Qt: this replaces the GUI tests' thread check, which
needs a QApplication, with nothing to check (the model starts no threads)."""

import pytest


@pytest.fixture(autouse=True)
def no_thread_left_running():
    yield
