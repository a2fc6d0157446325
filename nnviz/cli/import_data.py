"""`nnviz train --data-csv / --data-folder / --data-idx`: train on a person's own dataset.

The options and the one function `train` calls; the reading itself is `nnviz.core.data`'s.
What was skipped goes to stderr as one summary line and the first few reasons, so stdout stays
clean for `--json`; an import with nothing usable is an error like any other (exit code 2).
"""

import sys

from nnviz.cli.language import fmt, text_of, translate
from nnviz.cli.progress import ProgressBar
from nnviz.core.errors import ConfigError

SHOW_REASONS = 5      # skipped items listed on stderr; the rest are counted


def add_arguments(p):
    g = p.add_argument_group(translate("ImportData", "your own data (instead of --dataset)"))
    src = g.add_mutually_exclusive_group()
    src.add_argument("--data-csv", metavar="FILE", help=translate(
        "ImportData", "CSV with a label column then the pixels (label,pixel0,…,pixel783)"))
    src.add_argument("--data-folder", metavar="DIR", help=translate(
        "ImportData", "folder with one sub-folder of PNG/JPEG/BMP images per class"))
    src.add_argument("--data-idx", nargs=2, metavar=("IMAGES", "LABELS"), help=translate(
        "ImportData", "an IDX images file and its labels file (EMNIST, KMNIST …)"))
    g.add_argument("--test-csv", metavar="FILE",
                   help=translate("ImportData", "with --data-csv: a separate test CSV"))
    g.add_argument("--test-idx", nargs=2, metavar=("IMAGES", "LABELS"),
                   help=translate("ImportData", "with --data-idx: a separate test pair"))
    g.add_argument("--class-names", metavar="FILE", help=translate(
        "ImportData", "class names, one per line (or EMNIST's mapping file)"))
    g.add_argument("--test-fraction", type=float, default=0.2, metavar="F", help=translate(
        "ImportData", "share of each class held back for testing when no test set is given "
        "(default 0.2; which images, is fixed by --seed)"))


def wanted(args):
    return bool(args.data_csv or args.data_folder or args.data_idx)


def load(args, seed):
    """The imported Dataset; the report goes to stderr."""
    from nnviz.core.data.csv_import import import_csv
    from nnviz.core.data.folder_import import import_folder
    from nnviz.core.data.idx_import import import_idx, read_class_names

    if args.dataset:
        raise ConfigError(translate("ImportData", "use either --dataset or "
                                    "--data-csv/--data-folder/--data-idx, not both."))
    if args.test_csv and not args.data_csv or args.test_idx and not args.data_idx:
        raise ConfigError(translate("ImportData", "--test-csv goes with --data-csv, and "
                                    "--test-idx with --data-idx."))
    common = dict(test_fraction=args.test_fraction, seed=seed, progress=_bar())
    if args.data_csv:
        names = read_class_names(args.class_names) if args.class_names else None
        data, report = import_csv(args.data_csv, args.test_csv, names=names, **common)
    elif args.data_folder:
        if args.class_names:
            raise ConfigError(translate("ImportData", "--class-names does not apply to "
                                        "--data-folder: the sub-folder names are the class "
                                        "names."))
        from nnviz.gui.image_files import read_grey
        data, report = import_folder(args.data_folder, read_grey, **common)
    else:
        test = args.test_idx or (None, None)
        data, report = import_idx(*args.data_idx, *test, names=args.class_names, **common)
    print(f"nnviz: {text_of(report.summary())}", file=sys.stderr)
    for note in report.notes:
        print("  " + fmt(translate("ImportData", "note: {note}"), note=text_of(note)),
              file=sys.stderr)
    for item in report.skipped[:SHOW_REASONS]:
        print("  " + fmt(translate("ImportData", "skipped {where}: {reason}"),
            where=text_of(item.where), reason=text_of(item.reason)), file=sys.stderr)
    if report.n_skipped > SHOW_REASONS:
        print("  " + fmt(translate("ImportData", "… and {n:,} more skipped"),
            n=report.n_skipped - SHOW_REASONS), file=sys.stderr)
    return data


def _bar():
    bar, last = None, 0

    def progress(done, total, text):
        nonlocal bar, last
        if bar is None or done < last:     # a second file (the test set) starts a new bar
            bar = ProgressBar(translate("ImportData", "import"), total or 1)
        last = done
        bar.update(done, text)
        if total and done >= total:
            bar.close()
    return progress
