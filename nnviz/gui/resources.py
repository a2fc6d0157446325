"""Where the shipped files (the pretrained model, icon, desktop entry) are, installed or run from a
checkout. Plain pathlib, no Qt, so `nnviz desktop` can use it without starting Qt."""

from pathlib import Path

PRETRAINED = "pretrained-784-16-16-10.npz"
# The reverse-DNS id shared by the icon, the desktop entry and the AppStream metainfo file names.
APP_ID = "io.github.nnviz.nnviz"


def resource(name):
    """Path of a file or folder in `resources/`; the installed package maps it to
    `nnviz.resources`."""
    try:
        from importlib.resources import files
        candidate = Path(str(files("nnviz.resources") / name))
        if candidate.exists():     # a folder too: the translations
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources" / name
