"""`nnviz download`: fetch MNIST into the user cache, with checksums verified."""

from nnviz.cli.language import fmt, translate
from nnviz.cli.progress import download_bar
from nnviz.core.data import cache_dir, download_mnist


def add_arguments(p):
    p.add_argument("--to", metavar="DIR", help=translate(
        "Download", "folder to download into (default: the user cache)"))


def run(args):
    dest = args.to or (cache_dir() / "mnist")
    folder = download_mnist(dest, progress=download_bar())
    print(fmt(translate("Download", "MNIST is in {folder}"), folder=folder))
    return 0
