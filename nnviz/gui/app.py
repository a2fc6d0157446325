"""Starting the GUI: the QApplication, BLAS limits, the theme and text size, and screenshot mode.

BLAS is limited to one thread before any training starts: measured here, NumPy's default
OpenBLAS threads make the worker 10–70× slower whenever the GUI thread is busy, and this
network's matrices are too small to gain from threads anyway. Screenshot mode
(`nnviz gui --screenshot PATH`) runs the real window offscreen, trains, draws, saves a PNG and
exits; the pictures in the README and docs/ and the visual checks come from it.
"""

import os
import signal
import sys

AUTOTRAIN_ENV = "NNVIZ_AUTOTRAIN"   # set to 1: press Train once the data has loaded


def add_arguments(p):
    p.add_argument("--data", metavar="DIR", help="folder holding the four MNIST .gz files")
    p.add_argument("--dataset", choices=("mnist", "fashion-mnist", "synthetic"))
    p.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window and exit")
    p.add_argument("--train-batches", type=int, default=0, metavar="N",
                   help="with --screenshot: train N mini-batches first")
    p.add_argument("--draw", type=int, choices=range(10), metavar="DIGIT",
                   help="with --screenshot: draw this sample digit on the pad")
    p.add_argument("--size", default="1600x1000", type=_size, metavar="WxH",
                   help="window size for --screenshot (default 1600x1000)")
    from nnviz.core.presets import ALIASES, PRESETS
    p.add_argument("--preset", choices=sorted(PRESETS) + sorted(ALIASES),
                   help="start from this preset's network and training controls")
    p.add_argument("--view", metavar="KEY", help="bring this view or panel to the front "
                   "(weights, cost, pad, or a panel's key)")
    from nnviz.gui.i18n import LANGUAGES
    p.add_argument("--lang", choices=tuple(LANGUAGES), help="the window's language (remembered; "
                   "default: the one chosen in View ▸ Language, else the system's)")
    from nnviz.gui import setup_options
    setup_options.add_arguments(p)
    p.add_argument("--lesson-step", type=int, default=1, metavar="K",
                   help="with --lesson and --screenshot: show step K and press its Show me")
    p.add_argument("--theme", choices=("dark", "light"),
                   help="colour theme (default: the one used last, else dark)")
    p.add_argument("--zoom", type=_zoom, metavar="PERCENT",
                   help="text size in percent, 75-200 (default: the one used last, else 100)")


def _size(text):
    import argparse
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1600x1000, got {text!r}")
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"window size {w}x{h} is out of range")
    return w, h


def _zoom(text):
    import argparse
    try:
        percent = int(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a percentage such as 150, got {text!r}")
    if not 75 <= percent <= 200:
        raise argparse.ArgumentTypeError(f"zoom {percent} % is outside 75-200 %")
    return percent


def run(args):
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import pyqtgraph as pg
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnviz")
    app.setOrganizationName("nnviz")
    set_identity(app)
    app.setStyle("Fusion")
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    from nnviz.gui import theme
    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings

    # Screenshots use the defaults (or the options), never what a person chose last.
    remembered = Settings() if not args.screenshot else None
    theme.set_current(getattr(args, "theme", None)
                      or (remembered.get("theme") if remembered else "dark"))
    theme.set_zoom(getattr(args, "zoom", None)
                   or (remembered.get("zoom") if remembered else 100))
    theme.apply(app)

    if args.screenshot:   # a clean, repeatable window: no remembered layout or settings
        import tempfile
        with tempfile.TemporaryDirectory(prefix="nnviz-screenshot-") as tmp:
            qsettings = QSettings(os.path.join(tmp, "screenshot.ini"), QSettings.Format.IniFormat)
            # --train-batches trains at full speed; a lesson's own pace shows in its picture
            Settings(qsettings).set("lesson_pace", getattr(args, "lesson", None) is not None
                                    and not args.train_batches)
            choose_language(app, args, Settings(qsettings))
            window = MainWindow(Settings(qsettings), data_dir=args.data, dataset=args.dataset)
            if apply_setup(window, args) is False:
                return 2
            from nnviz.gui.screenshot import take_screenshot
            code = take_screenshot(app, window, args)
            del window, qsettings
            return code
    choose_language(app, args, Settings())
    window = MainWindow(Settings(), data_dir=args.data, dataset=args.dataset)
    if apply_setup(window, args) is False:
        return 2
    if args.view and not window.show_panel(args.view):
        print(f"nnviz: no view called {args.view!r}.", file=sys.stderr)
    window.display.fit_zoom_at_start()   # no larger than the screen: the rule of Ctrl+=
    window.show()
    # Ctrl+C in the terminal (or a polite kill) closes the window cleanly, stopping the training
    # thread and saving the settings: Python only sees the signal when the interpreter runs,
    # so a timer wakes it regularly.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    if os.environ.get(AUTOTRAIN_ENV):
        _train_when_loaded(window)
    wake = QTimer(interval=200, timeout=lambda: None)
    wake.start()
    return app.exec()


def _train_when_loaded(window):
    """Press Train as soon as the data is in, and say so on stdout once training runs.

    For `NNVIZ_AUTOTRAIN=1`: the Ctrl+C test (tests/gui/test_reliability_faults.py) and
    unattended demos need a window that trains without a person pressing the button.
    """
    from PySide6.QtCore import QTimer

    def poll():
        if window.training.session is None and window.model.data is not None:
            window.training.toggle_training()
        elif window.training.session is not None and window.training.session.trainer.step > 0:
            timer.stop()
            print("nnviz: autotrain: training", flush=True)
    timer = QTimer(window, interval=100, timeout=poll)
    timer.start()


def apply_setup(window, args):
    """Set the window up from --setup FILE and the setup options; None when none was asked
    for, False (after one sentence on stderr) when the setup is refused."""
    from nnviz.core.errors import NnvizError
    from nnviz.gui.setup_options import setup_from_args
    from nnviz.gui.window.setups import LESSONS
    try:
        setup = setup_from_args(args, known_views=set(window.setups.view_keys()),
                                known_lessons=set(LESSONS))
    except NnvizError as e:
        from nnviz.gui.i18n import text_of
        print(f"nnviz: {text_of(e)}", file=sys.stderr)
        window.close()
        return False
    if setup is None:
        return None
    window.setups.apply(setup)
    args.preset = None          # applied with the rest; screenshot mode must not apply it again
    return True


def choose_language(app, args, settings):
    """Install the translations of --lang (and remember it), else of the remembered choice or
    the system's language. Returns the language's code."""
    from nnviz.gui import i18n
    lang = getattr(args, "lang", None)
    if lang:
        settings.set("language", lang)
    code = i18n.choose(lang, settings.get("language"))
    i18n.install(app, code)
    return code


def set_identity(app):
    """The window icon, and the desktop entry's id so Wayland task bars match the window to it."""
    from PySide6.QtGui import QIcon

    from nnviz.gui.resources import APP_ID, resource
    app.setWindowIcon(QIcon(str(resource(f"{APP_ID}.svg"))))
    app.setDesktopFileName(APP_ID)


