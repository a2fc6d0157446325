"""Run by test_hostile_suite.py in a child process with its address space capped: open one
hostile file as nnviz would and print one JSON line (outcome, message, seconds, memory).

The cap (`resource.setrlimit(RLIMIT_AS)`) makes a regression that tries to inflate gigabytes
fail inside this child instead of taking the machine down; the peak resident memory above the
child's baseline after its imports is what the test compares with the legitimate maximum.
"""

import json
import os
import resource
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def status_mb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak():
    """Start VmHWM (the peak resident memory) afresh from the current resident memory."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def main(kind, path, cap_mb):
    from PySide6.QtGui import QGuiApplication

    import hostile_files
    from nnviz.core.errors import NnvizError
    from nnviz.core.files import model_io, run_io   # noqa: F401 (imported before the baseline)
    from nnviz.core.data import csv_import, idx_import   # noqa: F401
    from nnviz.gui import image_files, settings   # noqa: F401

    app = QGuiApplication([])   # noqa: F841 (Qt's image readers want one)
    limit = cap_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    reset_peak()
    baseline = status_mb("VmRSS")
    t0 = time.perf_counter()
    try:
        message, outcome = hostile_files.open_as(kind, path), "loads"
    except NnvizError as e:
        message, outcome = str(e), "refused"
    except MemoryError:
        message, outcome = "MemoryError", "memory"
    except Exception as e:   # noqa: BLE001 (a traceback is what the suite exists to catch)
        message, outcome = f"{type(e).__name__}: {e}", "traceback"
    seconds = time.perf_counter() - t0
    print(json.dumps({"outcome": outcome, "message": message[:500], "seconds": seconds,
                      "baseline_mb": baseline, "extra_mb": status_mb("VmHWM") - baseline}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
