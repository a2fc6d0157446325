"""Run as a child process by test_hostile_window.py: the window with an imported dataset of
side × side images, every panel brought to the front in turn (each robustness damage measured,
augmentation previewed, one mini-batch trained). Prints one JSON line: the panels' status
messages and the dialogs shown. A crash of the window shows as the child's exit code.
"""

import json
import os
import sys

import numpy as np

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(side, settings_path):
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nnviz.core.augment.jitter import Augment
    from nnviz.core.data.dataset import from_uint8
    from nnviz.gui.settings import Settings
    from nnviz.gui.wait import wait_until
    from nnviz.gui.window.main_window import MainWindow

    app = QApplication([])
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    dialogs = []
    for kind in ("warning", "critical", "information"):
        setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, **k: dialogs.append(text)
            or QMessageBox.StandardButton.Ok))
    window = MainWindow(Settings(QSettings(settings_path, QSettings.Format.IniFormat)),
                        dataset="synthetic")
    window.show()
    wait_until(app, lambda: window.model.data is not None, 60)
    status = []
    for panel in window.panels.values():
        panel.status_message.connect(status.append)
    rng = np.random.default_rng(0)
    data = from_uint8("tiny", rng.integers(0, 256, (50, side, side)).astype(np.uint8),
                      rng.integers(0, 3, 50).astype(np.uint8),
                      rng.integers(0, 256, (20, side, side)).astype(np.uint8),
                      rng.integers(0, 3, 20).astype(np.uint8), ("a", "b", "c"),
                      origin="generated for a test", synthetic=False)
    window.loading.use_dataset(data)
    window.training._on_augment_changed(Augment(0.1, 20.0, 2))
    for key, panel in window.panels.items():
        window.show_panel(key)
        wait_until(app, lambda: not getattr(panel, "busy", lambda: False)(), 30)
        if key == "robustness":
            for i in range(panel.kind.count()):
                panel.kind.setCurrentIndex(i)
                wait_until(app, lambda: not panel.busy(), 30)
    window.training.step_batch()
    wait_until(app, lambda: window.training.session.trainer.step >= 1, 20)
    window.close()
    print(json.dumps({"status": status, "dialogs": dialogs, "steps": 1}))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
