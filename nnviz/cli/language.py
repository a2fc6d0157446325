"""The command line's messages in the user's language, without starting Qt for English ones.

`nnviz train` and friends must start fast and work without a display. English, the source
language, needs nothing: `translate` hands the text back. For another language that nnviz
speaks, `install` loads Qt's core module (not its widgets), makes a QCoreApplication and
installs the same translators the window uses; `translate` then asks Qt, and so do argparse's
own words ("usage:", "options", its error sentences: `argparse_words`). The language comes
from the locale variables, as for other command-line programs; the window's remembered choice
(View ▸ Language) is the window's alone.
"""

import os

from nnviz.cli import argparse_words

SPOKEN = ("en", "de", "es", "fr")

_state = {"translate": None, "app": None}


def system_language(environ=None):
    """The language the locale variables ask for, if nnviz speaks it, else English.

    As in gettext: LC_ALL, LC_MESSAGES, then LANG name the locale; "C"/"POSIX" means English
    whatever LANGUAGE says; otherwise LANGUAGE's list of preferences comes first."""
    environ = os.environ if environ is None else environ
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if locale.split(".")[0] in ("C", "POSIX"):
        return "en"
    for name in environ.get("LANGUAGE", "").split(":") + [locale]:
        code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in SPOKEN:
            return code
    return "en"


def install(language=None):
    """Translate the command line's messages into `language` (default: the locale's; one nnviz
    does not speak means English). Returns the language in use."""
    language = language or system_language()
    if language not in SPOKEN:
        language = "en"
    if language == "en":
        argparse_words.uninstall()
        _state.update(translate=None)
        return "en"
    try:
        from PySide6.QtCore import QCoreApplication

        from nnviz.gui import i18n
    except ImportError:     # no Qt: English still works
        return "en"
    app = QCoreApplication.instance() or QCoreApplication([])
    if not i18n.install(app, language):
        return "en"
    _state.update(translate=QCoreApplication.translate, app=app)
    argparse_words.install(QCoreApplication.translate)
    return language


def translate(context, text):
    """`text` in the installed language (lupdate reads `translate("Context", "…")` calls)."""
    fn = _state["translate"]
    return text if fn is None else fn(context, text)


def text_of(value):
    """An error (or a core message) in the installed language, its fields filled: the one way
    the command line shows a core error (`nnviz.gui.i18n.text_of`); English needs no Qt."""
    if _state["translate"] is None:
        return str(value)
    from nnviz.gui import i18n
    return i18n.text_of(value)


def fmt(text, /, **values):
    """`text.format(**values)`, with numbers written the installed language's way (1.250 in
    German) once a translation is installed; plain str.format for English."""
    if _state["translate"] is None:
        return text.format(**values)
    from nnviz.gui import i18n
    return i18n.fmt(text, **values)
