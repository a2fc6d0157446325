"""The project's own promises about itself: CI runs the README's test command, every package is
installed, the dataset is never committed, the README's set-up commands are exactly two, the
README stays short, and the module map in docs/architecture.md names every module."""

import re
import subprocess
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")

REPO = Path(__file__).resolve().parents[1]
README_LIMIT = 10_000   # characters: what it is, the picture, set-up, views, CLI, links


def readme_commands():
    text = (REPO / "README.md").read_text()
    block = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", block, flags=re.S)


def test_readme_gives_exactly_two_setup_commands_each_one_line():
    commands = readme_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in c for c in commands)
    assert "nnviz" in commands[0] and "pytest" in commands[1]
    assert commands[1].endswith("pytest --slow"), "the test command must run the slow tests too"


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (REPO / ".ci" / "run").read_text()
    assert readme_commands()[1] in ci.splitlines()


def test_readme_is_short():
    length = len((REPO / "README.md").read_text(encoding="utf-8"))
    assert length <= README_LIMIT, f"README.md has {length} characters; move detail to docs/"


def test_every_module_under_nnviz_is_in_the_architecture_map():
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`(nnviz/[\w/]+\.py)`", text))
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "nnviz").rglob("*.py")}
    assert modules, "no modules found under nnviz/"
    assert not modules - listed, f"missing from docs/architecture.md: {sorted(modules - listed)}"
    assert not listed - modules, f"docs/architecture.md names modules that do not exist: " \
                                 f"{sorted(listed - modules)}"
    bullets = re.findall(r"^- `(nnviz/[\w/]+\.py)`", text, flags=re.M)
    twice = sorted({m for m in bullets if bullets.count(m) > 1})
    assert not twice, f"listed more than once in the module map: {twice}"


def test_links_in_the_readme_and_docs_point_at_files_that_exist():
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" not in target and not (page.parent / target).exists():
                broken.append(f"{page.relative_to(REPO)} → {target}")
    assert not broken, broken


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
