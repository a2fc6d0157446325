"""The names of the training choices (activation, output, cost, initialisation, schedule) in the
window's language.

The core keeps each choice as a fixed English key ("cross-entropy", "scaled"), which setups,
settings files and the command line store and parse; a person reads its name, which a German
class writes "Kreuzentropie". The combo boxes hold the key as their item data and show `shown`
of it, and the status line describes the network with the same names, so one choice has one
name on screen. A key without a name here (none today) is shown as it is.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ChoiceNames"
NAMES = {
    "sigmoid": QT_TRANSLATE_NOOP("ChoiceNames", "sigmoid"),
    "relu": QT_TRANSLATE_NOOP("ChoiceNames", "ReLU"),
    "tanh": QT_TRANSLATE_NOOP("ChoiceNames", "tanh"),
    "softmax": QT_TRANSLATE_NOOP("ChoiceNames", "softmax"),
    "quadratic": QT_TRANSLATE_NOOP("ChoiceNames", "quadratic"),
    "cross-entropy": QT_TRANSLATE_NOOP("ChoiceNames", "cross-entropy"),
    "normal": QT_TRANSLATE_NOOP("ChoiceNames", "normal"),
    "scaled": QT_TRANSLATE_NOOP("ChoiceNames", "scaled"),
    "constant": QT_TRANSLATE_NOOP("ChoiceNames", "constant"),
    "step": QT_TRANSLATE_NOOP("ChoiceNames", "step"),
    "cosine": QT_TRANSLATE_NOOP("ChoiceNames", "cosine"),
}


def shown(key):
    """The name a person reads for choice `key`."""
    return QCoreApplication.translate(CONTEXT, NAMES[key]) if key in NAMES else key
