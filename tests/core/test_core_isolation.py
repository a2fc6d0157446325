"""`nnviz.core` stays NumPy-only: no Qt, no plotting, nothing from the GUI or the CLI.

Two independent checks: a static scan of every import statement under nnviz/core (catches a
lazy import inside a function too), and a fresh interpreter that imports every core module and
then looks at what actually got loaded (catches an indirect import through a third party).
The same scan also holds the other import rules of the layout, like an import linter's
contracts: the GUI never imports the command line, and the window's model imports no Qt.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "nnviz" / "core"
ALLOWED_THIRD_PARTY = {"numpy", "platformdirs"}
# Optional extras, each imported inside the one function that needs it and only by the module
# that offers it: nnviz runs without them ([video] for MP4 export, [tsne] for the t-SNE map).
OPTIONAL_EXTRAS = {"imageio_ffmpeg": "nnviz/core/files/video.py",
                   "openTSNE": "nnviz/core/lessons/tsne.py"}
QT = ("PySide6", "pyqtgraph", "shiboken6")


def core_files():
    return sorted(CORE.rglob("*.py"))


def package_files(package):
    """The .py files of a dotted package or module name, e.g. "nnviz.gui"."""
    path = REPO.joinpath(*package.split("."))
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def core_modules():
    names = []
    for path in core_files():
        parts = path.relative_to(REPO).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def imported_names(path):
    """(line, absolute name) for everything a file imports; `from a import b` gives a.b.

    Naming the imported member too catches `from nnviz import gui` and `from ... import gui`.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = []
            if node.level:
                parts = package.split(".")
                base = parts[:len(parts) - node.level + 1]
            module = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                yield node.lineno, module if alias.name == "*" else f"{module}.{alias.name}"


def test_the_scan_sees_the_core():
    assert len(core_files()) >= 8
    assert "nnviz.core.network" in core_modules() and "nnviz.core.training" in core_modules()


def test_core_imports_only_stdlib_numpy_and_platformdirs():
    offences = []
    for path in core_files():
        for line, name in imported_names(path):
            top = name.split(".")[0]
            if top == "nnviz":
                ok = name.startswith("nnviz.core.") or name == "nnviz.core"
            else:
                ok = top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY \
                    or OPTIONAL_EXTRAS.get(top) == path.relative_to(REPO).as_posix()
            if not ok:
                offences.append(f"{path.relative_to(REPO)}:{line} imports {name}")
    assert not offences, "nnviz.core must not import these:\n" + "\n".join(offences)


CHECK = """
import importlib, sys
sys.path.insert(0, {repo!r})
for name in {modules!r}:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {qt!r})
print(",".join(loaded))
"""


def test_importing_all_of_core_loads_no_qt():
    modules = core_modules()
    code = CHECK.format(repo=str(REPO), modules=modules, qt=QT)
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"importing nnviz.core loaded: {r.stdout.strip()}"


# (package, what none of its modules may import: a name or any name under it)
CONTRACTS = [
    ("nnviz.core", ("nnviz.gui", "nnviz.cli", "nnviz.bench") + QT),
    ("nnviz.gui", ("nnviz.cli",)),
    ("nnviz.gui.window.model", ("nnviz.gui",) + QT),
]


def offences(package, forbidden):
    found = []
    for path in package_files(package):
        for line, name in imported_names(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(REPO)}:{line} imports {name}")
    return found


@pytest.mark.parametrize("package, forbidden", CONTRACTS, ids=[c[0] for c in CONTRACTS])
def test_import_contracts(package, forbidden):
    assert package_files(package) and all(p.exists() for p in package_files(package))
    found = offences(package, forbidden)
    assert not found, f"{package} must not import {', '.join(forbidden)}:\n" + "\n".join(found)


def test_a_broken_contract_is_found(tmp_path, monkeypatch):
    fake = tmp_path / "nnviz" / "gui" / "x.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f():\n    from nnviz.cli.progress import ProgressBar\n"
                    "from nnviz.client import y\n")   # a look-alike name is not the CLI
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    assert offences("nnviz.gui", ("nnviz.cli",)) == [
        "nnviz/gui/x.py:2 imports nnviz.cli.progress.ProgressBar"]


@pytest.mark.parametrize("source, expected", [
    ("from . import costs\n", ["nnviz.core.data.costs"]),
    ("from .. import errors, network\n", ["nnviz.core.errors", "nnviz.core.network"]),
    ("from ..network import Network\n", ["nnviz.core.network.Network"]),
    ("from ... import gui\n", ["nnviz.gui"]),
    ("from nnviz import gui\n", ["nnviz.gui"]),
    ("def f():\n    import PySide6.QtGui\n", ["PySide6.QtGui"]),
])
def test_the_scanner_resolves_every_form_of_import(tmp_path, monkeypatch, source, expected):
    # The scanner itself must not miss an import that climbs out of the core.
    fake = tmp_path / "nnviz" / "core" / "data" / "x.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    assert [name for _, name in imported_names(fake)] == expected
