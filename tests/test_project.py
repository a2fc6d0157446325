"""The project's own promises about itself: CI runs the README's test command, every package is
installed, the dataset is never committed, and the README's set-up commands are exactly two."""

import re
import subprocess
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")

REPO = Path(__file__).resolve().parents[1]


def readme_commands():
    text = (REPO / "README.md").read_text()
    block = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", block, flags=re.S)


def test_readme_gives_exactly_two_setup_commands_each_one_line():
    commands = readme_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in c for c in commands)
    assert "nnviz" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (REPO / ".ci" / "run").read_text()
    assert readme_commands()[1] in ci.splitlines()


def test_every_package_under_nnviz_is_listed_for_installation():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "nnviz").rglob("__init__.py")}
    assert found <= listed, f"not installed: {sorted(found - listed)}"
    assert "nnviz.resources" in listed


def test_no_dataset_file_is_tracked():
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True).stdout
    offenders = [f for f in tracked.splitlines() if "ubyte" in f or f.endswith((".idx", ".csv"))
                 or (REPO / f).is_file() and (REPO / f).stat().st_size > 2_000_000]
    assert not offenders, offenders
