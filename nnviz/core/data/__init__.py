"""The data layer: IDX files, the Dataset the network trains on, and where datasets come from.

Callers normally need only `load_dataset`; the rest is exported for the CLI's `download`
command, for tests, and for people preparing their own MNIST-format sets. The synthetic digit
generator is deliberately not imported here, so loading real data never pays for it.
"""

from nnviz.core.data.dataset import Dataset, from_uint8, one_hot
from nnviz.core.data.download import MNIST_MIRRORS, download_mnist
from nnviz.core.data.idx import read_idx_images, read_idx_labels, read_idx_pair, write_idx
from nnviz.core.data.sources import cache_dir, find_mnist, load_dataset
from nnviz.core.data.verify import MNIST_PINS, verify_mnist
from nnviz.core.errors import DataError, DownloadError

__all__ = [
    "Dataset", "from_uint8", "one_hot",
    "MNIST_MIRRORS", "download_mnist",
    "read_idx_images", "read_idx_labels", "read_idx_pair", "write_idx",
    "cache_dir", "find_mnist", "load_dataset",
    "MNIST_PINS", "verify_mnist",
    "DataError", "DownloadError",
]
