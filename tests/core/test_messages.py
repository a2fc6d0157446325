"""Core messages: the English sentence as before, and its parts for the window's language.

The core cannot translate (no Qt there), so an error keeps its marked template and fields; these
tests render them with a stand-in translation, check that nested messages follow it, that a
translation which lost a field falls back to English, and that every error the core raises is
built this way (an f-string would reach a German window in English).
"""

import ast
import pickle
from pathlib import Path

import pytest

from nnviz.core.errors import Cancelled, ConfigError, DataError, NnvizError
from nnviz.core.messages import (QT_TRANSLATE_NOOP, Joined, Message, Trimmed, fields_of, render)

CORE = Path(__file__).resolve().parents[2] / "nnviz" / "core"
PACKAGE = CORE.parent      # the GUI and the command line raise the core's errors too
GERMAN = {"{path}: holds {n:,} images of {kind}.": "{path}: enthält {n:,} Bilder ({kind}).",
          "test": "Test", "{a}; {b}": "{b} – {a}", "broken {n}": "kaputt {m}"}


def german(context, text):
    assert context == "Errors"
    return GERMAN.get(text, text)


def dotted(text, /, **values):     # a stand-in for the window's number formatting
    return text.format(**values).replace(",", ".")


def test_str_is_the_english_sentence_and_render_the_translated_one():
    e = DataError(QT_TRANSLATE_NOOP("Errors", "{path}: holds {n:,} images of {kind}."),
                  path="x.idx", n=60000, kind=QT_TRANSLATE_NOOP("Errors", "test"))
    assert str(e) == e.args[0] == "x.idx: holds 60,000 images of test."
    assert render(e, german, dotted) == "x.idx: enthält 60.000 Bilder (Test)."
    assert e.message.fields["n"] == 60000       # the value, not its English rendering


def test_nested_messages_joined_and_trimmed_follow_the_language():
    inner = ConfigError(QT_TRANSLATE_NOOP("Errors", "{path}: holds {n:,} images of {kind}."),
                        path="a", n=1, kind="b")
    both = Message(QT_TRANSLATE_NOOP("Errors", "{a}; {b}"), a=inner,
                   b=Trimmed(inner.message, prefix="a: ", suffix="."))
    assert str(both) == "a: holds 1 images of b.; holds 1 images of b"
    assert render(both, german) == "enthält 1 Bilder (b) – a: enthält 1 Bilder (b)."
    listed = Joined("; ", [QT_TRANSLATE_NOOP("Errors", "test"), "plain"])
    assert listed == "test; plain" and render(listed, german) == "Test; plain"
    assert render(ValueError(listed), german) == "Test; plain"


def test_a_translation_that_lost_a_field_falls_back_to_english():
    e = ConfigError(QT_TRANSLATE_NOOP("Errors", "broken {n}"), n=3)
    assert render(e, german) == "broken 3"


def test_unmarked_text_is_shown_as_it_is_even_with_braces():
    assert str(NnvizError("already translated {not a field}")) == \
        "already translated {not a field}"
    assert render(OSError("disk full"), german) == "disk full"
    assert render(42, german) == 42


def test_messages_survive_pickling_and_cancelled_has_its_own():
    e = Message(QT_TRANSLATE_NOOP("Errors", "{path}: holds {n:,} images of {kind}."),
                path="p", n=2, kind="k")
    back = pickle.loads(pickle.dumps(e))
    assert back == e and render(back, german) == "p: enthält 2 Bilder (k)."
    assert str(Cancelled()) == "cancelled"
    assert fields_of("{a:,} and {b!r} {{c}}") == {"a", "b"}


ERRORS = {"NnvizError", "DataError", "DownloadError", "ModelFileError", "ConfigError",
          "DivergenceError", "Cancelled"}


def _raised_unmarked(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ERRORS and node.args:
            first = node.args[0]
            if isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant)
                                                    and isinstance(first.value, str)):
                yield node.lineno


def test_every_error_of_nnviz_is_raised_with_a_marked_template():
    unmarked = [f"{p.relative_to(PACKAGE)}:{line}" for p in sorted(PACKAGE.rglob("*.py"))
                for line in _raised_unmarked(ast.parse(p.read_text()))]
    assert not unmarked, "raise these with QT_TRANSLATE_NOOP(\"Errors\", …):\n" + \
        "\n".join(unmarked)


def test_every_marked_template_gets_the_fields_it_names():
    """A call `XError(QT_TRANSLATE_NOOP(…, "…{a}…"), a=…)` passes exactly the fields it names."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Call)
                    and getattr(node.args[0].func, "id", "") == "QT_TRANSLATE_NOOP"):
                continue
            if any(k.arg is None for k in node.keywords):
                continue
            named = fields_of(node.args[0].args[1].value)
            given = {k.arg for k in node.keywords}
            if named != given:
                wrong.append(f"{path.name}:{node.lineno}: names {sorted(named)}, "
                             f"gets {sorted(given)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("raised", [
    lambda: __import__("nnviz.core.network", fromlist=["x"]).check_seed(-1),
    lambda: __import__("nnviz.core.files.setup_file", fromlist=["x"]).loads("{"),
])
def test_real_errors_carry_their_parts(raised):
    with pytest.raises(NnvizError) as e:
        raised()
    assert e.value.message.template.context == "Errors"
    assert str(e.value) == render(e.value)
