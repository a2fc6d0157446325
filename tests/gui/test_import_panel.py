"""The "Your data" panel: import in the background, show what arrived, then train on it.

The file dialogs are bypassed (the panel's `import_*` methods are what they call); everything
after that — the Job, the summary, the skipped-items list, handing the Dataset to the window
with an output layer of the right size — is exercised for real.
"""

import numpy as np
import pytest


@pytest.fixture
def three_class_csv(tmp_path):
    rng = np.random.default_rng(0)
    lines = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    for i in range(60):
        k = i % 3
        img = rng.integers(0, 30, (28, 28))
        img[4 + 8 * k: 8 + 8 * k, 4:24] = 255
        lines.append(f"{k * 2}," + ",".join(map(str, img.reshape(-1))))   # labels 0, 2, 4
    lines += ["1,2,3", "x," + ",".join(["0"] * 784)]
    path = tmp_path / "shapes.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def wait_for(qtbot, job):
    assert job is not None
    qtbot.waitUntil(lambda: job.isFinished(), timeout=30000)
    qtbot.wait(20)   # let the queued succeeded/failed signal arrive


def test_import_csv_shows_summary_and_trains_with_right_outputs(qtbot, window, three_class_csv):
    panel = window.panels["import"]
    window.show_panel("import")
    wait_for(qtbot, panel.import_csv(str(three_class_csv)))
    data, report = panel.result
    assert data.classes == ("0", "2", "4")
    rows = panel.summary.rows()
    assert [r[0] for r in rows] == ["0", "2", "4"]
    assert [r[2] + r[3] for r in rows] == [20, 20, 20]
    assert all(len(r[1]) == 6 and r[1].shape[1:] == (28, 28) for r in rows)
    assert panel.skipped.count() == 2 and "line 62" in panel.skipped.item(0).text()
    assert "Skipped 2" in panel.skipped_label.text()
    assert panel.train.isEnabled()

    panel.train.click()
    assert window.model.data is data
    assert window.model.network.sizes[0] == 784 and window.model.network.sizes[-1] == 3
    assert window.model.classes == ("0", "2", "4")
    assert window.controls.dataset.currentData() == "shapes"
    window.training.step_batch()                            # training runs on the imported data
    qtbot.waitUntil(lambda: window.training.session.trainer.step >= 1, timeout=20000)
    assert window.training.session.trainer.x is data.train_images


def test_bad_file_gives_a_sentence_not_a_crash(qtbot, window, tmp_path):
    panel = window.panels["import"]
    (tmp_path / "bad.csv").write_text("1,2,3\n4,5,6\n")
    wait_for(qtbot, panel.import_csv(str(tmp_path / "bad.csv")))
    assert panel.result is None
    assert panel.heading.text().startswith("Could not import:")
    assert "square image" in panel.heading.text()
    assert not panel.train.isEnabled()


def test_cancel_stops_the_import(qtbot, window, tmp_path):
    panel = window.panels["import"]
    rows = "\n".join("1," + ",".join(["7"] * 784) for _ in range(5000))
    (tmp_path / "big.csv").write_text(rows + "\n")
    job = panel.import_csv(str(tmp_path / "big.csv"))
    panel.cancel.click()
    wait_for(qtbot, job)
    assert panel.result is None
    assert panel.heading.text() == "Import cancelled."


def test_switching_back_to_a_built_in_dataset_and_again(qtbot, window, three_class_csv):
    panel = window.panels["import"]
    wait_for(qtbot, panel.import_csv(str(three_class_csv)))
    panel.use()
    box = window.controls.dataset
    box.setCurrentIndex(box.findData("synthetic"))
    qtbot.waitUntil(lambda: window.model.data.name == "synthetic", timeout=60000)
    assert window.model.network.sizes[-1] == 10
    box.setCurrentIndex(box.findData("shapes"))
    assert window.model.data.name == "shapes" and window.model.network.sizes[-1] == 3
