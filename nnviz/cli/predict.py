"""`nnviz predict`: classify image files with a saved model.

Images of any size go through the drawing pad's MNIST-style preprocessing (crop to the ink, fit
into 20×20, centre the centre of mass in 28×28), after inverting a dark-on-light picture so that
ink is bright as in MNIST; `--raw` feeds a 28×28 image exactly as it is.
"""

import contextlib
import json
import math
import os
import sys
from pathlib import Path

import numpy as np

from nnviz.cli.language import fmt, text_of, translate
from nnviz.gui.image_files import read_grey
from nnviz.core.errors import DataError
from nnviz.core.files.model_io import load_model
from nnviz.core.preprocess import to_mnist_image
from nnviz.core.text import for_terminal


def add_arguments(p):
    p.add_argument("model", metavar="MODEL.npz")
    p.add_argument("images", metavar="IMAGE", nargs="+")
    p.add_argument("--raw", action="store_true",
                   help=translate("Predict", "feed 28×28 images as they are (white ink on "
                                  "black, like MNIST)"))
    p.add_argument("--json", action="store_true",
                   help=translate("Predict", "one JSON object per image on stdout"))


@contextlib.contextmanager
def _decoder_messages_hidden():
    """libpng writes its own complaint ("libpng error: Read Error") straight to file descriptor
    2, past Qt's message handler; the DataError that follows already says it in one sentence."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def run(args):
    net, classes = load_model(args.model)
    n_in = net.sizes[0]
    side = math.isqrt(n_in)
    model = Path(args.model).name
    if side * side != n_in:
        raise DataError(fmt(translate(
            "Predict", "{model}: the network takes {n} inputs, which is not a square image, so "
            "it cannot classify pictures."), model=model, n=n_in))
    if side != 28 and not args.raw:
        raise DataError(fmt(translate(
            "Predict", "{model}: the network takes {side}×{side} images, but pictures are "
            "prepared as 28×28 like MNIST; pass --raw with {side}×{side} images."),
                model=model, side=side))
    for name in args.images:
        with _decoder_messages_hidden():
            grey = read_grey(name)
        if args.raw:
            if grey.shape != (side, side):
                raise DataError(fmt(translate(
                    "Predict", "{name}: --raw needs a {side}×{side} image; this one is "
                    "{w}×{h}."), name=name, side=side, w=grey.shape[1], h=grey.shape[0]))
            x = grey
        else:
            try:
                x = to_mnist_image(grey)
            except ValueError as e:   # the preprocessing's own checks, named for the file
                raise DataError(fmt(translate("Predict", "{name}: cannot be prepared as a "
                                                         "digit ({reason})."),
                                    name=name, reason=text_of(e))) from None
        outputs = net.feedforward(x.reshape(1, -1).astype(net.dtype))[0]
        k = int(np.argmax(outputs))
        if args.json:   # json.dumps escapes control characters and lone surrogates itself
            print(json.dumps({"file": name, "digit": classes[k],
                              "outputs": [round(float(v), 6) for v in outputs]}))
        else:           # a file or class name must not move the cursor or forge a line
            print(for_terminal(f"{name}: {classes[k]}   " + " ".join(
                f"{c}:{v:.3f}" for c, v in zip(classes, outputs))))
    return 0
