"""Update and compile nnviz's translations: `python tools/translations.py [update|release|status]`.

`update` runs pyside6-lupdate over every Python file under nnviz/gui and nnviz/cli (the window
and the command line's messages) and nnviz/core (whose error messages are marked with
`QT_TRANSLATE_NOOP("Errors", …)`, see nnviz/core/messages.py) and nnviz/__main__.py (the
command list of `nnviz --help`), and writes (or merges into)
resources/translations/nnviz_<lang>.ts for each shipped language: new source strings are added
as unfinished, translations already made are kept, strings gone from the code are marked
vanished. `release` compiles each .ts with pyside6-lrelease into the .qm the app loads.
`status` prints, per language, how many strings are translated. With no argument: update, then
release. Both tools ship with PySide6 (PySide6-Essentials); run this with the Python of nnviz's
virtual environment so they are found beside it. docs/translating.md describes the whole cycle.
"""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "nnviz" / "gui", REPO / "nnviz" / "cli", REPO / "nnviz" / "core",
           REPO / "nnviz" / "__main__.py")
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("de", "es", "fr")          # English is the source language


def tool(name):
    """A PySide6 tool from beside this Python, else from PATH."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) in this environment")


def ts_file(lang, folder=FOLDER):
    return Path(folder) / f"nnviz_{lang}.ts"


def update(folder=FOLDER, quiet=False):
    """Merge today's source strings into the .ts files in `folder` (a test refreshes copies)."""
    files = sorted(str(p.relative_to(REPO)) for source in SOURCES
                   for p in ([source] if source.is_file() else source.rglob("*.py")))
    Path(folder).mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        # No source locations: line numbers would change the .ts with every edit of the code.
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-target-language", lang,
                        *(["-silent"] if quiet else []), *files,
                        "-ts", str(Path(ts_file(lang, folder)).resolve())], cwd=REPO, check=True)


def release(folder=FOLDER):
    """Compile every .ts into `folder`; returns the .qm files written."""
    written = []
    for lang in LANGUAGES:
        qm = Path(folder) / f"nnviz_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(lang)), "-qm", str(qm)],
                       check=True)
        written.append(qm)
    return written


def messages(lang, folder=FOLDER):
    """(context, source, translation or None) for every current (not vanished) string."""
    root = ET.parse(ts_file(lang, folder)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            t = m.find("translation")
            kind = t.get("type") if t is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = t.text if t is not None and kind != "unfinished" else None
            yield name, m.findtext("source"), text or None


def status():
    for lang in LANGUAGES:
        found = list(messages(lang))
        done = sum(t is not None for *_, t in found)
        print(f"{lang}: {done} of {len(found)} strings translated")


if __name__ == "__main__":
    what = sys.argv[1:] or ["update", "release"]
    for step in what:
        {"update": update, "release": release, "status": status}[step]()
