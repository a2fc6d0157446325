"""`nnviz bench [--json] [--quick]`: measure the core, its alternatives, the floor and the GUI.

Every comparison is measured alternately in the same process — for each round, for each batch
size: nnviz, then PyTorch, then the textbook loop — so that a slow moment of a shared machine
hits all of them; a ratio is the median of the per-round ratios, a speed the best round's.
The numbers describe this machine on this run: ratios, not promises.
"""

import argparse
import json
import statistics
import sys

BATCHES = (1, 10, 32, 100, 1000)
HIDE = argparse.SUPPRESS


def add_arguments(p):
    p.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    p.add_argument("--quick", action="store_true",
                   help="fewer samples and rounds (about 70 s instead of about 4 minutes here)")
    p.add_argument("--data", metavar="DIR", help="folder with the MNIST .gz files "
                   "(default: NNVIZ_DATA or the cache; synthetic digits if none is found)")
    p.add_argument("--no-gui", action="store_true", help="skip the window benchmark")
    p.add_argument("--no-torch", action="store_true", help="skip PyTorch even if installed")
    # For tests and experiments: sizes of the run.
    p.add_argument("--samples", type=int, help=HIDE)
    p.add_argument("--rounds", type=int, help=HIDE)
    p.add_argument("--batches", type=lambda s: tuple(int(v) for v in s.split(",")), help=HIDE)
    p.add_argument("--gui-seconds", type=float, help=HIDE)
    p.add_argument("--gui-epochs", type=int, help=HIDE)


def run(args):
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)    # as the app does; measurements that want more threads say so
    samples = args.samples or (20_000 if args.quick else 60_000)
    rounds = args.rounds or (2 if args.quick else 3)
    batches = args.batches or BATCHES
    say = (lambda text: print(text, file=sys.stderr, flush=True))
    data, data_note = load_data(args.data)
    say(f"nnviz bench: {data.name} ({len(data.train_images):,} training images), "
        f"{samples:,} samples per measurement, {rounds} rounds")
    result = measure_headless(data, samples, rounds, batches, not args.no_torch, say)
    result["dataset"] = {"name": data.name, "n_train": len(data.train_images), "note": data_note}
    if not args.no_gui:
        from nnviz.bench import gui_bench
        seconds = args.gui_seconds or (2.0 if args.quick else 4.0)
        epochs = args.gui_epochs if args.gui_epochs is not None else (2 if args.quick else 20)
        result["gui"] = gui_bench.in_subprocess(args.data if not data.synthetic else None,
                                                data.synthetic, seconds, epochs)
        if result["gui"] is None:
            say("  GUI: the window benchmark did not finish; see the messages above")
        # Recording the run for replay must cost training little (the bound: 5 %).
        from nnviz.bench import replay_bench
        result["replay"] = replay_bench.measure(
            args.data if not data.synthetic else None, data.synthetic,
            seconds=1.0 if args.quick else 3.0, pairs=2 if args.quick else 4, say=say)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(format_tables(result))
    return 0


def load_data(folder):
    from nnviz.core.data import load_dataset
    from nnviz.core.errors import DataError
    try:
        return load_dataset("mnist", data_dir=folder), None
    except DataError:
        if folder:
            raise
        return load_dataset("synthetic"), "MNIST not found (pass --data DIR): synthetic digits used"


def measure_headless(data, samples, rounds, batches, want_torch, say):
    from nnviz.bench import core_bench, machine, textbook, torch_bench
    runs = {"core": {}, "textbook": {}, "torch": {}}
    torch_run, torch_note = None, None
    if not want_torch:
        torch_note = "skipped (--no-torch)"
    elif torch_bench.available():
        torch_run = torch_bench.TorchRun(data)
    else:
        torch_note = "PyTorch is not installed (pip install torch) — skipped"
    for r in range(rounds):
        for m in batches:
            n = samples if m < samples else m
            runs["core"].setdefault(m, []).append(core_bench.samples_per_second(data, m, n, seed=r))
            if torch_run:
                runs["torch"].setdefault(m, []).append(torch_run.samples_per_second(m, n, seed=r))
            runs["textbook"].setdefault(m, []).append(textbook.samples_per_second(data, m, n, seed=r))
            say(f"  round {r + 1}/{rounds}, batch {m:>4}: nnviz {runs['core'][m][-1]:>10,.0f}/s"
                + (f"  torch {runs['torch'][m][-1]:>10,.0f}/s" if torch_run else "")
                + f"  textbook {runs['textbook'][m][-1]:>8,.0f}/s")
    n_train, sizes = len(data.train_images), core_bench.SIZES
    best = {k: {str(m): max(v) for m, v in per.items()} for k, per in runs.items()}
    ratios = {name: {str(m): statistics.median(c / o for c, o in zip(runs["core"][m], runs[name][m]))
                     for m in batches} for name in ("torch", "textbook") if runs[name]}
    big = max(batches)
    n_two = max(samples, 20 * big)
    two = {"core": core_bench.samples_per_second(data, big, n_two, threads=2)}
    if torch_run:
        two["torch"] = torch_run.samples_per_second(big, n_two, threads=2)
    gflops = machine.gemm_gflops()
    floor = machine.floor_seconds_per_epoch(sizes, n_train, gflops)
    shaped = {str(m): machine.shaped_floor(sizes, m, n_train) for m in batches}
    core_epoch = {m: n_train / v for m, v in best["core"].items()}
    return {
        "machine": machine.describe(),
        "network": "784-16-16-10 sigmoid, quadratic cost, plain SGD, η = 3, float32",
        "samples_per_measurement": samples, "rounds": rounds,
        "core": best["core"], "core_seconds_per_epoch": core_epoch,
        "textbook": best["textbook"], "torch": best["torch"] if torch_run else None,
        "torch_version": torch_run.version if torch_run else None, "torch_note": torch_note,
        "two_threads": {"batch": big, **{k: v for k, v in two.items()}},
        "ratios": {"core_vs_torch": ratios.get("torch"), "core_vs_textbook": ratios["textbook"]},
        "gemm_gflops_1_thread": gflops,
        "flops_per_epoch": machine.flops_per_sample(sizes) * n_train,
        "floor_seconds_per_epoch": floor,
        "core_vs_floor": {m: s / floor for m, s in core_epoch.items()},
        "matmul_only_seconds_per_epoch": shaped,
        "core_vs_matmul_only": {m: core_epoch[m] / s for m, s in shaped.items()},
    }


def format_tables(r):
    mach = r["machine"]
    lines = [f"Machine: {mach['cpu']}, {mach['cores']} cores; Python {mach['python']}, "
             f"NumPy {mach['numpy']} with {mach['blas']}",
             f"Data: {r['dataset']['name']} ({r['dataset']['n_train']:,} training images); "
             f"{r['network']}; 1 thread unless said", ""]
    torch = r["torch"]
    head = "| batch | nnviz samples/s | s/epoch | PyTorch samples/s | nnviz ÷ PyTorch " \
           "| textbook samples/s | nnviz ÷ textbook | matmuls alone s/epoch |"
    lines += [head, "|" + "---:|" * 8]
    for m, v in r["core"].items():
        t = f"{torch[m]:,.0f}" if torch else "—"
        tr = f"{r['ratios']['core_vs_torch'][m]:.2f}×" if torch else "—"
        lines.append(f"| {m} | {v:,.0f} | {r['core_seconds_per_epoch'][m]:.3f} | {t} | {tr} "
                     f"| {r['textbook'][m]:,.0f} | {r['ratios']['core_vs_textbook'][m]:.1f}× "
                     f"| {r['matmul_only_seconds_per_epoch'][m]:.3f} |")
    two = r["two_threads"]
    lines += ["", f"Batch {two['batch']} with 2 threads: nnviz {two['core']:,.0f} samples/s"
              + (f", PyTorch {two['torch']:,.0f}" if "torch" in two else ""),
              f"Floor: {r['flops_per_epoch'] / 1e9:.2f} GFLOP per epoch ÷ "
              f"{r['gemm_gflops_1_thread']:.0f} GFLOP/s (1-thread float32 GEMM) = "
              f"{r['floor_seconds_per_epoch'] * 1000:.1f} ms per epoch"]
    if r["torch_note"]:
        lines.append(f"PyTorch: {r['torch_note']}")
    if r["dataset"]["note"]:
        lines.append(f"Data: {r['dataset']['note']}")
    gui = r.get("gui")
    if gui:
        lines += ["", "GUI (offscreen): " + "; ".join(f"{k} = {v:.3g}" if isinstance(v, float)
                                                      else f"{k} = {v}" for k, v in gui.items()
                                                      if not isinstance(v, (list, dict)))]
    replay = r.get("replay")
    if replay:
        lines += ["Replay recording: " + "; ".join(
            f"{k} = {v:.3g}" if isinstance(v, float) else f"{k} = {v}" for k, v in replay.items())]
    return "\n".join(lines)
