"""Names that come from files (class names, folder names) made safe to show anywhere.

A class name is whatever a file held: a model from a classmate, a class-names file, a folder's
name on disk. It reaches labels, axis ticks, tooltips, the terminal and files nnviz writes, so
it is cleaned once where it enters (`clean_name`): control characters (a terminal's escape
sequences, forged line breaks) and lone surrogates (a folder name that is not UTF-8, which
cannot be encoded again and made `predict` and ONNX export raise) become U+FFFD, and a name is
at most `MAX_NAME` characters (a million-character name stalled every repaint for a second).
`for_terminal` escapes what a terminal would act on in any other text printed from a file,
such as a file name. Rendering as plain text rather than rich text is the views' part.
"""

import unicodedata

MAX_NAME = 60          # characters of a class name; the longest Fashion-MNIST name has 11
REPLACEMENT = "\ufffd"


def _unsafe(c):
    return unicodedata.category(c) in ("Cc", "Cs") or c in "\u2028\u2029"


def clean_name(name):
    """`name` as a plain single-line string of at most MAX_NAME characters."""
    text = str(name)
    if len(text) > MAX_NAME:
        text = text[:MAX_NAME - 1] + "…"
    return "".join(REPLACEMENT if _unsafe(c) else c for c in text)


def for_terminal(text):
    """`text` with control characters and lone surrogates shown as escapes (\\x1b, \\udc80),
    so that printing it cannot move the cursor, recolour the terminal or forge a line."""
    return "".join(c.encode("unicode_escape").decode("ascii") if _unsafe(c) else c
                   for c in str(text))
