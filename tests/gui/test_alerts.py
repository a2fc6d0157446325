"""A message box shows its text as text: a file or class name holding markup is not rendered,
and line breaks and indentation survive."""

import pytest
from PySide6.QtWidgets import QMessageBox

from nnviz.core.files.model_io import save_model
from nnviz.core.network import Network
from nnviz.gui import alerts
from tests.gui.conftest import displayed


@pytest.fixture
def handed_to_qt(monkeypatch):
    """The (kind, title, text) each message box was given, before Qt renders it."""
    given = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, kind=kind, **k: given.append((kind, title, text))))
    return given


def test_markup_in_a_message_is_shown_literally(qapp, handed_to_qt):
    text = "<b>mine</b>.json: not a model\n\n    pip install \"nnviz[video]\" & more"
    alerts.warn(None, "title", text)
    alerts.inform(None, "title", text)
    assert [kind for kind, _, _ in handed_to_qt] == ["warning", "information"]
    for _, title, rich in handed_to_qt:
        assert title == "title" and "<b>mine" not in rich
        assert displayed(rich) == text


def test_a_model_file_named_with_markup_is_named_as_typed(window, handed_to_qt, tmp_path):
    path = tmp_path / "<u>mine.npz"           # a tag without a slash, which a file name can hold
    save_model(path, Network.create((16, 5, 4)))        # 16 inputs: not these 784-pixel digits
    assert window.files.load_model_file(str(path)) is False
    _, _, rich = handed_to_qt[-1]
    assert "<u>mine.npz" in displayed(rich) and "<u>" not in rich
