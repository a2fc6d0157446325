"""A child `nnviz` process that a test interrupts: started, signalled, and always cleaned up.

Used by the Ctrl+C / SIGTERM tests of the window and of the command line. Whatever the test
asserts before the signal, on the way out the child is killed if it still runs and its pipes are
closed, so a failing test leaves no process behind.
"""

import contextlib
import subprocess
import time


@contextlib.contextmanager
def running(args, env, cwd):
    """The child (text pipes for stdout and stderr) while the block runs."""
    child = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


def interrupt(child, sig, timeout=20):
    """Send `sig` and wait for the exit: (exit code, stderr, seconds from signal to exit)."""
    t0 = time.monotonic()
    child.send_signal(sig)
    code = child.wait(timeout=timeout)
    return code, child.stderr.read(), time.monotonic() - t0
