"""Translations: the language is chosen as documented, nnviz's and Qt's translations load, the
window builds in every shipped language, the .qm files match their .ts sources, every string of
today's sources is translated in every language with its placeholders intact, and numbers in
translated sentences are written the language's way.

The completeness test runs pyside6-lupdate over today's sources into copies of the shipped .ts
files, so a string wrapped in tr() but not yet translated (or a .ts not refreshed) fails, named.
"""

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QPushButton

from nnviz.gui import i18n

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import translations  # noqa: E402  (tools/translations.py)

FIELD = re.compile(r"\{[^{}]*\}")
PERCENT = re.compile(r"%\([a-z_]+\)[sdr]|%[sdr]")      # argparse's words: "%(prog)s", "%s"
needs_qt_tools = pytest.mark.skipif(
    shutil.which("pyside6-lrelease") is None
    and not (Path(sys.executable).parent / "pyside6-lrelease").exists(),
    reason="pyside6-lupdate/-lrelease (PySide6's tools) are not installed")


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")


def test_the_language_is_lang_then_remembered_then_the_system_s():
    assert i18n.choose("fr", "de", "es_ES") == "fr"
    assert i18n.choose(None, "de", "es_ES") == "de"
    assert i18n.choose(None, "", "es_ES") == "es"
    assert i18n.choose(None, "", "de-AT") == "de"
    assert i18n.choose(None, "", "pt_BR") == "en"
    assert i18n.choose(None, "xx", "") == "en"


def test_nnviz_and_qt_translations_load_and_english_removes_them(qapp, english_afterwards):
    loaded = i18n.install(qapp, "de")
    assert [Path(p).name for p in loaded] == ["nnviz_de.qm", "qtbase_de.qm"]
    tr = QCoreApplication.translate
    assert tr("VideoExportController", "Export replay as video (MP4)") == \
        "Wiedergabe als Video (MP4) exportieren"
    assert tr("QPlatformTheme", "Cancel") == "Abbrechen"          # Qt's own dialogs
    i18n.install(qapp, "fr")
    assert tr("LanguageMenu", "Language") == "Langue"
    assert i18n.install(qapp, "en") == []
    assert tr("LanguageMenu", "Language") == "Language"


DATA_TITLE = {"de": "Daten", "es": "Datos", "fr": "Données", "en": "Data"}


@pytest.mark.parametrize("lang, word", [("de", "Sprache"), ("es", "Idioma"), ("fr", "Langue"),
                                        ("en", "Language")])
def test_the_window_builds_in_every_language(qapp, qtbot, tmp_path, english_afterwards,
                                             lang, word):
    from nnviz.gui.settings import Settings
    from nnviz.gui.window.main_window import MainWindow
    i18n.install(qapp, lang)
    w = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   dataset="synthetic")
    qtbot.addWidget(w)
    titles = [a.text() for m in w.menuBar().actions() if m.menu()
              for a in m.menu().actions()]
    assert word in titles
    assert w.panels["pointmap"].method.combo.itemText(0) == \
        QCoreApplication.translate("MapChoice", "PCA")
    assert w.docks["panel_data"].windowTitle() == DATA_TITLE[lang]
    buttons = [b.text() for b in w.pad.findChildren(QPushButton)]
    assert QCoreApplication.translate("DrawingPad", "Undo") in buttons
    assert ("Undo" in buttons) == (lang == "en")
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    w.close()


def test_the_language_menu_remembers_the_choice(window):
    from nnviz.gui.window.language_menu import LanguageMenu
    from PySide6.QtWidgets import QMenu
    menu = LanguageMenu(window)
    parent = QMenu()
    sub = menu.add_to(parent)
    assert [a.text() for a in sub.actions()][1:] == ["English", "Deutsch", "Español", "Français"]
    menu.actions["es"].trigger()
    assert window.settings.get("language") == "es" and menu.actions["es"].isChecked()
    assert "Español" in window.statusBar().currentMessage()
    menu.actions[""].trigger()
    assert window.settings.get("language") == ""


def test_lang_on_the_command_line_is_remembered(qapp, tmp_path, english_afterwards):
    from types import SimpleNamespace
    from nnviz.gui.app import choose_language
    from nnviz.gui.settings import Settings
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert choose_language(qapp, SimpleNamespace(lang="fr"), settings) == "fr"
    assert settings.get("language") == "fr"
    assert choose_language(qapp, SimpleNamespace(lang=None), settings) == "fr"


@needs_qt_tools
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for qm in translations.release(tmp_path):
        shipped = REPO / "resources" / "translations" / qm.name
        assert shipped.read_bytes() == qm.read_bytes(), \
            f"{shipped.name} is out of date: run python tools/translations.py release"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """Copies of the shipped .ts files, refreshed by lupdate from the current sources."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_file(lang), folder)
    translations.update(folder, quiet=True)
    return folder


@needs_qt_tools
@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_source_string_has_a_translation(refreshed, lang):
    found = list(translations.messages(lang, refreshed))
    missing = [f"{context}: {source!r}" for context, source, text in found if text is None]
    assert len(found) > 400
    assert not missing, (f"{len(missing)} untranslated in nnviz_{lang}.ts (run python "
                         f"tools/translations.py update and translate them):\n"
                         + "\n".join(missing))


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_translations_keep_placeholders_and_commands(lang):
    """"{n:,} images" must not become "{n} Bilder": .format would fail or lie. argparse's
    "%(prog)s" and "%s" are kept the same way, and a trailing space or line break ("usage: ")
    too: the text after it is glued on."""
    wrong = []
    for context, source, text in translations.messages(lang):
        if text is not None and (sorted(FIELD.findall(source)) != sorted(FIELD.findall(text))
                                 or sorted(PERCENT.findall(source)) != sorted(
                                     PERCENT.findall(text))
                                 or source.endswith(("\n", " ")) != text.endswith(("\n", " "))
                                 or source.count("%%") != text.count("%%")
                                 or source.count("nnviz[") != text.count("nnviz[")):
            wrong.append(f"{context}: {source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_every_shipped_language_has_a_ts_and_a_qm():
    folder = REPO / "resources" / "translations"
    for lang in translations.LANGUAGES:
        assert (folder / f"nnviz_{lang}.ts").is_file() and (folder / f"nnviz_{lang}.qm").is_file()
    assert set(translations.LANGUAGES) | {"en"} == set(i18n.LANGUAGES)


def test_the_translations_folder_is_found_in_the_installed_package(tmp_path, monkeypatch):
    """Installed, resources/ is the package nnviz.resources: a folder in it must be found
    there, not beside the source tree (where an installed nnviz has none)."""
    import importlib.resources
    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    assert i18n.translations_dir() == tmp_path / "translations"


@pytest.mark.parametrize("code, expected", [
    ("en", "1,234,567 images, 48.56 %, 95.3%, η = 0.5, layer 7, a.b"),
    ("de", "1.234.567 images, 48,56 %, 95,3%, η = 0,5, layer 7, a.b"),
    ("es", "1.234.567 images, 48,56 %, 95,3%, η = 0,5, layer 7, a.b"),
    ("fr", "1\u202f234\u202f567 images, 48,56 %, 95,3%, η = 0,5, layer 7, a.b"),
])
def test_numbers_in_sentences_follow_the_language(qapp, english_afterwards, code, expected):
    i18n.install(qapp, code)
    text = "{n:,} images, {acc:.2f} %, {share:.1%}, η = {lr:g}, layer {l}, {name}"
    assert i18n.fmt(text, n=1234567, acc=48.56, share=0.953, lr=0.5, l=7, name="a.b") == expected


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_every_translated_panel_title_is_found(qapp, english_afterwards, code):
    """A Translated title looks itself up under its class's name; a QT_TRANSLATE_NOOP context
    that differs from the class name would leave the dock title English without an error."""
    from nnviz.gui import panels
    i18n.install(qapp, code)
    titled = [cls for cls in panels.discover() if isinstance(vars(cls).get("title"),
                                                             i18n.Translated)]
    assert len(titled) >= 9
    untranslated = [cls.__name__ for cls in titled if cls.title == vars(cls)["title"].text]
    assert not untranslated


def test_the_locale_follows_the_language(qapp, english_afterwards):
    """Spin boxes write and read 0,5 in German, as the sentences around them do."""
    before = QLocale().name()
    i18n.install(qapp, "de")
    assert QLocale().name().startswith("de")
    i18n.install(qapp, "en")
    assert QLocale().name() == before


def test_strings_filed_without_context_are_found_under_the_helper_s(qapp, english_afterwards):
    """The lessons' texts are wrapped by a module-level tr() helper that passes its own
    context ("Lessons"); lupdate files them under the empty context. They must still show."""
    i18n.install(qapp, "de")
    tr = QCoreApplication.translate
    assert tr("Lessons", "Layers") == "Schichten"
    assert tr("Hints", "Outputs stuck at 0 or 1: the sigmoid is flat there. Try Init: scaled.") \
        .startswith("Ausgaben hängen")
    assert tr("DataPanel", "Data") == "Daten"                  # the normal way is untouched
    assert tr("Lessons", "not a translated string") == "not a translated string"
    i18n.install(qapp, "en")
    assert tr("Lessons", "Layers") == "Layers"
