"""The diagram's input caption in the window's language.

The window's model is Qt-free, so it names its inputs in English ("training example 4,213",
"your drawing"); whatever shows such a caption passes it through `input_caption`. Captions a
panel wrote itself are translated already and pass through unchanged.
"""

import re

from PySide6.QtCore import QCoreApplication

from nnviz.gui.i18n import fmt


def input_caption(caption):
    if caption == "your drawing":
        return QCoreApplication.translate("InputCaption", "your drawing")
    found = re.fullmatch(r"training example ([\d,]+)", caption or "")
    if found:
        return fmt(QCoreApplication.translate("InputCaption", "training example {i:,}"),
                   i=int(found[1].replace(",", "")))
    return caption
