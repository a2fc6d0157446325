"""Remembered settings with a schema: the dict of defaults says each key's type and range.

QSettings hands back whatever the file holds — a hand-edited or corrupt file can contain any
string. Every value read is checked against the schema and replaced by its default when it
does not fit, so a bad settings file can never stop the app from starting. Writing is as
forgiving: each key is stored on its own, a number outside its range is clamped into it and
anything else the schema refuses is skipped with a log line, so one odd value (a batch of
70,000 from an imported set larger than MNIST) can never stop the others from being saved.
"""

import logging
import math


from PySide6.QtCore import QByteArray, QSettings

from nnviz.core.config import CHOICES
from nnviz.core.errors import ConfigError
from nnviz.core.network import parse_layers
from nnviz.core.presets import DEFAULTS as D
from nnviz.gui.i18n import LANGUAGES

_log = logging.getLogger("nnviz.settings")


def _choice(v, options):
    if v not in options:
        raise ValueError(v)
    return v


def _pos_int(v):
    n = int(str(v).strip())
    if n < 1:
        raise ValueError(v)
    return n


def _text(v):
    if not isinstance(v, str):   # a hand-edited "a, b" comes back as a list
        raise TypeError(v)
    return v


def _layers(v):
    try:
        sizes = parse_layers(v)   # the parser the Layers field and the CLI use
    except ConfigError as e:
        raise ValueError(str(e)) from None
    return ",".join(map(str, sizes))


class _Ranged:
    """A number converted by `convert` that must lie in [lo, hi]; `clamp` brings one in."""

    def __init__(self, convert, lo, hi):
        self.convert, self.lo, self.hi = convert, lo, hi

    def __call__(self, v):
        n = self.convert(v)
        if not self.lo <= n <= self.hi:
            raise ValueError(v)
        return n

    def clamp(self, v):
        n = self.convert(v)
        if isinstance(n, float) and not math.isfinite(n):
            raise ValueError(v)
        return min(max(n, self.lo), self.hi)


def _bool(v):
    if isinstance(v, bool):
        return v
    if str(v).lower() in ("true", "1"):
        return True
    if str(v).lower() in ("false", "0"):
        return False
    raise ValueError(v)


def _bytes(v):
    if not isinstance(v, (QByteArray, bytes)):
        raise TypeError(v)
    return QByteArray(v)


def _one_of(key):
    return lambda v: _choice(v, CHOICES[key])


# key: (default, check). A check returns the cleaned value or raises ValueError/TypeError.
# The training options' defaults and vocabularies are the core's (core/config.py).
SCHEMA = {
    "dataset": (D.dataset, _one_of("dataset")),
    "data_dir": ("", lambda v: _text(v)),
    "layers": (",".join(map(str, D.layers)), lambda v: _layers(v)),
    "activation": (D.activation, _one_of("activation")),
    "output": (D.output, _one_of("output")),
    "cost": (D.cost, _one_of("cost")),
    "init": (D.init, _one_of("init")),
    "lr": (D.lr, _Ranged(float, 1e-6, 1000.0)),
    "momentum": (D.momentum, _Ranged(float, 0.0, 0.999)),
    "l2": (D.l2, _Ranged(float, 0.0, 1000.0)),
    "schedule": (D.schedule, _one_of("schedule")),
    "batch_size": (D.batch_size, _Ranged(_pos_int, 1, 60000)),
    "epochs": (D.epochs, _Ranged(_pos_int, 1, 10000)),
    "seed": (D.seed, _Ranged(int, 0, 2**31 - 1)),
    "speed": (100, _Ranged(int, 0, 100)),
    "lesson_pace": (True, _bool),   # new runs at the lesson pace (training/pace.py)
    "log_scale": (False, lambda v: _bool(v)),
    "weights_mode": ("weights", lambda v: _choice(v, ("weights", "change"))),
    "dropout": (D.dropout, _Ranged(float, 0.0, 0.9)),
    "augment": (False, lambda v: _bool(v)),
    "augment_noise": (0.0, _Ranged(float, 0.0, 1.0)),
    "augment_rotate": (0.0, _Ranged(float, 0.0, 45.0)),
    "augment_shift": (0, _Ranged(int, 0, 6)),
    "autosave_every": (0, _Ranged(int, 0, 1000)),   # epochs; 0 = off
    "theme": ("dark", lambda v: _choice(v, ("dark", "light"))),
    "zoom": (100, _Ranged(int, 75, 200)),          # text size, percent
    "language": ("", lambda v: _choice(v, ("",) + tuple(LANGUAGES))),   # "": the system's
    "geometry": (QByteArray(), lambda v: _bytes(v)),
    "window_state": (QByteArray(), lambda v: _bytes(v)),
}


class Settings:
    """Typed access to the app's QSettings; reading never raises."""

    def __init__(self, qsettings=None):
        self.q = qsettings or QSettings("nnviz", "nnviz")

    def get(self, key):
        default, check = SCHEMA[key]
        raw = self.q.value(key, None)
        if raw is None:
            return default
        try:
            return check(raw)
        except (ValueError, TypeError, OverflowError):
            return default

    def set(self, key, value):
        """Store `value` under `key`; never raises. A number outside the schema's range is
        clamped into it, anything else that could not be read back is skipped; both are
        logged. Returns the value stored, or None when nothing was."""
        check = SCHEMA[key][1]
        try:
            check(value)
        except (ValueError, TypeError, OverflowError):
            try:
                stored = check.clamp(value)
            except (AttributeError, ValueError, TypeError, OverflowError):
                _log.warning("setting %s: %.80r is not a valid value; not saved.", key, value)
                return None
            _log.warning("setting %s: %.80r is out of range; saved as %r.", key, value, stored)
            value = stored
        self.q.setValue(key, value)
        return value

    def save_all(self, values):
        """`set` every key of `values` that the schema knows, each on its own."""
        for key, value in values.items():
            if key in SCHEMA:
                self.set(key, value)

    def all(self):
        return {key: self.get(key) for key in SCHEMA}

    def remembered(self, key):
        """Whether the file holds `key` (a first start holds none of the training settings)."""
        return self.q.contains(key)
