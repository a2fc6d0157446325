"""`nnviz bench` runs end to end and reports what docs/speed.md's table is made of.

Tiny sizes keep it quick: the point is that every part runs and reports positive numbers of
the right kind, never how fast anything is (no timing is asserted). PyTorch is made to look
absent by hiding its module, which must give `"torch": null` and a note, not an error.
"""

import json
import sys

import pytest

from nnviz.__main__ import main

TINY = ["bench", "--quick", "--json", "--samples", "200", "--rounds", "1", "--batches", "1,10,50"]


def run_bench(capsys, *extra):
    assert main(TINY + list(extra)) == 0
    return json.loads(capsys.readouterr().out)


def positive_map(m, keys=("1", "10", "50")):
    assert isinstance(m, dict) and set(m) == set(keys)
    assert all(isinstance(v, float) and v > 0 for v in m.values())


def test_headless_report_without_torch(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)       # `import torch` now raises ImportError
    r = run_bench(capsys, "--no-gui")
    positive_map(r["core"])
    positive_map(r["textbook"])
    positive_map(r["ratios"]["core_vs_textbook"])
    assert r["torch"] is None and r["ratios"]["core_vs_torch"] is None
    assert "not installed" in r["torch_note"]
    assert r["floor_seconds_per_epoch"] > 0 and r["gemm_gflops_1_thread"] > 0
    positive_map(r["matmul_only_seconds_per_epoch"])
    assert r["machine"]["cores"] >= 1 and r["machine"]["numpy"]
    assert "gui" not in r


def test_torch_is_measured_when_installed(capsys):
    pytest.importorskip("torch")
    r = run_bench(capsys, "--no-gui", "--batches", "10")
    positive_map(r["torch"], ("10",))
    positive_map(r["ratios"]["core_vs_torch"], ("10",))


@pytest.mark.slow   # ~15 s even at these sizes: it trains in a real window, views on and off
def test_gui_part_reports_speed_latency_and_memory(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    r = run_bench(capsys, "--batches", "10", "--gui-seconds", "0.5", "--gui-epochs", "0")
    gui = r["gui"]
    for key in ("train_speed_ratio_views_on", "event_loop_latency_ms_p50",
                "event_loop_latency_ms_p99", "drawing_pad_latency_ms_median",
                "train_speed_views_on", "train_speed_views_off", "rss_mb_max"):
        assert isinstance(gui[key], float) and gui[key] >= 0, key
    assert gui["train_speed_ratio_views_on"] > 0 and gui["drawing_pad_latency_ms_median"] > 0
    assert len(gui["train_speed_ratios_views_on"]) == 2    # --quick: two pairs, each trained
    assert all(r > 0 for r in gui["train_speed_ratios_views_on"])
    assert gui["cold_start_seconds"] is None or gui["cold_start_seconds"] > 0
    assert len(gui["rss_mb_per_epoch"]) == 1 and gui["rss_mb_per_epoch"][0] > 0


def test_table_output(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    assert main(TINY[:2] + TINY[3:] + ["--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "| batch |" in out and "Floor:" in out and "PyTorch is not installed" in out


def test_the_window_run_cannot_end_during_the_benchmark():
    """The window plans its longest run: with the default 30 epochs the full benchmark's three
    pairs outlasted the run, and the last pair measured 0 samples/s with the views on."""
    pytest.importorskip("PySide6")
    from nnviz.bench import gui_bench
    with gui_bench.bench_window(None, True) as (_app, window):
        window.training.toggle_training()
        try:
            assert window.training.session.epochs == gui_bench.RUN_EPOCHS == 10_000
        finally:
            window.training.stop()
