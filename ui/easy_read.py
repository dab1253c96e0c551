"""Easy read (issue #23): short sentences, bigger controls and a picture beside the words on
Today, My plan and Check-ins, for people with a learning disability (the NHS Accessible
Information Standard asks services to meet such communication needs).

It is a machine preference (`Preferences.easy_read`, on the Settings screen). The main window
sets it on the application (`set_enabled`) and builds the screens again when it changes; each of
the three screens is then rewritten here as it is built (`apply`), and again each time it shows
fresh data (rows made then get the same treatment). The views themselves know nothing of it:
a sentence is swapped where the view's own translated sentence is found, so easy read works in
every language the sentences are translated into, and a view that changes its wording simply
loses the easy version of that sentence rather than showing a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from ui.resources import resource

PROPERTY = "healthPlannerEasyRead"
MIN_HEIGHT = 48  # px: the smallest touch target easy read allows (WCAG 2.5.5 asks 44)
ICON_SIZE = QSize(32, 32)
SCREENS = ("today", "plan", "checkins")

# (the view's translation context, its sentence, the easy-read sentence)
SENTENCES: tuple[tuple[str, str, object], ...] = (  # object: what QT_TRANSLATE_NOOP gives
    ("TodayView", "Type a value and press Enter. For yes or no, press Y or N.",
     QT_TRANSLATE_NOOP("EasyRead", "Write your answer. Then press Enter.")),
    ("TodayView", "Nothing else is planned for today.",
     QT_TRANSLATE_NOOP("EasyRead", "Nothing more to do today.")),
    ("TodayView", "You are not tracking anything yet.",
     QT_TRANSLATE_NOOP("EasyRead", "You do not write anything down yet.")),
    ("TodayView", "No appointments in the next two weeks.",
     QT_TRANSLATE_NOOP("EasyRead", "No appointments soon.")),
    ("PlanView", "Tick the goals that are part of this plan. You can make and change goals "
     "on the Goals page.",
     QT_TRANSLATE_NOOP("EasyRead", "Tick your goals for this plan.")),
    ("PlanView", "What you, or the people who support you, will do.",
     QT_TRANSLATE_NOOP("EasyRead", "What you will do. What your helpers will do.")),
    ("CheckinsView", "Short questionnaires about how you feel. Your answers stay on this "
     "computer.",
     QT_TRANSLATE_NOOP("EasyRead", "Answer questions about how you feel. Only you see the "
                                   "answers.")),
)

# (context, the button's text, picture, the easy-read words or "" to keep the view's)
BUTTONS: tuple[tuple[str, str, str, object], ...] = (
    ("TodayView", "Track something &new…", "write",
     QT_TRANSLATE_NOOP("EasyRead", "&New thing to write down")),
    ("TodayView", "Open my pl&an", "plan", QT_TRANSLATE_NOOP("EasyRead", "My pl&an")),
    ("TodayView", "See my g&oals", "goal", QT_TRANSLATE_NOOP("EasyRead", "My g&oals")),
    ("TodayView", "Open my me&dicines", "medicine",
     QT_TRANSLATE_NOOP("EasyRead", "My me&dicines")),
    ("TodayView", "Open &community support", "people",
     QT_TRANSLATE_NOOP("EasyRead", "&Community help")),
    ("TodayView", "A&ll my appointments", "appointment",
     QT_TRANSLATE_NOOP("EasyRead", "A&ll my appointments")),
    ("TodayView", "Save", "done", ""),
    ("TodayView", "Yes", "done", ""),
    ("PlanView", "&Save my plan…", "done", ""),
    ("PlanView", "Share with &my GP…", "people", ""),
    ("QuestionnaireForm", "&Save this check-in", "done", ""),
    ("QuestionnaireForm", "Start a &new check-in", "write", ""),
)


def enabled() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(PROPERTY))


def set_enabled(on: bool) -> None:
    app = QApplication.instance()
    if app is not None:
        app.setProperty(PROPERTY, bool(on))


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


# Each context by name, so lupdate's rule holds (a literal context in every translate call);
# the views' own sentences are extracted from the views.
_CONTEXTS: dict[str, Callable[[str], str]] = {
    "TodayView": lambda text: QCoreApplication.translate("TodayView", text),
    "PlanView": lambda text: QCoreApplication.translate("PlanView", text),
    "CheckinsView": lambda text: QCoreApplication.translate("CheckinsView", text),
    "QuestionnaireForm": lambda text: QCoreApplication.translate("QuestionnaireForm", text),
    "EasyRead": lambda text: QCoreApplication.translate("EasyRead", text),
}


def _tr(context: str, text: object) -> str:
    return _CONTEXTS[context](str(text))


def _touch_size(root: QWidget) -> None:
    """Every control at least MIN_HEIGHT high; tab bars' own arrows and rows of lists aside.

    Two halves, because the application's style sheet sets a control's minimum height each time
    it is polished (shown first, or a new text size or theme), over whatever was set here: the
    theme's easy-read rule (resources/themes/*.qss) matches the view marked with PROPERTY, and a
    control polished before the mark is polished again so the rule reaches it; the minimum set
    here covers a window with no sheet."""
    root.setProperty(PROPERTY, True)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget.parent(), QAbstractItemView):
            continue
        if widget.objectName() in ("ScrollLeftButton", "ScrollRightButton"):
            continue
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
        widget.setMinimumHeight(max(widget.minimumHeight(), MIN_HEIGHT))


def _sentences(root: QWidget) -> None:
    easy = {_tr(context, long): _tr("EasyRead", short) for context, long, short in SENTENCES}
    for label in root.findChildren(QLabel):
        short = easy.get(label.text())
        if short is not None:
            label.setText(short)


def _buttons(root: QWidget) -> None:
    found = {_tr(context, text): (name, words) for context, text, name, words in BUTTONS}
    pictured = {_tr("EasyRead", words): name for _c, _t, name, words in BUTTONS if words}
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("\n", " ")  # a button may wrap its words (wrapping.py)
        hit = found.get(text)
        if hit is not None:
            name, words = hit
            if words:
                button.setText(_tr("EasyRead", words))
        elif text in pictured:  # done already
            name = pictured[text]
        else:
            continue
        button.setIcon(icon(name))
        button.setIconSize(ICON_SIZE)


# Today's boxes whose list rows get a picture of their own (the others: a list, or a face for
# a check-in).
ROW_PICTURES = (("meds_box", "medicine"), ("visits_box", "appointment"),
                ("going_box", "people"))


def _picture_for(root: QWidget, view: QListWidget) -> str:
    for box, name in ROW_PICTURES:
        holder = getattr(root, box, None)
        if isinstance(holder, QWidget) and holder.isAncestorOf(view):
            return name
    return "plan"


def _rows(root: QWidget) -> None:
    """A picture beside each row: a face for a check-in, a pill for a dose, and so on."""
    check_in = _tr("TodayView", "Check-in: {name}. Press Enter to start.").split("{", 1)[0]
    for view in root.findChildren(QListWidget):
        view.setIconSize(ICON_SIZE)
        picture = _picture_for(root, view)
        for row in range(view.count()):
            item = view.item(row)
            if item is not None and item.icon().isNull():
                item.setIcon(icon("feelings" if item.text().startswith(check_in) else picture))


def _tabs(root: QWidget) -> None:
    for tabs in root.findChildren(QTabWidget):
        tabs.setIconSize(ICON_SIZE)
        for index in range(tabs.count()):
            tabs.setTabIcon(index, icon("feelings"))


def rewrite(root: QWidget) -> None:
    """Short sentences, pictures and big controls in `root` (safe to run again)."""
    _sentences(root)
    _buttons(root)
    _rows(root)
    _touch_size(root)


def apply(key: str, view: QWidget) -> None:
    """Easy read for screen `key` if it is one of SCREENS and easy read is on."""
    if key not in SCREENS or not enabled():
        return
    if key == "checkins":
        _tabs(view)
    rewrite(view)
    loaded = getattr(view, "loaded", None)  # rows made with fresh data get it too
    if loaded is not None:
        loaded.connect(_Rewriter(view).run)


class _Rewriter(QObject):
    """Rewrites its view each time it shows fresh data (a child, so it goes with the view)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view

    def run(self) -> None:
        rewrite(self.view)
