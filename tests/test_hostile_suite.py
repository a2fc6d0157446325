"""Every hostile file of `hostile_files.CASES`, opened in a child process with memory capped.

Each must end as expected — refused in one sentence (the project's own error, never another
exception), or loaded when it is merely unusual — within 2 s, and, when refused, with a peak
memory above the child's baseline that stays small: far under the 2× of the largest legitimate
file that the reader allows. The child's address space is capped with `resource.setrlimit`,
so a regression fails the test instead of taking the machine down. The slow variant makes the
bombs eight times larger.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hostile_files

HERE = Path(__file__).resolve().parent
CAP_MB = 1536          # the child's whole address space, Qt and NumPy included
REFUSE_EXTRA_MB = 64   # memory a refusal may take above the child's baseline
SECONDS = 2.0


def run_case(tmp_path, kind, make, expect, scale):
    path = make(tmp_path, scale)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               PYTHONPATH=str(HERE.parent))
    child = subprocess.run([sys.executable, str(HERE / "hostile_child.py"), kind,
                            os.fsdecode(path), str(CAP_MB)],
                           capture_output=True, text=True, timeout=20, env=env)
    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout.splitlines()[-1])
    assert result["outcome"] == expect, result
    assert result["seconds"] < SECONDS, result
    if expect == "refused":
        assert "\n" not in result["message"] and result["message"].rstrip().endswith((".", ")")), \
            result
        assert result["extra_mb"] < REFUSE_EXTRA_MB, result
    return result


def case_id(case):
    return f"{case[0]}-{case[1].__name__}"


@pytest.mark.parametrize("kind, make, expect", hostile_files.CASES,
                         ids=map(case_id, hostile_files.CASES))
def test_hostile_file(tmp_path, kind, make, expect):
    run_case(tmp_path, kind, make, expect, scale=1)


BOMBS = [c for c in hostile_files.CASES if "bomb" in c[1].__name__ or "lies" in c[1].__name__
         or "endless" in c[1].__name__]


@pytest.mark.slow
@pytest.mark.parametrize("kind, make, expect", BOMBS, ids=map(case_id, BOMBS))
def test_hostile_file_eight_times_larger(tmp_path, kind, make, expect):
    run_case(tmp_path, kind, make, expect, scale=8)
