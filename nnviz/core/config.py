"""One training configuration: what a preset names, the settings remember, the CLI parses and
the window trains with.

`TrainingConfig` holds every choice that decides a run — the data, the architecture, the
hyper-parameters, dropout and augmentation — and builds the network (`make_network`) and the
trainer (`make_trainer`) from them, so the Trainer call is written once. `CHOICES` gathers the
option vocabularies from the modules that define them (activations, costs, network, training,
data); the settings, the controls and the CLI import them here instead of retyping the names.
What stays out: how often snapshots are taken and whether blocks are gathered ahead, which
depend on who watches the run (the window or a terminal), not on the run itself.
"""

from dataclasses import asdict, dataclass, replace

from nnviz.core import costs
from nnviz.core.activations import HIDDEN, OUTPUT
from nnviz.core.data.sources import DATASETS
from nnviz.core.network import INITS, Network
from nnviz.core.training import SCHEDULES, Trainer

CHOICES = {
    "dataset": DATASETS,
    "activation": tuple(HIDDEN),
    "output": OUTPUT,
    "cost": costs.NAMES,
    "init": INITS,
    "schedule": SCHEDULES,
}


@dataclass(frozen=True)
class TrainingConfig:
    dataset: str = "mnist"
    layers: tuple = (784, 16, 16, 10)   # neurons per layer, input first
    activation: str = "sigmoid"         # σ of the hidden layers
    output: str = "sigmoid"
    cost: str = "quadratic"
    init: str = "normal"
    lr: float = 3.0                     # η
    momentum: float = 0.0               # μ
    l2: float = 0.0                     # λ
    schedule: str = "constant"
    batch_size: int = 10
    epochs: int = 30
    seed: int = 0
    dropout: float = 0.0                # p on the hidden layers while training
    augment: object = None              # an augment.jitter.Augment, or None

    def overridden(self, **overrides):
        """A copy with every override that is not None applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def as_dict(self):
        return asdict(self)

    def sizes_for(self, data):
        """The layer sizes with the input and output adapted to a dataset's pixels and classes."""
        return (data.n_inputs,) + tuple(self.layers[1:-1]) + (data.n_classes,)

    def make_network(self, sizes=None):
        """A fresh network of `sizes` (default: `layers`) with this configuration's choices."""
        return Network.create(tuple(sizes or self.layers), self.activation, self.output,
                              self.cost, self.init, self.seed)

    def make_trainer(self, net, data, *, snapshot_every, gather_ahead=True):
        """A trainer for `net` on a Dataset's splits with this configuration's
        hyper-parameters; raises ConfigError for settings that cannot train."""
        return Trainer(net, data.train_images, data.train_labels, data.test_images,
                       data.test_labels, lr=self.lr, batch_size=self.batch_size,
                       momentum=self.momentum, l2=self.l2, schedule=self.schedule,
                       seed=self.seed, dropout=self.dropout, augment=self.augment,
                       snapshot_every=snapshot_every, gather_ahead=gather_ahead)
