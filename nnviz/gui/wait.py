"""Running the event loop until something is true: for the code that drives the real window
from outside (`nnviz gui --screenshot`, the window benchmarks), which must let the window work
while it waits for it, and must not wait forever."""

import time


def wait_until(app, condition, seconds, poll=0.01):
    """Process events until `condition()` is true or `seconds` have passed, sleeping `poll`
    seconds between rounds; returns `condition()`. A measurement that times events wants a
    short poll, a screenshot does not."""
    deadline = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(poll)
    return condition()
