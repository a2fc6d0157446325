"""Text from files shown as text: never as markup, in labels, rich labels or tooltips.

Qt guesses whether a label's or tooltip's string is rich text, so a class name such as
`<img src=…>` was drawn as a picture in the "What each neuron sees" caption. Names are cleaned
of control characters where they enter (`nnviz.core.text`); here they are kept from being read
as HTML: `escape` for a name placed inside a rich-text label, `tooltip` for a tooltip that must
show its text literally whatever it holds, `plain_label` for a QLabel that only ever shows text,
and `literal` for a message box's text (alerts.py).
"""

import html

from PySide6.QtCore import Qt


def escape(text):
    """`text` (any object) safe to put inside a rich-text string."""
    return html.escape(str(text), quote=False)


def tooltip(text):
    """A tooltip string that shows `text` literally, line breaks kept (Qt would otherwise guess
    at rich text and render a tag in it)."""
    return "<p style='white-space:pre'>" + escape(text) + "</p>"


def plain_label(label):
    """Make `label` (a QLabel) show its text as plain text; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def literal(text):
    """A rich-text string that shows `text` exactly: its characters, its line breaks and its
    indentation. For a message box, which (like a label) guesses at rich text and has no
    text-format setting in its one-call form."""
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"
