"""`nnviz gui --screenshot`: drive the real window offscreen, then save it as a PNG.

It waits for the dataset, trains the requested number of mini-batches through the same
worker thread the user's Train button uses, optionally draws a sample digit on the pad,
lets the views repaint, grabs the whole window and exits with 0 (or 2 with a message). The
picture is never larger than --size: text is zoomed no further than lets the window fit it,
as the live window does on its screen.
"""

import sys

from nnviz.gui.image_files import save_png
from nnviz.gui.wait import wait_until


def take_screenshot(app, window, args):
    from nnviz.gui.views.sample_strokes import sample_strokes

    window.resize(*args.size)
    window.show()
    failed = lambda: window.loading.data_error is not None  # noqa: E731
    if not wait_until(app, lambda: window.model.data is not None or failed(), 120):
        print("nnviz: the dataset took too long to load.", file=sys.stderr)
    # The job's thread ends just before its queued `succeeded` reaches the window.
    elif not wait_until(app, lambda: window.model.data is not None, 2.0):
        print("nnviz: no dataset could be loaded; the screenshot shows the first-run banner.",
              file=sys.stderr)
    # The live window's rule: text only as large as lets the window fit, here into --size
    # (at 150 % the window had grown to 1113×807 for a --size of 1024×768). Measured once
    # the data is in: the first-run banner shown while it loads needs more height.
    window.display.fit_zoom(room=args.size)
    window.resize(*args.size)
    wait_until(app, lambda: False, 0.1)    # the first layout, which a lesson then rearranges
    lesson = getattr(args, "lesson", None)   # a setup's lesson key: "1"–"4", "0"
    lesson = None if lesson is None else int(lesson)
    if lesson is not None:
        window.lessons.open_lesson(lesson)
    if args.preset:
        window.controls.apply_preset(args.preset)
        window.training.reset()
    if args.train_batches and window.model.data is not None:
        window.training.step_batch()              # starts the worker, paused after one batch
        session = window.training.session
        wait_until(app, lambda: session.trainer.step >= 1, 30)
        session.pause_at_step(args.train_batches)
        session.resume()
        wait_until(app, lambda: session.trainer.step >= args.train_batches
                   and session.state == "paused", 600)
        wait_until(app, lambda: False, 0.3)            # let the last snapshot reach the views
    if args.view and not window.show_panel(args.view):
        print(f"nnviz: no view called {args.view!r}; showing the default layout.", file=sys.stderr)
    if lesson:
        _lesson_step(app, window, args.lesson_step - 1)
    if args.draw is not None:
        window.pad.draw_strokes(sample_strokes(args.draw))
    wait_until(app, lambda: False, 0.5)
    # A panel computing in the background (landscape, evaluation…) finishes before the picture.
    wait_until(app, lambda: not any(getattr(p, "busy", lambda: False)()
                                    for p in window.panels.values()), 120)
    wait_until(app, lambda: False, 0.3)
    window.statusBar().clearMessage()    # the picture shows the status line, not a passing note
    wait_until(app, lambda: False, 0.05)
    picture = window.grab()
    window.close()
    try:
        save_png(picture, args.screenshot)
    except OSError as e:
        print(f"nnviz: could not write {args.screenshot}: {e}", file=sys.stderr)
        return 2
    print(f"saved {args.screenshot}")
    return 0


def _lesson_step(app, window, index):
    """Go to step `index` of the open lesson and press its Show me; let a step it began run."""
    guide = window.lessons.guide
    guide.go(index)
    window.lessons.show_me(guide.index)
    session = window.training.session
    if session is not None and session.running:
        wait_until(app, lambda: session.state == "paused" or session.trainer.step >= 400, 60)
        if session.state != "paused":      # a training run: stop it where it got to
            session.pause()
            wait_until(app, lambda: session.state == "paused", 10)
        wait_until(app, lambda: False, 0.3)
