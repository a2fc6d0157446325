"""The autosaved model: where it lives, writing it safely, and whether one is waiting.

An hour of training should not vanish with a crash, a power cut or a window closed by
mistake. The GUI saves the model every N epochs (the user's choice, off by default) to one
file in nnviz's user data folder — `$NNVIZ_DATA_HOME` if set (tests, portable installs), else
the platform's. Writing goes through `save_model`, which is atomic, so a crash mid-autosave
keeps the previous autosave. Deciding when to save and offering the restore are the GUI's.
"""

import os
import time
from pathlib import Path

from nnviz.core.data.user_data import DATA_HOME_ENV, data_home  # noqa: F401 (re-exported)
from nnviz.core.files.model_io import save_model

FILE_NAME = "autosave.npz"


def autosave_path() -> Path:
    return data_home() / FILE_NAME


def write_autosave(net, classes) -> Path:
    """Save `net` over the previous autosave, atomically; OSError if the folder is unwritable."""
    path = autosave_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return save_model(path, net, classes)


def waiting_autosave():
    """(path, a readable time of saving) when an autosave exists, else None."""
    path = autosave_path()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    return path, time.strftime("%Y-%m-%d %H:%M", time.localtime(mtime))
