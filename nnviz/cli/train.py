"""`nnviz train`: train from the command line, report every epoch, optionally save the model.

Human-readable lines go to stdout and a progress bar to stderr; with `--json` stdout carries
exactly one JSON object per epoch and nothing else, so results can be piped into other tools.
"""

import json
import os
import time
from pathlib import Path

from nnviz.cli import import_data
from nnviz.cli.language import fmt, text_of, translate
from nnviz.cli.progress import ProgressBar, download_bar
from nnviz.core import presets
from nnviz.core.augment.jitter import Augment
from nnviz.core.config import CHOICES
from nnviz.core.data import load_dataset
from nnviz.core.errors import ConfigError
from nnviz.core.files.atomic import replace_target
from nnviz.core.files.model_io import save_model
from nnviz.core.network import check_seed, check_sizes, parse_layers


SMALL_LAYER = 100_000   # weights in the largest layer up to which one BLAS thread is faster


def add_arguments(p):
    p.add_argument("--preset", choices=sorted(presets.PRESETS) + sorted(presets.ALIASES),
                   help=translate("Train", "a complete setup: lessons (Nielsen's, the lessons' "
                                  "own), 3b1b-96 (784-16-16-10 → 96 %%), big-98 "
                                  "(784-512-256-10 → 98 %%); the older names seed, 3b1b and 98 "
                                  "still work"))
    p.add_argument("--data", metavar="DIR",
                   help=translate("Train", "folder holding the four MNIST .gz files"))
    p.add_argument("--dataset", choices=CHOICES["dataset"])
    p.add_argument("--download", action="store_true",
                   help=translate("Train", "download MNIST into the user cache if it is not "
                                  "found"))
    p.add_argument("--layers", type=_layers, metavar="784,16,16,10")
    p.add_argument("--activation", choices=CHOICES["activation"])
    p.add_argument("--output", choices=CHOICES["output"])
    p.add_argument("--cost", choices=CHOICES["cost"])
    p.add_argument("--init", choices=CHOICES["init"])
    p.add_argument("--lr", type=float, help=translate("Train", "learning rate η (default 3.0)"))
    p.add_argument("--momentum", type=float,
                   help=translate("Train", "momentum μ in [0, 1) (default 0)"))
    p.add_argument("--l2", type=float, help=translate("Train", "L2 regularisation λ (default 0)"))
    p.add_argument("--schedule", choices=CHOICES["schedule"])
    p.add_argument("--batch-size", type=int,
                   help=translate("Train", "mini-batch size (default 10)"))
    p.add_argument("--epochs", type=int, help=translate("Train", "epochs (default 30)"))
    p.add_argument("--seed", type=int,
                   help=translate("Train", "random seed for weights and shuffling (default 0)"))
    p.add_argument("--threads", type=int, default=None,
                   help=translate("Train", "BLAS threads (default: 1 for networks as small as "
                                  "the lessons', whose products gain nothing from threads while "
                                  "the data is gathered on the other core; NumPy's choice for "
                                  "larger ones)"))
    p.add_argument("--save", metavar="MODEL.npz",
                   help=translate("Train", "save the trained model here"))
    p.add_argument("--json", action="store_true",
                   help=translate("Train", "one JSON object per epoch on stdout"))
    p.add_argument("--augment-noise", type=float, default=0.0, metavar="S",
                   help=translate("Train", "augment: add Gaussian noise of σ = S to every "
                                  "training image (0–1)"))
    p.add_argument("--augment-rotate", type=float, default=0.0, metavar="DEG",
                   help=translate("Train", "augment: turn every training image by a random "
                                  "angle within ±DEG"))
    p.add_argument("--augment-shift", type=int, default=0, metavar="PX",
                   help=translate("Train", "augment: move every training image by up to ±PX "
                                  "whole pixels"))
    p.add_argument("--dropout", type=float, default=0.0, metavar="P",
                   help=translate("Train", "dropout: switch each hidden neuron off with "
                                  "probability P while training"))
    import_data.add_arguments(p)


def _layers(text):
    import argparse
    try:
        return parse_layers(text, bounded=False)   # the sizes are checked with the data's
    except ConfigError as e:
        raise argparse.ArgumentTypeError(text_of(e).rstrip(".")) from None


def run(args):
    o = presets.resolve(args.preset, dataset=args.dataset, layers=args.layers,
                        activation=args.activation, output=args.output, cost=args.cost,
                        init=args.init, lr=args.lr, momentum=args.momentum, l2=args.l2,
                        schedule=args.schedule, batch_size=args.batch_size, epochs=args.epochs,
                        seed=args.seed, dropout=args.dropout,
                        augment=Augment(args.augment_noise, args.augment_rotate,
                                        args.augment_shift))
    check_seed(o.seed)
    if args.save:   # found out now, not after an hour of training
        _check_writable(Path(args.save))
    if import_data.wanted(args):   # the person's own CSV, image folder or IDX pair
        data = import_data.load(args, seed=o.seed)
    else:
        data = load_dataset(o.dataset, data_dir=args.data, download=args.download,
                            progress=download_bar() if args.download else None)
    layers = tuple(o.layers)
    if args.layers is None:   # a preset's sizes adapt to the dataset's inputs and classes
        layers = o.sizes_for(data)
    elif layers[0] != data.n_inputs or layers[-1] != data.n_classes:
        raise ConfigError(fmt(translate(
            "Train", "{name} has {inputs} inputs and {classes} classes, so --layers must start "
            "with {inputs} and end with {classes}; got {layers}."),
                name=data.name, inputs=data.n_inputs, classes=data.n_classes,
                layers=",".join(map(str, layers))))
    check_sizes(layers)   # before any array is made: a 10,000,000-neuron layer is refused here
    if o.epochs < 1:
        raise ConfigError(fmt(translate("Train", "--epochs must be at least 1; got {n}."),
                              n=o.epochs))
    threads = args.threads
    if threads is not None and threads < 1:
        raise ConfigError(fmt(translate("Train", "--threads must be at least 1; got {n}."),
            n=threads))
    if threads is None and max(a * b for a, b in zip(layers, layers[1:])) <= SMALL_LAYER:
        threads = 1   # measured: 784-16-16-10 at batch 100, 620k samples/s with 1, 520k with 2
    if threads is not None:
        from threadpoolctl import threadpool_limits
        threadpool_limits(threads)
    net = o.make_network(layers)
    # max(…, 1): a batch size of 0 must reach the Trainer's own check, not divide by zero here.
    every = max(1, len(data.train_images) // max(o.batch_size, 1) // 100)
    trainer = o.make_trainer(net, data, snapshot_every=every)
    if not args.json:
        print(fmt(translate(
            "Train", "{name} ({origin}): {train} training, {test} test images; network "
            "{layers}, {activation}/{output}, {cost} cost, η={lr:g}, batch {batch}, {epochs} "
            "epochs, seed {seed}"),
                name=data.name, origin=data.origin, train=len(data.train_images),
                test=len(data.test_images), layers="-".join(map(str, layers)),
                activation=o.activation, output=o.output, cost=o.cost, lr=o.lr,
                batch=o.batch_size, epochs=o.epochs, seed=o.seed), flush=True)
    epochs = o.epochs
    epoch_label = translate("Train", "epoch {epoch}/{epochs}")
    cost_label = translate("Train", "cost {cost:.4f}")
    epoch_line = translate("Train", "epoch {epoch:>3}/{epochs}  train cost {train_cost:.4f}  "
                           "test cost {test_cost:.4f}  test accuracy {accuracy:6.2f} %  "
                           "{seconds:6.2f} s  {speed:>9,} samples/s")
    bar = ProgressBar(fmt(epoch_label, epoch=1, epochs=epochs), len(data.train_images))
    t_epoch, secs_before = time.perf_counter(), 0.0
    for snap in trainer.snapshots(epochs):
        bar.label = fmt(epoch_label, epoch=snap.epoch, epochs=epochs)
        bar.update(snap.samples_seen - (snap.epoch - 1) * len(data.train_images),
                   fmt(cost_label, cost=snap.train_cost))
        if not snap.epoch_end:
            continue
        bar.close()
        now = time.perf_counter()
        train_secs = snap.seconds - secs_before
        result = {"epoch": snap.epoch, "train_cost": snap.train_cost, "test_cost": snap.test_cost,
                  "test_accuracy": snap.test_accuracy, "seconds": round(now - t_epoch, 4),
                  "samples_per_second": round(len(data.train_images) / max(train_secs, 1e-9))}
        t_epoch, secs_before = now, snap.seconds
        if args.json:
            print(json.dumps(result), flush=True)
        else:
            print(fmt(epoch_line, epoch=snap.epoch, epochs=epochs, train_cost=snap.train_cost,
                      test_cost=snap.test_cost, accuracy=snap.test_accuracy * 100,
                      seconds=result["seconds"], speed=result["samples_per_second"]), flush=True)
    if args.save:
        try:
            save_model(args.save, net, data.classes)
        except OSError as e:
            raise ConfigError(fmt(translate("Train", "could not save {path}: {reason}."),
                path=args.save, reason=e.strerror or e)) from None
        if not args.json:
            print(fmt(translate("Train", "saved {path}"), path=args.save))
    return 0


def _check_writable(path):
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ConfigError(fmt(translate("Train", "--save {path}: is a folder; give a file "
                                                 "name such as model.npz."), path=path))
    if not folder.is_dir():
        raise ConfigError(fmt(translate("Train", "--save {path}: the folder {folder} does "
                                                 "not exist."), path=path, folder=folder))
    if not os.access(folder, os.W_OK):
        raise ConfigError(fmt(translate("Train", "--save {path}: the folder {folder} is "
                                                 "not writable."), path=path, folder=folder))
    try:
        replace_target(path)   # a read-only file is refused now, not after the training
    except OSError as e:
        raise ConfigError(fmt(translate("Train", "--save {path}: {reason}"), path=path,
                              reason=text_of(e))) from None
