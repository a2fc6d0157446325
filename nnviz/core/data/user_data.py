"""Where a person's own collected data lives: `my-digits/<label>/<time>.png` in the data home.

"Save my drawing" writes each drawn digit into a folder in exactly the layout the folder
importer reads, so a person can collect their handwriting, train on it and see whether the
network learns *their* 7. This module only names and counts the files; writing a PNG needs Qt
and lives in the GUI. The data home is the platform's user data folder, or `$NNVIZ_DATA_HOME`
(tests, portable installs).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from nnviz.core.data.folder_import import IMAGE_SUFFIXES

DATA_HOME_ENV = "NNVIZ_DATA_HOME"
MY_DIGITS = "my-digits"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def data_home() -> Path:
    """nnviz's folder for the user's own files (autosave, saved drawings); NNVIZ_DATA_HOME wins."""
    override = os.environ.get(DATA_HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir
    return Path(user_data_dir("nnviz"))


def my_digits_dir() -> Path:
    return data_home() / MY_DIGITS


def label_problem(label: str) -> str | None:
    """Why `label` cannot name a class folder, or None."""
    if not label.strip():
        return "Give the drawing a label."
    if _UNSAFE.search(label) or label.strip() in (".", ".."):
        return "A label cannot contain / \\ : * ? \" < > |."
    return None


def new_image_path(folder: Path, label: str) -> Path:
    """A fresh file name in `folder/label/`, ordered by time, never overwriting one."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / label.strip()
    n = 0
    while True:
        path = target / f"{stamp}-{n:03d}.png"
        if not path.exists():
            return path
        n += 1


def count_images(folder: Path) -> dict[str, int]:
    """Pictures per class folder under `folder` (empty if it does not exist yet).

    A folder that cannot be listed (no permission, a broken disk) counts as empty rather than
    raising: this runs while the window starts, and one unreadable label folder once stopped
    the window from opening at all."""
    try:
        subs = sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return {}
    counts = {}
    for sub in subs:
        try:
            n = sum(1 for f in sub.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES and f.is_file())
        except OSError:
            continue
        if n:
            counts[sub.name] = n
    return counts
