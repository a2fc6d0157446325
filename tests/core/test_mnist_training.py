"""Real MNIST: the seed's setup learns in one epoch, and the presets reach their promised accuracy.

These need the real files (the `mnist` fixture skips with a reason when they are absent). The
one-epoch check is quick; the preset runs go through the CLI exactly as a user would type them,
take minutes, and are marked slow.

Measured on the development machine, one epoch of the lessons' 784-16-16-10: with the seed's
sigmoid/quadratic/N(0,1) at η = 3.0 it reaches only 88.7–90.0 % (seeds 0–4), too close to call;
with the 3b1b preset's choices (softmax, cross-entropy, scaled init, momentum, cosine η) it
reaches 93.4–93.6 % (seeds 0–2), so that is the one-epoch check. The seed's own setup is checked
over 30 epochs in the slow test below.
"""

import json

import pytest

from nnviz.__main__ import main
from nnviz.core.network import Network
from nnviz.core.presets import PRESETS
from nnviz.core.training import Trainer


@pytest.mark.mnist
def test_one_epoch_of_784_16_16_10_exceeds_90_percent(mnist):
    p = PRESETS["3b1b-96"]
    net = Network.create(p.layers, p.activation, p.output, p.cost, p.init, seed=0)
    trainer = Trainer(net, mnist.train_images, mnist.train_labels, mnist.test_images,
                      mnist.test_labels, lr=p.lr, batch_size=p.batch_size,
                      momentum=p.momentum, l2=p.l2, schedule=p.schedule, seed=0,
                      snapshot_every=1000)
    snaps = list(trainer.snapshots(1))
    last = snaps[-1]
    assert last.epoch_end and last.samples_seen == 60000 and last.step == 6000
    assert last.test_accuracy > 0.90, f"test accuracy {last.test_accuracy:.2%} after one epoch"


def run_preset(capsys, mnist_path, preset, *extra):
    """`nnviz train --preset … --json` exactly as a user types it; one dict per epoch."""
    code = main(["train", "--preset", preset, "--data", str(mnist_path), "--json", *extra])
    out = capsys.readouterr().out
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.slow
@pytest.mark.mnist
def test_preset_3b1b_reaches_96_percent(capsys, mnist_path):
    # Measured: 96.37 % after 30 epochs with η = 0.1 (96.15 % with the earlier η = 0.05), in
    # about 10 s with one BLAS thread.
    epochs = run_preset(capsys, mnist_path, "3b1b")
    assert [e["epoch"] for e in epochs] == list(range(1, 31))
    assert epochs[-1]["test_accuracy"] >= 0.96, epochs[-1]


@pytest.mark.slow
@pytest.mark.mnist
def test_preset_98_reaches_98_percent(capsys, mnist_path):
    # Measured: 98.79 % after 20 epochs; about 92 s with one BLAS thread on an idle machine
    # (4 s an epoch), but 12 minutes when the two cores were shared with other busy processes.
    epochs = run_preset(capsys, mnist_path, "98")
    assert [e["epoch"] for e in epochs] == list(range(1, 21))
    assert epochs[-1]["test_accuracy"] >= 0.98, epochs[-1]


@pytest.mark.slow
@pytest.mark.mnist
@pytest.mark.parametrize("layers, at_least", [
    # Nielsen's published network: his book reports about 95 %; measured 94.96–95.27 % (seeds 0–2).
    ("784,30,10", 0.945),
    # The lessons' 784-16-16-10 with the same setup: measured 92.64–94.35 % over seeds 0–4
    # (92.64 % for seed 0); docs/lessons.md states this shortfall from 94 % plainly.
    ("784,16,16,10", 0.92),
])
def test_the_seed_setup_reproduces_its_behaviour(capsys, mnist_path, layers, at_least):
    epochs = run_preset(capsys, mnist_path, "seed", "--layers", layers)
    assert len(epochs) == 30
    assert epochs[-1]["test_accuracy"] >= at_least, epochs[-1]

