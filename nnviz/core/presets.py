"""Named training setups: the lessons' own, and the two reference results.

Each preset is a complete `TrainingConfig` (config.py), so a preset plus explicit flags is
always fully specified (explicit flags win). `lessons` is the setup of Nielsen's network.py that
the lessons build on; `3b1b-96` keeps the lessons' 784-16-16-10 but trains it with the choices
that reach 96 %; `big-98` is a larger network that reaches 98 %. docs/lessons.md records what each
measured. The keys used before (seed, 3b1b, 98) stay accepted as ALIASES, so old command lines
and scripts keep working; the new names no longer collide with the Seed setting.
The display names the GUI shows live beside the GUI (they are translated there).
"""

from dataclasses import replace

from nnviz.core.config import TrainingConfig

DEFAULTS = TrainingConfig()

PRESETS = {
    "lessons": DEFAULTS,
    "3b1b-96": replace(DEFAULTS, output="softmax", cost="cross-entropy", init="scaled", lr=0.1,
                       momentum=0.9, l2=5.0, schedule="cosine", batch_size=10, epochs=30),
    "big-98": replace(DEFAULTS, layers=(784, 512, 256, 10), activation="relu", output="softmax",
                      cost="cross-entropy", init="scaled", lr=0.05, momentum=0.9, l2=5.0,
                      schedule="cosine", batch_size=32, epochs=20),
}

ALIASES = {"seed": "lessons", "3b1b": "3b1b-96", "98": "big-98"}   # the names used before


def canonical(name):
    """The preset key for `name`, old names included; KeyError for an unknown one."""
    key = ALIASES.get(name, name)
    if key not in PRESETS:
        raise KeyError(name)
    return key


def resolve(preset=None, **overrides):
    """The preset's configuration (or the defaults), with every override that is not None."""
    return (PRESETS[canonical(preset)] if preset else DEFAULTS).overridden(**overrides)
