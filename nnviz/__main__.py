"""Entry point for `nnviz` and `python -m nnviz`: the GUI by default, or a subcommand.

Every error a person can cause reaches here as an `NnvizError` and is printed as one sentence
with exit code 2 — never a traceback. Ctrl+C ends with exit code 130 and no traceback either.
"""

import argparse
import sys

from nnviz.core.errors import NnvizError
from nnviz.core.text import for_terminal

COMMANDS = ("gui", "train", "predict", "download", "desktop", "bench")


def build_parser():
    from nnviz.cli import desktop, download, predict, train

    p = argparse.ArgumentParser(prog="nnviz", description="Watch a neural network learn to read "
                                "handwritten digits. Without a command, opens the window.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    train.add_arguments(sub.add_parser("train", help="train from the command line"))
    predict.add_arguments(sub.add_parser("predict", help="classify image files with a model"))
    download.add_arguments(sub.add_parser("download", help="download MNIST into the user cache"))
    desktop.add_arguments(sub.add_parser("desktop", help="add nnviz to (or remove it from) "
                                         "your application menu"))
    gui = sub.add_parser("gui", help="open the window (the default)")
    try:
        from nnviz.gui import app
        app.add_arguments(gui)
    except ImportError:
        pass
    try:
        from nnviz.bench import cli as bench
        bench.add_arguments(sub.add_parser("bench", help="measure training and GUI speed"))
    except ImportError:
        pass
    return p


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] not in COMMANDS + ("-h", "--help"):
        argv = ["gui"] + argv
    if argv[0] != "gui":    # the window installs its own translators (it has --lang)
        from nnviz.cli import language
        language.install()
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
        print(f"nnviz: {for_terminal(e)}", file=sys.stderr)
        return 2
    except OSError as e:   # a file the OS refused, not caught nearer its cause: still one line
        print(f"nnviz: {for_terminal(e)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nnviz: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
