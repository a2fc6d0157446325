"""The command line speaks the locale's language (de, es, fr) and stays English otherwise.

Run as a subprocess with LANG/LANGUAGE set, as a person's terminal would; the English path must
not even create a Qt application.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnviz.cli import language

REPO = Path(__file__).resolve().parents[1]


def nnviz(env, *args):
    full = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL",
                                                               "LC_MESSAGES")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "nnviz", *args], cwd=REPO, env=full,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "it_IT.UTF-8", "LANGUAGE": "it:es"}, "es"),
    ({"LANG": "C", "LANGUAGE": "de"}, "en"),       # gettext: the C locale ignores LANGUAGE
    ({"LANG": "pt_BR.UTF-8"}, "en"),
    ({}, "en"),
])
def test_locale_variables_choose_the_language(environ, expected):
    assert language.system_language(environ) == expected


def test_help_and_errors_in_german(tmp_path):
    shown = nnviz({"LANG": "de_DE.UTF-8"}, "download", "--help")
    assert shown.returncode == 0
    assert "Ordner, in den heruntergeladen wird" in shown.stdout
    refused = nnviz({"LANG": "de_DE.UTF-8", "XDG_DATA_HOME": str(tmp_path)},
                    "desktop", "--uninstall")
    assert refused.returncode == 2
    assert "Nichts zu deinstallieren" in refused.stderr


def test_spanish_and_french_errors(tmp_path):
    for lang, words in (("es_ES.UTF-8", "nada que desinstalar"),
                        ("fr_FR.UTF-8", "rien à désinstaller")):
        done = nnviz({"LANG": lang, "XDG_DATA_HOME": str(tmp_path)}, "desktop", "--uninstall")
        assert words in done.stderr, done.stderr


def test_english_needs_no_qt_application():
    code = ("import sys; from nnviz.cli import language; assert language.install('en') == 'en';"
            "assert 'PySide6.QtCore' not in sys.modules; "
            "print(language.translate('Download', 'MNIST is in {folder}'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "MNIST is in {folder}"


def test_a_core_error_is_printed_in_german_with_its_fields(tmp_path):
    damaged = tmp_path / "kaputt.npz"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    image = tmp_path / "ziffer.png"
    image.write_bytes(b"")
    done = nnviz({"LANG": "de_DE.UTF-8"}, "predict", str(damaged), str(image))
    assert done.returncode == 2
    assert done.stderr.strip() == ("nnviz: kaputt.npz: kein nnviz-Modell (eine .npz-Datei ist "
                                   "ein ZIP-Archiv, diese nicht).")
    english = nnviz({"LANG": "C"}, "predict", str(damaged), str(image))
    assert english.stderr.strip() == ("nnviz: kaputt.npz: not an nnviz model (an .npz file is a "
                                      "zip archive; this is not).")


def test_a_bad_setting_reads_in_french_with_french_numbers():
    done = nnviz({"LANG": "fr_FR.UTF-8"}, "train", "--dataset", "synthetic",
                 "--layers", "784,2000000,10", "--epochs", "1")
    assert done.returncode == 2
    assert ("une couche peut avoir au plus 1\u202f000\u202f000 neurones ; reçu 2\u202f000\u202f000."
            in done.stderr), done.stderr


def test_argparse_speaks_german_too():
    shown = nnviz({"LANG": "de_DE.UTF-8"}, "download", "--help")
    assert shown.stdout.startswith("Aufruf: nnviz download")
    assert "\nOptionen:\n" in shown.stdout and "diese Hilfe anzeigen und beenden" in shown.stdout
    wrong = nnviz({"LANG": "de_DE.UTF-8"}, "train", "--dataset", "nope")
    assert wrong.returncode == 2
    assert "nnviz train: Fehler: Argument --dataset: ungültige Auswahl: 'nope'" in wrong.stderr
    top = nnviz({"LANG": "es_ES.UTF-8"}, "--help")
    assert top.stdout.startswith("uso: nnviz") and "entrenar desde la línea de comandos" in \
        top.stdout


def test_the_window_s_help_follows_lang(tmp_path):
    shown = nnviz({"LANG": "C"}, "gui", "--lang", "fr", "--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("utilisation : nnviz gui")
    assert "afficher cette aide et quitter" in shown.stdout


def test_english_argparse_is_untouched():
    shown = nnviz({"LANG": "C"}, "download", "--help")
    assert shown.stdout.startswith("usage: nnviz download")
    assert "show this help message and exit" in shown.stdout


def test_lang_before_a_command_chooses_the_language_whatever_the_locale(tmp_path):
    damaged = tmp_path / "kaputt.npz"
    damaged.write_bytes(b"not a zip at all")
    done = nnviz({"LANG": "fr_FR.UTF-8"}, "--lang", "de", "predict", str(damaged),
                 str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert done.stderr.strip() == ("nnviz: kaputt.npz: kein nnviz-Modell (eine .npz-Datei ist "
                                   "ein ZIP-Archiv, diese nicht).")
    shown = nnviz({"LANG": "C"}, "--lang=es", "download", "--help")
    assert shown.stdout.startswith("uso: nnviz download")
