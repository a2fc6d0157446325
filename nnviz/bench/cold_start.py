"""Cold start, measured from outside: `python -m nnviz.bench.cold_start` opens the window.

The parent (`gui_bench.cold_start_seconds`) starts this module in a fresh interpreter and times
from launching it to the line "shown" — interpreter start, imports, building every view, loading
the pretrained model and the first turn of the event loop after `show()`, as a user waits for
them. Settings go to a temporary file so nobody's saved layout is touched; the window closes
straight after. Qt runs offscreen when the caller asks for it through QT_QPA_PLATFORM.
"""

import os
import sys
import tempfile


def main():
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from nnviz.gui import theme
    from nnviz.gui.window.main_window import MainWindow
    from nnviz.gui.settings import Settings

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    theme.apply(app)
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    with tempfile.TemporaryDirectory(prefix="nnviz-bench-") as tmp:
        qsettings = QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(qsettings), dataset="synthetic")
        window.show()

        def shown():
            print("shown", flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, shown)
        app.exec()
        del window, qsettings
    return 0


if __name__ == "__main__":
    sys.exit(main())
