"""The lessons, walked step by step offscreen: every Show me puts the window in the state it names.

For each step of each lesson the test presses Show me and checks what the step's actions promise:
the view in front, the network loaded (pretrained or fresh), the neuron whose weights are open,
the digit drawn or held in the diagram, the mini-batch stepped, the chain panel's values, the
backprop panel's page and wanted digit. It also checks that doing a step's task ticks it, that
the guide never blocks the window, and the View menu's lesson groups.
"""

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QTabBar

from nnviz.gui.lessons import texts
from nnviz.gui.lessons import views as lesson_views
from nnviz.gui.views.sample_strokes import sample_strokes


def in_front(window, key):
    """The view is on screen: its dock shown and, if it shares a tab strip, the current tab."""
    dock = window.docks.get(key) or window.docks[f"panel_{key}"]
    if not dock.isVisible() or dock.isFloating():
        return dock.isVisible()
    title = dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if bar.isVisible() and title in titles:
            return bar.tabText(bar.currentIndex()) == title
    return True


def check(window, qtbot, action, args, before):
    """Assert the state `action` promises; `before` is what was true before Show me."""
    w = window
    if action == "show":
        assert in_front(w, args["keys"][0]), args
    elif action == "pretrained":
        assert w.model.caption.startswith("pretrained")
    elif action == "fresh":
        assert w.model.caption.startswith("new network")
        assert w.training.session is None or w.training.session.trainer.step == 0
    elif action == "example":
        assert w.model.drawing is None and w.model.chosen is not None
        assert w.model.shown[1] == args["digit"]
        assert w.network_view.highlighted_output() is not None
    elif action == "draw":
        assert w.model.drawing is not None and w.model.shown[2] == "your drawing"
    elif action == "neuron":
        assert w.network_view.inset_neuron() == args["index"]
        np.testing.assert_array_equal(w.network_view.inset_weights().ravel(),
                                      w.model.network.w[0][args["index"]])
    elif action == "step":
        qtbot.waitUntil(lambda: w.training.session is not None and w.training.session.trainer.step
                        == before["step"] + 1 and w.training.session.state == "paused", timeout=20000)
        page = w.panels["backprop"].batch_page
        qtbot.waitUntil(lambda: page.step_result is not None, timeout=5000)
        assert page.step_result[2] == w.controls.values()["batch_size"]
        assert f"{page.step_result[0]:.4f} → {page.step_result[1]:.4f}" in \
            w.statusBar().currentMessage()
    elif action == "train":
        qtbot.waitUntil(lambda: w.training.session is not None and w.training.session.state == "running",
                        timeout=20000)
        w.training.session.pause()
        qtbot.waitUntil(lambda: w.training.session.state == "paused", timeout=10000)
    elif action == "lr":
        assert w.controls.values()["lr"] == args["value"]
        if w.training.session is not None and not w.training.session.running:
            assert w.training.session.trainer.lr == args["value"]
    elif action == "replay_start":
        if w.replay.history is not None and len(w.replay.history):
            assert w.model.replaying and w.replay.timeline.index() == 0
    elif action == "backprop_page":
        assert in_front(w, "backprop")
        assert w.panels["backprop"].pages.currentIndex() == args["page"]
    elif action == "backprop_target":
        panel = w.panels["backprop"]
        assert panel.target == args["digit"] and panel.wanted.checkedId() == args["digit"]
    elif action == "backprop_batch":
        panel = w.panels["backprop"]
        assert in_front(w, "backprop") and panel.pages.currentIndex() == 1
        assert panel.batch_page.wishes is not None and panel.batch_page.step_result is None
    elif action == "chain":
        panel = w.panels["chain"]
        assert in_front(w, "chain")
        for key, value in args.items():
            assert panel.value(key) == pytest.approx(value)
        labels = panel.picture.labels()
        assert labels["link0"] == f"w(L) = {panel.link.w:+.2f}  b(L) = {panel.link.b:+.2f}"
        assert labels["a1"] == f"a(L−1) = {panel.value('a_prev'):.2f}"
    else:
        raise AssertionError(f"no check for the action {action!r}")


@pytest.mark.parametrize("number", (1, 2, 3, 4))
def test_every_show_me_sets_the_state_its_step_names(window, qtbot, number):
    window.resize(1280, 800)
    controller = window.lessons
    assert controller.open_lesson(number)
    lesson = controller.lesson
    assert 5 <= len(lesson.steps) <= 10
    assert controller.dock.isVisible() and controller.guide.lesson is lesson
    if lesson.network == "pretrained":
        assert window.model.caption.startswith("pretrained")
    elif lesson.network == "fresh":
        assert window.model.caption.startswith("new network")
    assert in_front(window, lesson.views[0])
    assert controller.pace_action.isChecked() == lesson.pace
    for i, step in enumerate(lesson.steps):
        controller.guide.go(i)
        assert controller.guide.index == i and controller.guide.title.text().count(step.title)
        before = {"step": window.training.session.trainer.step if window.training.session else 0}
        controller.guide.show_me.click()
        qtbot.wait(20)
        assert QApplication.activeModalWidget() is None     # never a dialog
        for action, args in step.show:
            check(window, qtbot, action, args, before)
        assert i not in controller.guide.done or not step.task   # Show me ticks nothing
    controller.guide.next.click()
    assert controller.guide.index == len(lesson.steps) - 1   # Next stops at the last step


def test_doing_a_task_ticks_its_step(window, qtbot):
    c = window.lessons
    c.open_lesson(1)
    draw = next(i for i, s in enumerate(c.lesson.steps) if s.task == "drawn")
    assert draw not in c.guide.done
    window.pad.draw_strokes(sample_strokes(4))                 # as a learner's strokes arrive
    assert draw in c.guide.done
    c.guide.go(draw)
    assert "✓" in c.guide.task.text()
    c.open_lesson(2)
    step = next(i for i, s in enumerate(c.lesson.steps) if s.task == "stepped")
    lr = next(i for i, s in enumerate(c.lesson.steps) if s.task == "lr_changed")
    window.training.act_step.trigger()
    window.controls.lr.setValue(1000.0)
    assert {step, lr} <= c.guide.done
    qtbot.waitUntil(lambda: window.training.session.trainer.step == 1, timeout=20000)
    c.open_lesson(4)
    slide = next(i for i, s in enumerate(c.lesson.steps) if s.task == "chain_moved")
    window.panels["chain"].sliders["w"].setValue(-300)
    assert slide in c.guide.done


def test_a_lesson_choice_in_the_menu_opens_its_guide(window):
    window.lessons.lesson_actions[3].trigger()
    assert window.lessons.lesson.number == 3 and window.lessons.dock.isVisible()
    assert in_front(window, "backprop")
    window.lessons.lesson_actions[0].trigger()                 # free exploration: no guide
    assert not window.lessons.dock.isVisible() and window.lessons.lesson.number == 0


def test_views_come_in_lesson_order(window):
    order = [lesson_views.rank(k) for k in ("pad", "cost", "backprop", "chain", "lab")]
    assert order == sorted(order)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    sections = [a.text() for a in menu.actions() if a.isSeparator() and a.text()]
    assert sections[:4] == [QApplication.translate("Views", h) for h, _ in
                            lesson_views.GROUPS[:4]]
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names.index(window.docks["pad"].windowTitle()) < \
        names.index(window.docks["panel_backprop"].windowTitle()) < \
        names.index(window.docks["panel_chain"].windowTitle())
    # choosing a view in the menu shows it, twice in a row too: it never hides it
    action = next(a for a in menu.actions() if a.text() == window.docks["panel_chain"].windowTitle())
    for _ in range(2):
        action.trigger()
        assert in_front(window, "chain")


def test_lesson_texts_are_short_and_complete():
    for lesson in texts.lessons()[:4]:
        assert 5 <= len(lesson.steps) <= 10
        for step in lesson.steps:
            sentences = step.text.count(". ") + step.text.count(": ") + 1
            assert sentences <= 6 and len(step.text) < 420, step.title
            assert step.show, step.title
            assert bool(step.task) == bool(step.task_text)


def test_paused_the_diagram_holds_its_example(window, qtbot):
    shown = window.model.shown
    window._next_example()                  # the timer's tick, with no training running
    assert window.model.shown is shown
    window.model.next_example()             # what it does while training runs
    assert window.model.shown is not shown


def train_until(window, qtbot, condition, timeout=60000):
    window.training.toggle_training()
    qtbot.waitUntil(condition, timeout=timeout)
    window.training.session.pause()
    qtbot.waitUntil(lambda: window.training.session.state == "paused", timeout=10000)


def test_a_far_too_large_step_gets_a_hint_and_try_it_applies_it(window, qtbot):
    c = window.lessons
    window.controls.apply_preset("lessons")        # at start the controls show the pretrained
    window.controls.set_values({"lr": 100.0})      # network; the most the control allows
    train_until(window, qtbot, lambda: c.run.hint_label.isVisible())
    assert c.run.hints.hint.kind == "step_too_large"
    assert "Try η = 3" in c.run.hint_label.text() and c.run.hint_try.isVisible()
    assert "learning rate" in c.run.hint_label.toolTip()
    suggested = c.run.hints.hint.setting["lr"]
    c.run.hint_try.click()
    assert window.controls.values()["lr"] == suggested < 100.0
    assert not c.run.hint_label.isVisible()               # until the network is looked at again
    step = window.training.session.trainer.step
    window.training.step_batch()                               # applied from the next mini-batch
    qtbot.waitUntil(lambda: window.training.session.trainer.step == step + 1, timeout=20000)
    assert window.training.session.trainer.lr == suggested


def test_after_a_fast_first_epoch_the_replay_offers_it_again(window, qtbot):
    c = window.lessons
    assert not c.pace_action.isChecked()
    assert not c.run.replay_first_action.isVisible()
    train_until(window, qtbot, lambda: window.training.session.trainer.epoch >= 2)
    assert c.run.first_epoch_seconds < 10.0 and c.run.replay_first_action.isVisible()
    c.run.replay_first.click()
    assert window.model.replaying and window.replay.timeline.index() == 0 and window.replay.timeline.playing()
    window.replay.timeline.pause()


def test_the_lesson_pace_is_what_a_new_run_gets_and_full_speed_one_click(window, qtbot):
    from nnviz.gui.training.pace import LessonPace
    c = window.lessons
    c.pace_action.setChecked(True)
    window.training.step_batch()
    qtbot.waitUntil(lambda: window.training.session.trainer.step == 1, timeout=20000)
    assert window.training.session._speed == LessonPace()
    c.run.full_action.trigger()
    assert window.training.session._speed is None and not c.pace_action.isChecked()
    assert window.controls.values()["speed"] == 100


@pytest.mark.slow   # ~10 s: a whole `nnviz gui --lesson` screenshot run in a child process
def test_nnviz_gui_lesson_makes_a_screenshot_of_the_lesson(tmp_path):
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parents[1]))
    from test_cli import nnviz
    out = tmp_path / "l4.png"
    r = nnviz("gui", "--lesson", "4", "--lesson-step", "2", "--dataset", "synthetic",
              "--screenshot", str(out), "--size", "1024x700", "--preset", "seed")
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert image.height() == 700 and image.width() >= 1024   # the window's minimum may widen it
    r = nnviz("gui", "--lesson", "7", "--screenshot", str(out))
    assert r.returncode == 2 and "--lesson 7 is not a lesson" in r.stderr


def test_a_setup_remembers_and_opens_its_lesson(window, qtbot):
    window.lessons.open_lesson(3)
    setup = window.setups.current()
    assert setup["lesson"] == "3"
    window.lessons.open_lesson(0)
    window.setups.apply(setup)
    qtbot.waitUntil(lambda: window.lessons.lesson.number == 3, timeout=5000)
    assert window.lessons.dock.isVisible()
