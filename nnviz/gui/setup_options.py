"""The `nnviz gui` options that set the window up: `--setup FILE` and one option per setup field.

Every field of a setup (`nnviz.core.files.setup_file`) has an option of the same name as
`nnviz train`'s (`--lr`, `--batch-size`, `--layers` …), so "Copy setup as command" can print a
command that does what the file does, and a teacher can write one by hand. The options are
laid over the file (an option wins), a `--preset` fills what neither gives, and the result is
checked as a whole before the window applies any of it. Plain argparse, no Qt.
"""

import argparse

from nnviz.core.errors import ConfigError
from nnviz.core.files import setup_file
from nnviz.core.network import parse_layers
from nnviz.gui.i18n import text_of

# Options nnviz.gui.app defines itself (the window has always taken them).
OWN = ("data.dataset", "preset")


def _layers(text):
    try:
        return list(parse_layers(text))
    except ConfigError as e:
        raise argparse.ArgumentTypeError(text_of(e)) from None


def _names(text):
    return [k.strip() for k in text.split(",") if k.strip()]


def add_arguments(p):
    g = p.add_argument_group("setting the window up (a lesson's setup; the options win over "
                             "--setup, a --preset fills what they leave out)")
    g.add_argument("--setup", metavar="FILE", help="open this setup file (File ▸ Save setup…)")
    for key, flag in setup_file.FLAGS.items():
        if key in OWN:
            continue
        section, _, field = key.partition(".")
        default = setup_file.FIELDS[section][field][0] if field else None
        dest = field or key
        if key == "network.layers":
            g.add_argument(flag, dest=dest, type=_layers, metavar="784,16,16,10")
        elif key == "views":
            g.add_argument(flag, dest=dest, type=_names, metavar="KEY,KEY",
                           help="the views and panels to bring to the front")
        elif isinstance(default, bool):
            g.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction, default=None)
        elif isinstance(default, (int, float)):
            g.add_argument(flag, dest=dest, type=type(default), metavar="N")
        else:
            g.add_argument(flag, dest=dest, metavar=field.upper() if field else key.upper())


def options(args):
    """{setup field: value or None} from parsed arguments."""
    return {key: getattr(args, key.partition(".")[2] or key, None)
            for key in setup_file.FLAGS}


def requested(args):
    """True when the command line asks for a setup at all."""
    return getattr(args, "setup", None) is not None or any(
        v is not None for k, v in options(args).items() if k != "data.dataset")


def setup_from_args(args, **known):
    """The checked setup the command line asks for, or None when it asks for none."""
    if not requested(args):
        return None
    base = setup_file.read(args.setup, **known) if args.setup else None
    return setup_file.from_options(options(args), base=base, **known)
