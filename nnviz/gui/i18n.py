"""The window's language: nnviz's own translations and Qt's, chosen once at start.

Every user-visible string goes through Qt's `tr()` / `QCoreApplication.translate`; the
translations are Qt Linguist files (`resources/translations/nnviz_<lang>.ts`, compiled to `.qm`
by `tools/translations.py`), loaded here with a `QTranslator`. Qt's own texts (the buttons of
standard dialogs, the file dialog) come from the `qtbase_<lang>.qm` files PySide6 ships. The
language is, in this order: `nnviz gui --lang`, the one chosen in View ▸ Language (remembered),
the system locale, English. Switching takes effect at the next start: retranslating every
widget live would need a `changeEvent` in each of them, for a choice a class makes once.
"""

import numbers
import string
from pathlib import Path

from nnviz.gui.resources import resource   # Qt is imported where needed: `nnviz train` builds
                                           # the gui parser (--lang) without starting Qt

# code -> the language's own name (shown untranslated, so anyone finds their own)
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
SOURCE = "en"                # the language the source strings are written in

_installed = []              # keep the translators alive while installed
_language = [SOURCE]         # the language installed last: `fmt` writes numbers its way
_untouched_locale = []       # Qt's default locale before the first install, for English again


def translations_dir():
    return resource("translations")


def system_language(locale=None):
    """The supported language of a locale name such as 'de_AT' or 'fr-CA', else English."""
    if locale is None:
        from PySide6.QtCore import QLocale
        locale = QLocale.system().name()
    name = locale or ""
    code = name.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE


def choose(requested=None, remembered="", locale=None):
    """--lang first, then the remembered choice, then the system's language."""
    for code in (requested, remembered):
        if code in LANGUAGES:
            return code
    return system_language(locale)


def install(app, code):
    """Load nnviz's and Qt's translations for `code` into `app`; returns the .qm files loaded.

    Any previously installed ones are removed first. English loads nothing: the source strings
    are English."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _untouched_locale:
        _untouched_locale.append(QLocale())
    QLocale.setDefault(_untouched_locale[0])
    _language[0] = SOURCE
    loaded = []
    if code == SOURCE or code not in LANGUAGES:
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in ((translations_dir(), f"nnviz_{code}"), (Path(qt_dir), f"qtbase_{code}")):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            if not loaded:   # nnviz's own: its context-free fallback goes in first, asked last
                fallback = _ContextFree(translator, app)
                app.installTranslator(fallback)
                _installed.append(fallback)
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(Path(folder) / f"{name}.qm"))
    if loaded:
        # Spin boxes and number fields then write 0,5 and read it back, as the text around them
        QLocale.setDefault(QLocale(code))
        _language[0] = code
    return loaded


def text_of(value):
    """What a person reads for an error (or a core message): the core's English template looked
    up in the installed language, then its fields filled, numbers written the language's way
    (`nnviz/core/messages.py`). Anything else (an OSError, a plain string) is `str(value)`.
    Every place that shows a core error goes through here; it is safe on any thread."""
    from PySide6.QtCore import QCoreApplication

    from nnviz.core.messages import render
    shown = render(value, QCoreApplication.translate, fmt)
    return shown if isinstance(shown, str) else str(shown)


def tr(context, text):
    """`QCoreApplication.translate` for code outside a QObject."""
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(context, text)


class Translated:
    """A class attribute translated each time it is read, in the context of the class that
    defines it: `title = Translated(QT_TRANSLATE_NOOP("DataPanel", "Data"))` (lupdate finds the
    string through QT_TRANSLATE_NOOP, whose context must be the class's name)."""

    def __init__(self, text):
        self.text = text
        self.context = None

    def __set_name__(self, owner, name):
        self.context = owner.__name__

    def __get__(self, obj, owner=None):
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate(self.context, self.text)


class _NumberFormatter(string.Formatter):
    """str.format whose formatted numbers use a locale's digit grouping and decimal sign."""

    def __init__(self, group, decimal):
        super().__init__()
        self.swap = {ord(","): group, ord("."): decimal}

    def format_field(self, value, spec):
        text = format(value, spec)
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            text = text.translate(self.swap)
        return text


def fmt(text, /, *args, **values):
    """`text.format(...)` with numbers written the installed language's way: "{n:,}" is 1,250
    in English, 1.250 in German, 1 250 in French; "{a:.1%}" 95.3% or 95,3%. A translated
    sentence goes through here so that its numbers read as the rest of the language does."""
    if _language[0] == SOURCE:
        return text.format(*args, **values)
    from PySide6.QtCore import QLocale
    locale = QLocale(_language[0])
    return _NumberFormatter(locale.groupSeparator(), locale.decimalPoint()).format(
        text, *args, **values)


def _context_free_class():
    from PySide6.QtCore import QTranslator

    class ContextFree(QTranslator):
        """Answers, for any context, what nnviz's .qm holds under the empty context.

        lupdate files a string under the empty context when it is wrapped by a module-level
        helper (`def tr(text): return QCoreApplication.translate("Lessons", text)`): it cannot
        see the context inside the helper. At run time Qt asks with the helper's context and
        would find nothing; this translator, installed before nnviz's own and so asked after
        it, finds the string there. Strings wrapped with their context in the call need none
        of this."""

        def __init__(self, translations, parent=None):
            super().__init__(parent)
            self.translations = translations

        def translate(self, context, source, disambiguation=None, n=-1):
            # None, not "": Qt takes an empty (but not null) string for a translation
            found = self.translations.translate("", source, disambiguation, n) if context else ""
            return found or None

        def isEmpty(self):
            return False

    return ContextFree


def _ContextFree(translations, parent):
    return _context_free_class()(translations, parent)
