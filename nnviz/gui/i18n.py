"""The interface's language: which one, loading its translations, and keeping them current.

Teachers use the lessons in their class's language, so every user-visible string goes through
Qt's `tr()`/`QCoreApplication.translate`, and this module installs two QTranslators: nnviz's
own (`resources/translations/nnviz_<lang>.qm`, compiled from the `.ts` files beside them) and
Qt's own `qtbase_<lang>.qm` from PySide6, which translates Qt's dialogs (file chooser, message
box buttons). The language follows the system locale; `nnviz gui --lang` or View ▸ Language
overrides it and is remembered. English is the source language and needs no file.

`python -m nnviz.gui.i18n --update` re-reads the sources with `pyside6-lupdate` (new strings
appear as unfinished in each `.ts`) and compiles the `.qm` files with `pyside6-lrelease`;
docs/translating.md describes the whole cycle. Changing the language in a running window takes
effect at the next start: retranslating every live widget is left out on purpose.
"""

import numbers
import shutil
import string
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# code: the language's own name for itself (how it is listed in the menu)
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
SOURCE_LANGUAGE = "en"

_installed = []     # the translators in use; Qt does not own them, so they must stay referenced
_language = [SOURCE_LANGUAGE]   # the language installed last (fmt's separators follow it)
_untouched_locale = []   # the default QLocale before the first install, restored for English


def translations_dir():
    """The folder of the .ts sources and .qm files (installed as nnviz.resources.translations)."""
    from importlib.resources import files
    checkout = Path(__file__).resolve().parents[2] / "resources" / "translations"
    try:
        shipped = Path(str(files("nnviz.resources") / "translations"))
    except (ModuleNotFoundError, TypeError):   # running from a checkout, not installed
        return checkout
    return shipped if shipped.is_dir() else checkout


def system_language(locale=None):
    """The first of the system's preferred UI languages that nnviz speaks, else English."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose(requested=None, settings=None):
    """The language to use: `requested` (remembered in `settings`), else the remembered one,
    else the system's."""
    if requested:
        if settings is not None:
            settings.set("language", requested)
        return requested
    remembered = settings.get("language") if settings is not None else ""
    return remembered or system_language()


def install(app, language):
    """Install the translators for `language` on `app`, replacing any installed before.
    Returns the language whose nnviz translation is in use ("en" when none could be loaded)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _untouched_locale:
        _untouched_locale.append(QLocale())
    _language[0] = SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        QLocale.setDefault(_untouched_locale[0])
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"nnviz_{language}", str(translations_dir())):
        QLocale.setDefault(_untouched_locale[0])
        return SOURCE_LANGUAGE
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (ours, qt) if qt.load(f"qtbase_{language}", qt_dir) else (ours,):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _language[0] = language
    return language


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


def fmt(text, /, **values):
    """`text.format(**values)` with numbers written the installed language's way: "{n:,}" is
    1,250 in English, 1.250 in German, 1 250 in French; "{a:.1%}" 95.3% or 95,3%. A translated
    sentence goes through here so its numbers read as the rest of the language does."""
    if _language[0] == SOURCE_LANGUAGE:
        return text.format(**values)
    locale = QLocale(_language[0])
    return _NumberFormatter(locale.groupSeparator(), locale.decimalPoint()).format(text, **values)


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
        return QCoreApplication.translate(self.context, self.text)


def language_menu(window, settings):
    """A View ▸ Language menu for `window`: the system's language or one chosen, remembered in
    `settings` and used from the next start (the status bar says so)."""
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QMenu

    menu = QMenu(QCoreApplication.translate("Language", "&Language"), window)
    group = QActionGroup(menu, exclusive=True)
    current = settings.get("language")
    system = QCoreApplication.translate("Language", "System language")
    choices = [("", system)] + list(LANGUAGES.items())
    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        if code == "":
            menu.addSeparator()

    def chosen(action):
        settings.set("language", action.data())
        window.statusBar().showMessage(
            QCoreApplication.translate("Language", "The language changes when nnviz starts "
                                       "again."), 8000)
    group.triggered.connect(chosen)
    return menu


# ---- keeping the translations current ------------------------------------------------------

def _tool(name):
    """A Qt tool PySide6 installs beside the interpreter (pyside6-lupdate, pyside6-lrelease)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (PySide6-Essentials)")
    return found


def sources():
    """Every Python file of the package, in a stable order (what lupdate reads)."""
    package = Path(__file__).resolve().parents[1]
    return sorted(str(p) for p in package.rglob("*.py"))


def ts_files(folder=None):
    folder = Path(folder or translations_dir())
    return [folder / f"nnviz_{code}.ts" for code in TRANSLATED]


def update(folder=None, quiet=False):
    """Refresh each .ts from the sources: new strings become unfinished, vanished ones go."""
    files = sources()
    # No source locations in the .ts: line numbers would change them on every edit anywhere
    # and make every branch's .ts conflict; the context (the class name) says where a string is.
    for code, ts in zip(TRANSLATED, ts_files(folder)):
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", code, *(["-silent"] if quiet else []), *files,
                        "-ts", str(ts)], check=True)


def release(folder=None, out=None, quiet=False):
    """Compile each .ts into the .qm the app loads (into `out`, default beside the .ts)."""
    for ts in ts_files(folder):
        qm = Path(out or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), *(["-silent"] if quiet else []), str(ts),
                        "-qm", str(qm)], check=True)


def main(argv=None):
    import argparse
    p = argparse.ArgumentParser(prog="python -m nnviz.gui.i18n",
                                description="Refresh the .ts translation sources and build .qm.")
    p.add_argument("--update", action="store_true", help="run lupdate over nnviz/ first")
    args = p.parse_args(argv)
    if args.update:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
