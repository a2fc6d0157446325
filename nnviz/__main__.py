"""Entry point for `nnviz` and `python -m nnviz`: the GUI by default, or a subcommand.

Every error a person can cause reaches here as an `NnvizError` and is printed as one sentence
with exit code 2 — never a traceback. `nnviz --lang de COMMAND …` speaks German whatever the
locale says (the commands follow the locale otherwise; the window has its own --lang). Ctrl+C ends with exit code 130 and no traceback either.
"""

import argparse
import sys

from nnviz.core.errors import NnvizError
from nnviz.core.text import for_terminal

COMMANDS = ("gui", "train", "predict", "download", "desktop", "bench")


def build_parser():
    from nnviz.cli import desktop, download, predict, train
    from nnviz.cli.language import translate

    p = argparse.ArgumentParser(prog="nnviz", description=translate(
        "Main", "Watch a neural network learn to read handwritten digits. Without a command, "
        "opens the window."))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    train.add_arguments(sub.add_parser("train", help=translate(
        "Main", "train from the command line")))
    predict.add_arguments(sub.add_parser("predict", help=translate(
        "Main", "classify image files with a model")))
    download.add_arguments(sub.add_parser("download", help=translate(
        "Main", "download MNIST into the user cache")))
    desktop.add_arguments(sub.add_parser("desktop", help=translate(
        "Main", "add nnviz to (or remove it from) your application menu")))
    gui = sub.add_parser("gui", help=translate("Main", "open the window (the default)"))
    try:
        from nnviz.gui import app
        app.add_arguments(gui)
    except ImportError:
        pass
    try:
        from nnviz.bench import cli as bench
        bench.add_arguments(sub.add_parser("bench", help=translate(
            "Main", "measure training and GUI speed")))
    except ImportError:
        pass
    return p


def _lang_option(argv):
    """The language `--lang X` / `--lang=X` asks for, if one nnviz speaks."""
    from nnviz.cli.language import SPOKEN
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else \
            (argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in SPOKEN:
            return value
    return None


def _leading_lang(argv):
    """(language, the rest) for `nnviz --lang de COMMAND …`: a --lang before a command other
    than gui sets the command line's language; before gui (or none) it stays the window's."""
    if argv[:1] == ["--lang"] and len(argv) >= 2:
        code, rest = argv[1], argv[2:]
    elif argv[:1] and argv[0].startswith("--lang="):
        code, rest = argv[0].partition("=")[2], argv[1:]
    else:
        return None, argv
    if rest[:1] and rest[0] in COMMANDS + ("-h", "--help") and rest[0] != "gui":
        return code, rest
    return None, argv


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    lang, argv = _leading_lang(argv)
    if not argv or argv[0] not in COMMANDS + ("-h", "--help"):
        argv = ["gui"] + argv
    helping = "-h" in argv or "--help" in argv
    if argv[0] != "gui" or helping:
        # The window installs its own translators (it has --lang) on its QApplication; its
        # help is printed before any window, in the language --lang (else the locale) asks for.
        from nnviz.cli import language
        language.install(_lang_option(argv) if argv[0] == "gui" else lang)
    args = build_parser().parse_args(argv)
    try:
        if args.command == "gui":
            from nnviz.gui import app
            return app.run(args)
        if args.command == "bench":
            from nnviz.bench import cli as bench
            return bench.run(args)
        module = __import__(f"nnviz.cli.{args.command}", fromlist=["run"])
        return module.run(args)
    except NnvizError as e:   # escaped: a message may quote a file's name or contents
        from nnviz.cli.language import text_of
        print(f"nnviz: {for_terminal(text_of(e))}", file=sys.stderr)
        return 2
    except OSError as e:   # a file the OS refused, not caught nearer its cause: still one line
        from nnviz.cli.language import text_of
        print(f"nnviz: {for_terminal(text_of(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nnviz: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
