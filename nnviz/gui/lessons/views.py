"""The views in lesson order: which lesson each belongs to, for the tabs and the View menu.

The panels are found by `panels.discover()` in no teaching order; here each view key gets its
lesson, so the tab strips read from lesson 1 to 4 and the View menu groups them under headings.
A key not listed goes last, under "Beyond the lessons".
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

GROUPS = (  # lesson heading (translated when shown), view keys in the order taught
    (QT_TRANSLATE_NOOP("Views", "Lesson 1 · What is a neural network?"),
     ("pad", "weights", "sees", "data")),
    (QT_TRANSLATE_NOOP("Views", "Lesson 2 · Gradient descent"), ("cost", "landscape", "gradients")),
    (QT_TRANSLATE_NOOP("Views", "Lesson 3 · What backpropagation does"),
     ("backprop", "sensitivity")),
    (QT_TRANSLATE_NOOP("Views", "Lesson 4 · Backpropagation calculus"), ("chain",)),
    (QT_TRANSLATE_NOOP("Views", "Beyond the lessons"),
     ("controls", "lab", "evaluation", "robustness", "pointmap", "import")),
)


def rank(key):
    """Where a view comes in lesson order (unknown keys last)."""
    n = 0
    for _, keys in GROUPS:
        if key in keys:
            return n + keys.index(key)
        n += len(keys)
    return n


def in_lesson_order(panel_classes):
    """Panel classes sorted by area, then by lesson (for the tab strips)."""
    return sorted(panel_classes, key=lambda cls: (cls.area, rank(cls.key), cls.key))


def groups(keys):
    """(translated heading, [keys present]) for every group with at least one of `keys`, plus
    the keys no group names under the last heading."""
    keys = list(keys)
    named = {k for _, ks in GROUPS for k in ks}
    out = []
    for heading, ks in GROUPS:
        present = [k for k in ks if k in keys]
        if heading == GROUPS[-1][0]:
            present += [k for k in keys if k not in named]
        if present:
            out.append((QCoreApplication.translate("Views", heading), present))
    return out


def fill_view_menu(menu, docks, show):
    """The View menu: one heading per lesson; choosing a view shows and raises it (never hides).

    docks: key → QDockWidget with the window's keys ("weights", "panel_backprop", …);
    show(key): the window's way to bring a view to the front."""
    by_key = {k.removeprefix("panel_"): dock for k, dock in docks.items()}
    actions = {}
    for heading, keys in groups(by_key):
        menu.addSection(heading)
        for key in keys:
            action = menu.addAction(by_key[key].windowTitle())
            action.triggered.connect(lambda _=False, k=key: show(k))
            actions[key] = action
    return actions
