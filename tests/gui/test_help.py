"""Help: every dock has a plain-words text, and F1 opens a non-modal popup on the view in use."""

from PySide6.QtCore import QCoreApplication, Qt

from nnviz.gui.help import popup as help_popup
from nnviz.gui.help.texts import TEXTS, help_for

LESSON_WORDS = ("weighted sum", "bias", "sigmoid", "cost", "gradient", "backpropagation",
                "mini-batch")


def test_every_dock_and_panel_has_its_own_text(window):
    keys = [key for key, _, _ in help_popup.views(window)]
    assert "network" in keys and "lab" in keys and "pointmap" in keys
    missing = [k for k in keys if k not in TEXTS]
    assert not missing, f"no help text for {missing}"
    for key in keys:
        assert len(help_for(key)) > 80


def test_texts_are_tied_to_the_lessons():
    text = " ".join(TEXTS.values()).lower()
    for word in LESSON_WORDS:
        assert word in text, word


def test_f1_explains_the_focused_dock_in_a_non_modal_popup(window, qtbot):
    window.show_panel("lab")
    lab = window.panels["lab"]
    lab.inspector.index.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: lab.inspector.index.hasFocus(), timeout=5000)
    assert help_popup.current_key(window) == "lab"
    popup = help_popup.show(window)
    assert popup.isVisible() and not popup.isModal()
    assert popup.current() == "lab" and popup.text.text().startswith(TEXTS["lab"])
    popup.choice.setCurrentIndex(popup.choice.findData("cost"))
    assert popup.text.text().startswith(TEXTS["cost"])
    popup.close()


def test_f1_action_is_in_the_help_menu(window):
    actions = [a for a in window.findChildren(type(window.training.act_train))
               if a.text() == "What am I looking at?"]
    assert len(actions) == 1 and actions[0].shortcut().toString() == "F1"
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.training.act_train))]
    assert shortcuts.count("F1") == 1


def test_unknown_panel_falls_back_to_its_module_docstring(window):
    panel = window.panels["lab"]
    assert help_for("no-such-key", panel).startswith("The lab:")


def test_every_help_text_states_the_colour_rule_once():
    from nnviz.gui.help.texts import COLOURS
    for key in TEXTS:
        text = help_for(key)
        assert text.count(COLOURS) == 1 and "blue = positive, orange = negative" in text
        assert "red pixels" not in TEXTS[key]   # the old weights map's colour is gone


def test_help_texts_are_read_in_the_window_s_language(qapp):
    from nnviz.gui import i18n
    from nnviz.gui.help.texts import COLOURS
    try:
        i18n.install(qapp, "de")
        for key in TEXTS:
            text = help_for(key)
            # every paragraph translated, the colour rule too, and nothing left in English
            assert TEXTS[key] not in text and COLOURS not in text, key
        assert help_for("cost").startswith("Wie das Training läuft.")
        assert "Gradientenabstieg" in help_for("cost") and "blau = positiv" in help_for("cost")
        assert QCoreApplication.translate("HelpPopup", "What am I looking at?") == "Was sehe ich hier?"
    finally:
        i18n.install(qapp, "en")
    assert help_for("cost").startswith(TEXTS["cost"])
