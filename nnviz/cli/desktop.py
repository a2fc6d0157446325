"""`nnviz desktop --install | --uninstall`: put nnviz in the user's application menu, or take it out.

A `pip install` or `pipx install` puts a command on the PATH but nothing in the menu. This
writes the freedesktop entry and the scalable icon from `resources/` into the user's XDG data
folder (`$XDG_DATA_HOME`, else ~/.local/share): `applications/APP_ID.desktop` and
`icons/hicolor/scalable/apps/APP_ID.svg`. The entry's `Exec=` names the absolute path of the
`nnviz` command that ran this, so the menu starts the same installation. A manifest
(`nnviz/desktop-install.json` in the same folder) records every file and folder written, with
each file's SHA-256; `--uninstall` removes exactly those (a file changed since is left alone and
named) and the folders it created once they are empty. No system-wide install and no cache
refresh: desktops watch these folders themselves.
"""

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from nnviz.cli.language import fmt, translate
from nnviz.core.errors import NnvizError
from nnviz.gui.resources import APP_ID, resource   # plain paths, no Qt

MANIFEST = Path("nnviz") / "desktop-install.json"


def add_arguments(p):
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--install", action="store_true", help=translate(
        "Desktop", "add nnviz to your application menu (your XDG data folder)"))
    what.add_argument("--uninstall", action="store_true",
                      help=translate("Desktop", "remove exactly the files --install wrote"))


def run(args):
    if args.install:
        written = install()
        for path in written:
            print(fmt(translate("Desktop", "wrote {path}"), path=path))
        return 0
    removed, kept = uninstall()
    for path in removed:
        print(fmt(translate("Desktop", "removed {path}"), path=path))
    for path in kept:
        print(fmt(translate("Desktop", "kept {path}: it changed after nnviz wrote it"),
            path=path), file=sys.stderr)
    return 0


def data_home():
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores a relative one)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def nnviz_command():
    """The argv that starts this installation of nnviz, as absolute paths.

    The console script that is running when invoked as `nnviz`; else the one beside this
    Python (a venv's or pipx's bin folder); else the one on PATH; else `python -m nnviz`.
    """
    ran = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    candidates = [ran if ran is not None and ran.name == "nnviz" else None,
                  Path(sys.executable).parent / "nnviz", shutil.which("nnviz")]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return [str(Path(c).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "nnviz"]


def exec_value(argv):
    """argv as the value of a desktop entry's Exec key (quoting rules of the Desktop Entry spec)."""
    def quoted(arg):
        if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return arg.replace("%", "%%")
        for c in '\\"`$':
            arg = arg.replace(c, "\\" + c)
        return '"' + arg.replace("%", "%%") + '"'
    # The key's value is itself a string with escapes, so every backslash is doubled once more.
    return " ".join(quoted(a) for a in argv).replace("\\", "\\\\")


def desktop_entry(argv):
    """The shipped entry with `Exec=` pointing at `argv` (plus the `gui` command)."""
    lines = resource(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    out = [f"Exec={exec_value(argv + ['gui'])}" if line.startswith("Exec=") else line
           for line in lines]
    return "\n".join(out) + "\n"


def targets(base):
    """Where the entry and the icon go under an XDG data folder."""
    return (base / "applications" / f"{APP_ID}.desktop",
            base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")


def install(base=None, argv=None):
    """Write the entry and icon; returns the files written. Replaces an earlier install."""
    base = Path(base) if base is not None else data_home()
    if (base / MANIFEST).is_file():
        uninstall(base)
    contents = {}
    entry, icon = targets(base)
    contents[entry] = desktop_entry(argv or nnviz_command()).encode()
    contents[icon] = resource(f"{APP_ID}.svg").read_bytes()
    created = []
    files = {}
    try:
        for path, data in contents.items():
            created += _make_dirs(path.parent)
            _write(path, data)
            files[str(path)] = hashlib.sha256(data).hexdigest()
        created += _make_dirs((base / MANIFEST).parent)
        record = {"files": files, "folders": [str(d) for d in created]}
        _write(base / MANIFEST, json.dumps(record, indent=1).encode())
    except OSError as e:
        for path in files:
            Path(path).unlink(missing_ok=True)
        _remove_empty(created)
        raise NnvizError(fmt(translate("Desktop", "could not install the desktop entry: "
                                                  "{reason}"), reason=e)) from e
    return list(contents)


def uninstall(base=None):
    """Remove what `install` wrote: (removed paths, paths kept because they changed)."""
    base = Path(base) if base is not None else data_home()
    manifest = base / MANIFEST
    try:
        record = json.loads(manifest.read_text(encoding="utf-8"))
        files, folders = dict(record["files"]), list(record["folders"])
    except FileNotFoundError:
        raise NnvizError(fmt(translate("Desktop", "nothing to uninstall: {manifest} does not "
                                                  "exist (nnviz desktop --install writes it)"),
                             manifest=manifest)) from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise NnvizError(fmt(translate("Desktop", "cannot read {manifest}: {reason}"),
                             manifest=manifest, reason=e)) from None
    removed, kept = [], []
    for name, digest in files.items():
        path = Path(name)
        if not path.is_file():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            kept.append(path)
            continue
        path.unlink()
        removed.append(path)
    manifest.unlink()
    _remove_empty([Path(f) for f in folders])
    return removed, kept


def _make_dirs(folder):
    """Create `folder` and missing parents; returns the ones created, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    missing.reverse()
    for d in missing:
        d.mkdir()
    return missing


def _remove_empty(folders):
    for d in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        try:
            d.rmdir()
        except OSError:
            pass      # not empty (something else lives there now) or already gone


def _write(path, data):
    from nnviz.core.files.atomic import write_atomically
    write_atomically(path, lambda f: f.write(data))
