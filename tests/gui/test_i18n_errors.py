"""The core's error messages reach a German window in German, their fields filled.

The core raises its errors with an English template and the template's fields
(nnviz/core/messages.py); `i18n.text_of` translates the template and then fills the fields, the
numbers written the language's way. These tests go through the places a person meets them: the
dialog of a model file that cannot be loaded, a background job that fails, the Layers field's
warning, and the "times" of the sensitivity panel.
"""

import zipfile

import pytest
from PySide6.QtCore import QCoreApplication

from nnviz.core.errors import ConfigError, DataError
from nnviz.core.messages import QT_TRANSLATE_NOOP
from nnviz.core.network import check_sizes
from nnviz.gui import i18n, numbers


@pytest.fixture
def german(qapp):
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")


def test_a_damaged_model_file_is_refused_in_german(window, dialogs, tmp_path, german):
    path = tmp_path / "kaputt.npz"
    with zipfile.ZipFile(path, "w") as z:     # a zip archive, but its array is cut short
        z.writestr("w0.npy", b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, "
                             b"'shape': (4, 4), }" + b" " * 60 + b"\n" + b"\x00" * 12)
    assert not window.files.load_model_file(path)
    kind, title, text = dialogs[0]
    assert title == "Dieses Modell lässt sich nicht laden"
    assert text == ("kaputt.npz: w0.npy kündigt die Form (4, 4) (float32) an, enthält aber "
                    "weniger Datenbytes; die Datei ist beschädigt.")


def test_a_file_that_is_no_archive_names_itself_in_german(window, dialogs, tmp_path, german):
    path = tmp_path / "notiz.npz"
    path.write_text("kein Modell")
    assert not window.files.load_model_file(path)
    # the phrase that completes the sentence is translated too
    assert dialogs[0][2] == ("notiz.npz: kein nnviz-Modell (eine .npz-Datei ist ein ZIP-Archiv, "
                             "diese nicht).")


def test_a_failing_job_reports_in_german_with_numbers_written_the_german_way(qtbot, german):
    from nnviz.gui.jobs import Job

    def fails(progress, cancelled):
        check_sizes((784, 2_000_000, 10))

    job = Job(fails)
    with qtbot.waitSignal(job.failed, timeout=10000) as failed:
        job.start()
    job.wait()
    assert failed.args == ["eine Schicht darf höchstens 1.000.000 Neuronen haben; erhalten: "
                           "2.000.000."]


def test_nested_messages_and_lists_of_problems_are_translated_whole(german):
    from nnviz.core.files import setup_file
    with pytest.raises(ConfigError) as refused:
        setup_file.validate({"format": "nnviz-setup", "version": 1,
                             "training": {"lr": -1, "bogus": 2}})
    shown = i18n.text_of(refused.value)
    assert shown == ("diese Konfiguration kann man nicht verwenden: training.lr muss zwischen "
                     "0,0001 und 100 liegen (erhalten: -1); training.bogus ist kein Feld "
                     "einer Konfiguration.")
    assert str(refused.value).startswith("this setup cannot be used: training.lr must be")


def test_the_layers_field_warns_in_german(german):
    from nnviz.gui.widgets.controls import layers_problem
    assert layers_problem("784,0,10") == "Jede Schicht braucht mindestens ein Neuron; erhalten: " \
                                         "784,0,10."


def test_a_broken_translation_falls_back_to_the_english_sentence(german):
    error = DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the file is empty."), path="a.idx")
    assert i18n.text_of(error) == "a.idx: die Datei ist leer."
    wrong = DataError(QT_TRANSLATE_NOOP("Nowhere", "{path}: not translated {n:,}"), path="b",
                      n=1234)
    assert i18n.text_of(wrong) == "b: not translated 1.234"


def test_plain_errors_and_english_stay_as_they_were(qapp):
    assert i18n.text_of(OSError("disk on fire")) == "disk on fire"
    error = DataError(QT_TRANSLATE_NOOP("Errors", "{path}: the file is empty."), path="a.idx")
    assert i18n.text_of(error) == str(error) == "a.idx: the file is empty."


@pytest.mark.parametrize("ratio, text", [(1.5, "1,5-mal"), (3456, "etwa 3.500-mal"),
                                         (5.74e17, "etwa 570 Billiarden Mal"),
                                         (2.5e9, "2,5 Milliarden Mal"),
                                         (float("inf"), "unendlich oft")])
def test_times_in_german(german, ratio, text):
    assert numbers.times(ratio) == text


def test_every_core_error_template_is_in_the_translations():
    """Every marked template of the core has a German translation in the shipped .qm."""
    import ast
    from pathlib import Path
    core = Path(__file__).resolve().parents[2] / "nnviz" / "core"
    app = QCoreApplication.instance()
    i18n.install(app, "de")
    try:
        missing = []
        for path in core.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                        "QT_TRANSLATE_NOOP":
                    context, text = (a.value for a in node.args)
                    if QCoreApplication.translate(context, text) == text and text not in (
                            "{name}: {e}", "{path}: {e}", "{name}: {what}.", "{name}: {missing}.",
                            "{name}: {not_zip}."):
                        missing.append(f"{path.name}: {text!r}")
        assert not missing, "\n".join(missing)
    finally:
        i18n.install(app, "en")


def test_the_lab_s_list_of_edits_in_german(german):
    from nnviz.core.lessons.surgery import Edits, NeuronEdit
    edits = Edits(neurons={(1, 3): NeuronEdit(bias_shift=0.5, off=True)}, temperature=2.5,
                  prune=20, prune_scope="global")
    assert [i18n.text_of(line) for line in edits.describe()] == [
        "Schicht 1, Neuron 3: aus, b +0,50", "Ausgabetemperatur T = 2,50",
        "die 20 % kleinsten |w| aller Gewichte ausgedünnt"]
    assert edits.describe()[0] == "layer 1 neuron 3: off, b +0.50"     # English as before
