"""GUI test set-up: a clean settings file per test, and a check that no thread outlives a test.

A QThread still running when its test ends is a bug the user would meet as a hang or an abort
on close ("QThread: Destroyed while thread is still running"), so every GUI test fails if it
leaves one behind.
"""

import gc

import pytest
from PySide6.QtCore import QSettings, QThread
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox


def running_qthreads():
    gc.collect()
    main = QThread.currentThread()
    found = []
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QThread) and obj is not main and obj.isRunning():
                found.append(obj)
        except RuntimeError:   # a wrapper whose C++ object is already gone
            continue
    return found


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    yield
    for _ in range(50):
        if not running_qthreads():
            break
        qapp.processEvents()
        QThread.msleep(20)
    left = running_qthreads()
    assert not left, f"threads still running after the test: {[t.objectName() for t in left]}"


@pytest.fixture
def settings(tmp_path):
    from nnviz.gui.settings import Settings
    s = Settings(QSettings(str(tmp_path / "nnviz.ini"), QSettings.Format.IniFormat))
    s.set("lesson_pace", False)   # tests train at full speed unless they ask for the lesson pace
    return s


def open_window(qtbot, settings):
    """The main window on the synthetic digits with `settings`, shown offscreen, data loaded."""
    import pyqtgraph as pg
    from nnviz.gui.window.main_window import MainWindow
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    w = MainWindow(settings, dataset="synthetic")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.data is not None, timeout=60000)
    return w


@pytest.fixture
def window(qtbot, settings):
    """The main window on the synthetic digits, shown offscreen, closed after the test."""
    w = open_window(qtbot, settings)
    yield w
    w.close()


@pytest.fixture
def pointmap(window, qtbot):
    """The point-map panel shown in the window, its four PCA maps computed."""
    window.show_panel("pointmap")
    panel = window.panels["pointmap"]
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.xy) == 4
                    and panel.xy[0] is not None, timeout=30000)
    return panel


def displayed(text):
    """The text a message box shows for `text`: rich text rendered to its characters."""
    if "<" not in text:            # no markup: Qt shows it as it is
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@pytest.fixture
def dialogs(monkeypatch):
    """Every QMessageBox.warning/critical/information as (kind, title, the text a person
    reads), never shown."""
    shown = []
    for kind in ("warning", "critical", "information"):
        def record(parent, title, text, *args, kind=kind, **kwargs):
            shown.append((kind, title, displayed(text)))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return shown
