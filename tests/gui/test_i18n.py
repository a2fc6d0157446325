"""Translations: the language is chosen as documented, nnviz's and Qt's translations load, the
window builds in every shipped language, the .qm files match their .ts sources, and the parts
already translated are complete in every language with their placeholders intact."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from nnviz.gui import i18n

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import translations  # noqa: E402  (tools/translations.py)

# Contexts (classes) whose strings are translated in full; each one added here must stay so.
COMPLETE = {"LanguageMenu", "MapChoice", "PointMapPanel", "ReplayFrames", "SetupController",
            "VideoExportController"}


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


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None
                    and not (Path(sys.executable).parent / "pyside6-lrelease").exists(),
                    reason="pyside6-lrelease (PySide6's tools) is not installed")
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for qm in translations.release(tmp_path):
        shipped = REPO / "resources" / "translations" / qm.name
        assert shipped.read_bytes() == qm.read_bytes(), \
            f"{shipped.name} is out of date: run python tools/translations.py release"


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_translated_parts_are_complete_with_their_placeholders(lang):
    seen = set()
    for context, source, text in translations.messages(lang):
        if context not in COMPLETE:
            continue
        seen.add(context)
        assert text, f"{lang}: {context}: {source!r} has no translation"
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", text))
        assert source.count("nnviz[") == text.count("nnviz[")     # commands stay as they are
    assert seen == COMPLETE


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
