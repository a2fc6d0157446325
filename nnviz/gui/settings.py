"""Remembered settings with a schema: the dict of defaults says each key's type and range.

QSettings hands back whatever the file holds — a hand-edited or corrupt file can contain any
string. Every value read is checked against the schema and replaced by its default when it
does not fit, so a bad settings file can never stop the app from starting.
"""

from PySide6.QtCore import QByteArray, QSettings

# key: (default, check). A check returns the cleaned value or raises ValueError/TypeError.
SCHEMA = {
    "dataset": ("mnist", lambda v: _choice(v, ("mnist", "fashion-mnist", "synthetic"))),
    "data_dir": ("", lambda v: _text(v)),
    "layers": ("784,16,16,10", lambda v: _layers(v)),
    "activation": ("sigmoid", lambda v: _choice(v, ("sigmoid", "relu", "tanh"))),
    "output": ("sigmoid", lambda v: _choice(v, ("sigmoid", "softmax"))),
    "cost": ("quadratic", lambda v: _choice(v, ("quadratic", "cross-entropy"))),
    "init": ("normal", lambda v: _choice(v, ("normal", "scaled"))),
    "lr": (3.0, lambda v: _ranged(float(v), 1e-6, 1000.0)),
    "momentum": (0.0, lambda v: _ranged(float(v), 0.0, 0.999)),
    "l2": (0.0, lambda v: _ranged(float(v), 0.0, 1000.0)),
    "schedule": ("constant", lambda v: _choice(v, ("constant", "step", "cosine"))),
    "batch_size": (10, lambda v: _ranged(_pos_int(v), 1, 60000)),
    "epochs": (30, lambda v: _ranged(_pos_int(v), 1, 10000)),
    "seed": (0, lambda v: _ranged(int(v), 0, 2**31 - 1)),
    "speed": (100, lambda v: _ranged(int(v), 0, 100)),
    "lesson_pace": (True, lambda v: _bool(v)),   # new runs at the lesson pace (training/pace.py)
    "log_scale": (False, lambda v: _bool(v)),
    "weights_mode": ("weights", lambda v: _choice(v, ("weights", "change"))),
    "dropout": (0.0, lambda v: _ranged(float(v), 0.0, 0.9)),
    "augment": (False, lambda v: _bool(v)),
    "augment_noise": (0.0, lambda v: _ranged(float(v), 0.0, 1.0)),
    "augment_rotate": (0.0, lambda v: _ranged(float(v), 0.0, 45.0)),
    "augment_shift": (0, lambda v: _ranged(int(v), 0, 6)),
    "autosave_every": (0, lambda v: _ranged(int(v), 0, 1000)),   # epochs; 0 = off
    "geometry": (QByteArray(), lambda v: _bytes(v)),
    "window_state": (QByteArray(), lambda v: _bytes(v)),
}


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
    sizes = [_pos_int(s) for s in str(v).split(",")]
    if len(sizes) < 2:
        raise ValueError(v)
    return ",".join(map(str, sizes))


def _ranged(v, lo, hi):
    if not lo <= v <= hi:
        raise ValueError(v)
    return v


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
        SCHEMA[key][1](value)  # refuse to store what could not be read back
        self.q.setValue(key, value)

    def all(self):
        return {key: self.get(key) for key in SCHEMA}
