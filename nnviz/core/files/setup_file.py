"""Shareable setups: a small JSON file that says how to set the window up for a lesson.

A teacher hands a class one file (or one command line) instead of describing every control:
the network (layers, activation, output, cost, initialisation, seed), the preset it came from,
every training control (η, batch size, momentum, L2, dropout, schedule, epochs, augmentation,
speed, autosave), the dataset by name (never a path: folders differ between machines), the
views that are open and the lesson. A file is read completely and checked field by field
before anything is applied, so a setup from a newer nnviz or a damaged one is refused with one
sentence naming every bad field, and is never half-applied. Missing fields take the defaults
(a hand-written setup may hold only what matters); unknown ones are refused, since they would
silently do nothing. The same fields map one to one onto `nnviz gui` options (`FLAGS`), so
`command` turns a setup into the equivalent command line. No Qt: the window applies the result.
"""

import json
import math
import re
import shlex

from nnviz.core.config import CHOICES
from nnviz.core.errors import ConfigError
from nnviz.core.network import check_sizes
from nnviz.core.presets import DEFAULTS, PRESETS, canonical
from nnviz.core.messages import QT_TRANSLATE_NOOP, Joined, Message, Trimmed

FORMAT, VERSION = "nnviz-setup", 1
KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")      # a view's or a lesson's key


def _choice(options):
    def check(v):
        if v not in options:
            raise ValueError(Message(QT_TRANSLATE_NOOP("Errors", "must be one of {options}"),
                                     options=", ".join(options)))
        return v
    return check


def _number(lo, hi, integer=False):
    def check(v):
        if isinstance(v, bool) or not isinstance(v, (int, float)) \
                or (integer and not float(v).is_integer()) or not math.isfinite(v):
            raise ValueError(Message(
                QT_TRANSLATE_NOOP("Errors", "must be a whole number from {lo:g} to {hi:g}")
                if integer else
                QT_TRANSLATE_NOOP("Errors", "must be a number from {lo:g} to {hi:g}"),
                lo=lo, hi=hi))
        if not lo <= v <= hi:
            raise ValueError(Message(QT_TRANSLATE_NOOP("Errors", "must be from {lo:g} to {hi:g}"),
                                     lo=lo, hi=hi))
        return int(v) if integer else float(v)
    return check


def _flag(v):
    if not isinstance(v, bool):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "must be true or false"))
    return v


def _layers(v):
    if not isinstance(v, list) or not all(isinstance(n, int) and not isinstance(n, bool)
                                          for n in v):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "must be a list of whole numbers such as "
                                                     "[784, 16, 16, 10]"))
    try:
        check_sizes(tuple(v))
    except ConfigError as e:
        raise ValueError(Trimmed(e.message, suffix=".")) from None
    return list(v)


def _keys(v):
    if not isinstance(v, list) or not all(isinstance(k, str) and KEY.match(k) for k in v):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "must be a list of view names such as "
                                                     "[\"pointmap\"]"))
    return list(dict.fromkeys(v))


def _key_or_none(v):
    if v is not None and not (isinstance(v, str) and KEY.match(v)):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "must be a name such as \"lesson-3\", or "
                                                     "null"))
    return v


def _preset(v):
    if v is None:
        return None
    try:
        return canonical(v)
    except (KeyError, TypeError):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Errors", "must be one of {presets}, or null"),
                                 presets=", ".join(PRESETS))) from None


# What a preset sets, as the window's preset list applies it (controls.apply_preset).
PRESET_FIELDS = ("layers", "activation", "output", "cost", "init", "lr", "momentum", "l2",
                 "schedule", "batch_size", "epochs", "seed")

# section -> field -> (default, check). The ranges are the window's controls'.
FIELDS = {
    "network": {
        "layers": (list(DEFAULTS.layers), _layers),
        "activation": (DEFAULTS.activation, _choice(CHOICES["activation"])),
        "output": (DEFAULTS.output, _choice(CHOICES["output"])),
        "cost": (DEFAULTS.cost, _choice(CHOICES["cost"])),
        "init": (DEFAULTS.init, _choice(CHOICES["init"])),
        "seed": (DEFAULTS.seed, _number(0, 2**31 - 1, integer=True)),
    },
    "training": {
        "lr": (DEFAULTS.lr, _number(0.0001, 100.0)),
        "batch_size": (DEFAULTS.batch_size, _number(1, 60000, integer=True)),
        "momentum": (DEFAULTS.momentum, _number(0.0, 0.999)),
        "l2": (DEFAULTS.l2, _number(0.0, 1000.0)),
        "dropout": (DEFAULTS.dropout, _number(0.0, 0.9)),
        "schedule": (DEFAULTS.schedule, _choice(CHOICES["schedule"])),
        "epochs": (DEFAULTS.epochs, _number(1, 10000, integer=True)),
        "augment": (False, _flag),
        "augment_noise": (0.0, _number(0.0, 1.0)),
        "augment_rotate": (0.0, _number(0.0, 45.0)),
        "augment_shift": (0, _number(0, 6, integer=True)),
        "speed": (100, _number(0, 100, integer=True)),
        "autosave_every": (0, _number(0, 1000, integer=True)),
    },
    "data": {"dataset": (DEFAULTS.dataset, _choice(CHOICES["dataset"]))},
    "preset": (None, _preset),
    "views": ([], _keys),
    "lesson": (None, _key_or_none),
}
SECTIONS = ("network", "training", "data")

# `nnviz gui` option for each field (section.field); `--view` may repeat.
FLAGS = {f"{s}.{f}": "--" + f.replace("_", "-") for s in SECTIONS for f in FIELDS[s]}
FLAGS.update({"data.dataset": "--dataset", "preset": "--preset", "views": "--views",
              "lesson": "--lesson"})


def defaults():
    """The setup of a fresh window: every field at its default."""
    out = {s: {f: _copy(d) for f, (d, _) in FIELDS[s].items()} for s in SECTIONS}
    out.update({k: _copy(FIELDS[k][0]) for k in ("preset", "views", "lesson")})
    return out


def _copy(v):
    return list(v) if isinstance(v, list) else v


def validate(raw, known_views=None, known_lessons=None, name=str,
             what=QT_TRANSLATE_NOOP("Errors", "this setup")):
    """A complete, checked setup from a dict as read from JSON, or a ConfigError naming every
    bad field in one sentence. `known_views`/`known_lessons`, when given, are the keys the
    window has; a setup naming another is refused too. `name(key)` says how a field is called
    in the message ("training.lr" in a file, "--lr" on the command line)."""
    problems = []
    if not isinstance(raw, dict):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "this is not an nnviz setup: the file "
                                                      "holds no JSON object."))
    if raw.get("format") != FORMAT:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "this is not an nnviz setup: its \"format\" "
                                                      "is not \"{format}\"."), format=FORMAT)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "this nnviz setup has no valid "
                                                      "\"version\"."))
    if version > VERSION:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "this setup was written by a newer nnviz "
                                                      "(setup version {version}; this one reads "
                                                      "up to {newest}): update nnviz to open it."),
                          version=version, newest=VERSION)
    out = defaults()
    try:                        # a preset's values stand in for the fields a file leaves out
        _overlay_preset(out, FIELDS["preset"][1](raw.get("preset")))
    except ValueError:
        pass                    # reported with the other fields below
    for key in raw:
        if key not in FIELDS and key not in ("format", "version"):
            problems.append(Message(QT_TRANSLATE_NOOP("Errors", "{field} is not a setup field"),
                                    field=name(key)))
    for section in SECTIONS:
        given = raw.get(section, {})
        if not isinstance(given, dict):
            problems.append(Message(QT_TRANSLATE_NOOP("Errors", "{field} must be an object"),
                                    field=name(section)))
            continue
        for field, value in given.items():
            if field not in FIELDS[section]:
                problems.append(Message(QT_TRANSLATE_NOOP("Errors", "{field} is not a setup "
                                                                    "field"),
                                        field=name(section + "." + field)))
                continue
            try:
                out[section][field] = FIELDS[section][field][1](value)
            except ValueError as e:
                problems.append(_bad(name(section + "." + field), e, value))
    for key in ("preset", "views", "lesson"):
        if key in raw:
            try:
                out[key] = FIELDS[key][1](raw[key])
            except ValueError as e:
                problems.append(_bad(name(key), e, raw[key]))
    if known_views is not None:
        unknown = [v for v in out["views"] if v not in known_views]
        if unknown:
            problems.append(Message(QT_TRANSLATE_NOOP("Errors", "{field} names {views}, which "
                                                                "this nnviz does not have"),
                                    field=name("views"), views=", ".join(unknown)))
    if known_lessons is not None and out["lesson"] is not None \
            and out["lesson"] not in known_lessons:
        problems.append(Message(QT_TRANSLATE_NOOP("Errors", "{field} {lesson} is not a lesson "
                                                            "this nnviz has"),
                                field=name("lesson"), lesson=out["lesson"]))
    if problems:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be used: {problems}."),
                          what=what, problems=Joined("; ", problems))
    if out["preset"] is not None and not matches_preset(out):
        out["preset"] = None      # changed since: as the window's list says "your own settings"
    return out


def _preset_values(name):
    p = PRESETS[name]
    return {f: list(getattr(p, f)) if f == "layers" else getattr(p, f) for f in PRESET_FIELDS}


def matches_preset(setup):
    """True when every field a preset sets still has the preset's value."""
    want = _preset_values(setup["preset"])
    return all(setup[section][field] == want[field] for section in ("network", "training")
               for field in setup[section] if field in want)


def _bad(field, problem, value):
    return Message(QT_TRANSLATE_NOOP("Errors", "{field} {problem} (got {value})"),
                   field=field, problem=problem, value=_shown(value))


def _shown(v):
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, float) or math.isfinite(v) \
        else str(v)
    return text if len(text) <= 40 else text[:40] + "…"


def loads(text, **known):
    """Parse and validate the text of a setup file."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "this setup is not valid JSON ({e})."),
                          e=e) from None
    return validate(raw, **known)


def read(path, **known):
    try:
        with open(path, "rb") as f:
            data = f.read(1_000_001)
    except OSError as e:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "cannot read the setup {path}: {reason}."),
                          path=path, reason=e.strerror or e) from None
    if len(data) > 1_000_000:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{path} is too large to be an nnviz setup."),
                          path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{path} is not a text file, so not an "
                                                      "nnviz setup."), path=path) from None
    try:
        return loads(text, **known)
    except ConfigError as e:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{path}: {e}"), path=path, e=e) from None


def dumps(setup):
    """A checked setup as the JSON text of a file."""
    setup = validate({"format": FORMAT, "version": VERSION, **setup})
    return json.dumps({"format": FORMAT, "version": VERSION, **setup}, indent=2) + "\n"


def write(path, setup):
    from nnviz.core.files.atomic import write_atomically
    text = dumps(setup).encode("utf-8")
    return write_atomically(path, lambda f: f.write(text))


def _overlay_preset(setup, preset):
    if preset is None:
        return
    values = _preset_values(preset)
    for section in ("network", "training"):
        for field in setup[section]:
            if field in values:
                setup[section][field] = values[field]


def from_options(options, base=None, **known):
    """A setup from `nnviz gui` options ({"training.lr": 0.1, "views": [...], ...}, None for an
    option not given) laid over `base` (a setup from --setup FILE, else the defaults); a preset
    among them fills what the other options leave out."""
    raw = {key: (dict(value) if isinstance(value, dict) else value)
           for key, value in (base or defaults()).items()}
    preset = options.get("preset")
    if preset:
        try:
            _overlay_preset(raw, canonical(preset))
        except KeyError:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "there is no preset called "
                                                          "{preset!r}; the presets are "
                                                          "{presets}."),
                              preset=preset, presets=", ".join(PRESETS)) from None
        raw["preset"] = preset
    for key, value in options.items():
        if value is None or key == "preset":
            continue
        section, _, field = key.partition(".")
        if field:
            raw[section][field] = value
        else:
            raw[key] = value
    return validate({"format": FORMAT, "version": VERSION, **raw},
                    name=lambda key: FLAGS.get(key, key),
                    what=QT_TRANSLATE_NOOP("Errors", "these options"), **known)


def command(setup, program="nnviz"):
    """The `nnviz gui …` command line that sets the window up as `setup` does (a string): the
    preset, the dataset and the seed, and every field that differs from what they give."""
    setup = validate({"format": FORMAT, "version": VERSION, **setup})
    base = from_options({"preset": setup["preset"]}) if setup["preset"] else defaults()
    argv = [program, "gui"]
    if setup["preset"]:
        argv += ["--preset", setup["preset"]]
    for section in SECTIONS:
        for field, value in setup[section].items():
            # The dataset and the seed always: they say what the run is, and a command with no
            # setup option at all would leave the window as the student last had it.
            if value == base[section][field] and field not in ("dataset", "seed"):
                continue
            flag = FLAGS[f"{section}.{field}"]
            if isinstance(value, bool):
                argv.append(flag if value else f"--no-{flag[2:]}")
            elif isinstance(value, list):
                argv += [flag, ",".join(map(str, value))]
            else:
                argv += [flag, _number_text(value)]
    if setup["views"]:
        argv += ["--views", ",".join(setup["views"])]
    if setup["lesson"]:
        argv += ["--lesson", setup["lesson"]]
    return shlex.join(argv)


def _number_text(v):
    return repr(v) if isinstance(v, float) else str(v)
