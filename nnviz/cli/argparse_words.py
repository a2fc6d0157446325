"""argparse's own words ("usage:", "options", "invalid choice: …") in the command line's language.

argparse writes its headings, its help for -h and its error sentences itself, asking gettext for
each through the names `_` and `ngettext` it imported. nnviz keeps one set of translations, Qt's
(.ts/.qm), so `install` points those two names at a Qt lookup under the context "argparse";
`uninstall` gives argparse back gettext's. The sentences a person can meet are listed below with
QT_TRANSLATE_NOOP so that lupdate collects them (they must match argparse's text exactly: a
Python whose argparse words one differently shows that one in English). argparse's messages for
programmers (conflicting options, a bad `dest=`) are left out.
"""

import argparse

from nnviz.core.messages import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

_GETTEXT = (argparse._, argparse.ngettext)


def install(translate):
    """Let argparse's words come from `translate(context, text)` (Qt's, for the language the
    command line speaks). Words argparse asks for that nnviz has no translation of stay as
    they are."""
    def gettext(text):
        return translate("argparse", text) if text else text

    def ngettext(singular, plural, n):
        return gettext(singular if n == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext


def uninstall():
    """argparse asks gettext again (English for nnviz, which ships no gettext catalogue)."""
    argparse._, argparse.ngettext = _GETTEXT
