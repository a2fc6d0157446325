"""Class names in the window's language, and the sentence that names the network's answer.

The core names Fashion-MNIST's classes in English (`nnviz.core.data.dataset.FASHION_CLASSES`)
and never imports Qt; whatever shows a class name passes it through `shown`. Digits and the
names of an imported dataset (the user's own words) pass unchanged. `answer` words the network's
answer by the kind of class: a digit takes an article ("It's an 8"), which every shipped
language can give it (a digit's gender is fixed: "eine 8", "un 8"); a named class gets a
sentence without one ("Recognised: Sandal"), because "a/an {name}" left the translator to guess
an article for a noun the sentence could not know. `kind` tells the places that speak of the
classes as a group ("Draw a digit") which words are true for the data on screen.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ClassNames"
FASHION = (QT_TRANSLATE_NOOP("ClassNames", "T-shirt/top"),
           QT_TRANSLATE_NOOP("ClassNames", "Trouser"),
           QT_TRANSLATE_NOOP("ClassNames", "Pullover"),
           QT_TRANSLATE_NOOP("ClassNames", "Dress"),
           QT_TRANSLATE_NOOP("ClassNames", "Coat"),
           QT_TRANSLATE_NOOP("ClassNames", "Sandal"),
           QT_TRANSLATE_NOOP("ClassNames", "Shirt"),
           QT_TRANSLATE_NOOP("ClassNames", "Sneaker"),
           QT_TRANSLATE_NOOP("ClassNames", "Bag"),
           QT_TRANSLATE_NOOP("ClassNames", "Ankle boot"))
SURE = 0.5      # from this output on the answer is said plainly, below it as a guess
KEEP = "\u00a0"  # a no-break space


def shown(name):
    """`name` as the window shows it: a Fashion-MNIST class translated, anything else as is."""
    return QCoreApplication.translate(CONTEXT, name) if name in FASHION else name


def shown_all(names):
    return tuple(shown(name) for name in names)


DIGITS, CLOTHES, OTHER = "digits", "clothes", "other"


def kind(names):
    """What the classes are, for the sentences that name them as a group ("Draw a digit"):
    DIGITS when every name is a number (MNIST, the synthetic digits, a folder of 0–9),
    CLOTHES for Fashion-MNIST's ten, OTHER for anything else a person imported."""
    names = tuple(names)
    if names and all(name.isdigit() for name in names):
        return DIGITS
    return CLOTHES if names == FASHION else OTHER


def answer(name, value, text):
    """The headline for class `name` (English, as the dataset names it) with output `value`,
    shown as `text` ("97 %", "0.87"). Each call is spelt out in full for lupdate to find."""
    sure, text = value >= SURE, text.replace(" ", KEEP)   # "(44 %)" never breaks before "%"
    if not name.isdigit():
        if sure:
            sentence = QCoreApplication.translate(
                "ClassNames", "Recognised: {name} ({value})", "a class name, without an article")
        else:
            sentence = QCoreApplication.translate(
                "ClassNames", "Perhaps: {name} ({value})", "a class name, without an article")
        return sentence.format(name=shown(name), value=text)
    an = name[:1] == "8" or name in ("11", "18")       # "an 8", "an 11"; "a 3"
    if sure and an:
        sentence = QCoreApplication.translate(
            "ClassNames", "It's an {digit} ({value})", "a digit said with 'an'")
    elif sure:
        sentence = QCoreApplication.translate(
            "ClassNames", "It's a {digit} ({value})", "a digit said with 'a'")
    elif an:
        sentence = QCoreApplication.translate(
            "ClassNames", "Maybe an {digit} ({value})", "a digit said with 'an'")
    else:
        sentence = QCoreApplication.translate(
            "ClassNames", "Maybe a {digit} ({value})", "a digit said with 'a'")
    return sentence.format(digit=name, value=text)
