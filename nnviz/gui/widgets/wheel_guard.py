"""The mouse wheel scrolls the panel, not the value under the pointer, unless that box has focus.

Scrolling down a long controls panel with the wheel used to change whatever spin box or combo
box passed under the pointer (Epochs went from 30 to 21 on the way down). Each such box here
only takes the focus by a click or Tab, and a wheel turn over it while it has no focus goes to
the scroll bar of the area around it instead. A box the user clicked into still answers the
wheel, as Qt's do. Installed per box (`guard`), not on the application: an application-wide
filter would run Python for every event of every widget while training.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QSlider

GUARDED = (QAbstractSpinBox, QComboBox, QSlider)


class WheelGuard(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Wheel or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            bar = area.verticalScrollBar()
            if bar.isVisible():
                QCoreApplication.sendEvent(bar, event)
        return True      # never the value's wheel while the box has no focus


def guard(root):
    """Guard every spin box, combo box and slider under `root` (the window, once built)."""
    keeper = root.findChild(WheelGuard) or WheelGuard(root)
    keeper.setObjectName("wheel_guard")
    for box in (b for kind in GUARDED for b in root.findChildren(kind)):
        if box.property("nnviz_wheel_guarded"):
            continue
        box.setProperty("nnviz_wheel_guarded", True)
        if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the wheel alone gives no focus
        box.installEventFilter(keeper)
    return keeper
