"""Hostile and unusual input in the window: the app keeps running and says one sentence.

The any-size test runs the window in a child process because the failure it guards against
was a segmentation fault (an exception escaping a panel's showEvent), which would otherwise
take the whole test run down with it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@pytest.mark.parametrize("side", (8, 10))
def test_every_panel_works_with_small_images(tmp_path, side):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
               NNVIZ_DATA_HOME=str(tmp_path))
    child = subprocess.run([sys.executable, "-X", "faulthandler",
                            str(HERE / "every_panel_child.py"), str(side),
                            str(tmp_path / "nnviz.ini")],
                           capture_output=True, text=True, timeout=300, env=env)
    assert child.returncode == 0, child.stderr[-3000:]
    assert "Traceback" not in child.stderr, child.stderr[-3000:]
    result = json.loads(child.stdout.splitlines()[-1])
    assert result["status"] == [] and result["dialogs"] == [], result
