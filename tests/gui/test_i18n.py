"""Translations: every source string translated in every shipped language, the compiled .qm
files current, placeholders kept, and the window built in each language.

The first test runs `pyside6-lupdate` over today's sources into a copy of each shipped .ts, so
a string wrapped in tr() but not yet translated (or a .ts not refreshed) fails here, by name.
"""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QPushButton

from nnviz.gui import i18n

FIELD = re.compile(r"\{[^{}]*\}")


def messages(ts):
    """(context, source, translation or None when unfinished) of every message in a .ts."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") is None and (t.text or "").strip()
            out.append((name, m.findtext("source"), t.text if done else None))
    return out


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """Copies of the shipped .ts files, refreshed by lupdate from the current sources."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in i18n.ts_files():
        shutil.copy(ts, folder / ts.name)
    try:
        i18n.update(folder, quiet=True)
    except SystemExit as e:     # lupdate missing: PySide6-Essentials ships it, so say so
        pytest.fail(str(e))
    return folder


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_source_string_has_a_translation(refreshed, code):
    found = messages(refreshed / f"nnviz_{code}.ts")
    missing = [f"{ctx}: {src!r}" for ctx, src, tr in found if tr is None]
    assert len(found) > 300
    assert not missing, (f"{len(missing)} untranslated in nnviz_{code}.ts (run python -m "
                         f"nnviz.gui.i18n --update and translate them):\n" + "\n".join(missing))


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_translations_keep_every_placeholder(code):
    """"{n:,} images" must not become "{n} Bilder" or lose {n}: .format would fail or lie."""
    wrong = []
    for ctx, src, tr in messages(i18n.translations_dir() / f"nnviz_{code}.ts"):
        if tr is not None and (sorted(FIELD.findall(src)) != sorted(FIELD.findall(tr))
                               or src.count("%%") != tr.count("%%")):
            wrong.append(f"{ctx}: {src!r} → {tr!r}")
    assert not wrong, "\n".join(wrong)


def test_compiled_qm_files_are_current(tmp_path):
    i18n.release(out=tmp_path, quiet=True)
    for ts in i18n.ts_files():
        qm = ts.with_suffix(".qm")
        assert qm.read_bytes() == (tmp_path / qm.name).read_bytes(), \
            f"{qm.name} is older than {ts.name}: run python -m nnviz.gui.i18n"


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("DataPanel", "Data") == "Data"


LANGUAGE_MENU = {"de": "&Sprache", "es": "&Idioma", "fr": "&Langue"}
DATA_TITLE = {"de": "Daten", "es": "Datos", "fr": "Données"}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_window_builds_in_each_language(qapp, qtbot, settings, english_afterwards, code):
    from nnviz.gui.window.main_window import MainWindow
    assert i18n.install(qapp, code) == code
    assert QLocale().name().startswith(code)
    window = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.data is not None, timeout=60000)
    submenus = [sub.text() for top in window.menuBar().actions() if top.menu() is not None
                for sub in top.menu().actions() if sub.menu() is not None]
    assert LANGUAGE_MENU[code] in submenus
    assert window.docks["panel_data"].windowTitle() == DATA_TITLE[code]
    buttons = [b.text() for b in window.pad.findChildren(QPushButton)]
    assert QCoreApplication.translate("DrawingPad", "Undo") in buttons and "Undo" not in buttons
    window.close()


def test_language_menu_remembers_the_choice(qapp, qtbot, settings, english_afterwards):
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = i18n.language_menu(window, settings)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["System language", "English", "Deutsch", "Español", "Français"]
    [a for a in menu.actions() if a.text() == "Français"][0].trigger()
    assert settings.get("language") == "fr"
    assert i18n.choose(None, settings) == "fr"
    assert i18n.choose("de", settings) == "de" and settings.get("language") == "de"


def test_system_language_picks_the_first_spoken_one():
    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("fr_CA")) == "fr"
    assert i18n.system_language(QLocale("ja_JP")) == "en"


def test_settings_refuse_an_unknown_language(settings):
    assert settings.get("language") == ""
    assert settings.set("language", "xx") is None
    assert settings.get("language") == ""
    settings.set("language", "es")
    assert settings.get("language") == "es"


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


@pytest.mark.parametrize("code", i18n.TRANSLATED)
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


QT_CANCEL = {"de": "Abbrechen", "es": "Cancelar", "fr": "Annuler"}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_qt_dialogs_use_qts_own_translation(qapp, english_afterwards, code):
    """Message boxes and file dialogs come from Qt: their buttons need qtbase_<lang>.qm."""
    from PySide6.QtWidgets import QDialogButtonBox
    i18n.install(qapp, code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == [QT_CANCEL[code]]
