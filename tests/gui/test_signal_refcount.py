"""Regression guard: PySide6 6.12.0 on CPython 3.11 decrements the reference count of True and
None on signal emits until the interpreter aborts (bool_dealloc / none_dealloc). pyproject.toml
pins around it; this test fails on an affected combination long before the abort."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flagged = Signal(bool)
    happened = Signal(object)


def test_refcounts_of_true_and_none_stay_stable_over_many_emits(qapp):
    e = Emitter()
    received = []
    e.flagged.connect(lambda v: received.append(v))
    e.happened.connect(lambda v: received.append(v))
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(5000):
        e.flagged.emit(True)
        e.happened.emit(None)
        qapp.processEvents()
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # True and None are immortal on 3.12+, where the counts are huge constants; on 3.11 a leak
    # or an over-release of 10,000 emits would move them by thousands.
    assert abs(after[0] - before[0]) < 100, (before, after)
    assert abs(after[1] - before[1]) < 100, (before, after)
