"""Walk the running app's accessible tree over AT-SPI, as a screen reader sees it.

Run with the SYSTEM Python (`/usr/bin/python3`), not the project's venv: Debian's
`python3-pyatspi` (and the `gi` bindings it stands on, `gir1.2-atspi-2.0`) are built for it and
are not on PyPI (the venv cannot import `gi`). tests/e2e/test_screen_reader.py starts it as a
subprocess with the private display and buses of the app it starts, and reads one JSON object
from stdout:

    {"screens": [[title, controls checked], ...], "problems": [...], "charts": [...],
     "announcements": [[text, politeness], ...], "saved_status": text, "chart_point": text,
     "reminder": [text, politeness]}

It drives the app only through AT-SPI and real (XTEST) key presses, knowing none of its words
in any language: it types the passphrase into the one password field and presses Return; moves
through the sidebar (the first list) with Home and Down; on each screen, and on each page of
each tab list there (chosen with the page tab's action), it checks every control on screen: a
role a screen reader can say, a name that reads as words, a keyboard path (focusable or a
shortcut); then presses Tab round the window from the sidebar, following focus events as Orca
does, and reports every control Tab never reaches and any that Tab cannot leave. Charts must
say their data in words. On Today it types 84 into the first tracker's field and presses its
Save button; on the first chart it presses End to hear the latest point; at the end it moves
the app's reminder clock past 08:00; all three must be announced (`object:announcement`).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pyatspi
from gi.repository import Atspi, GLib

Atspi.set_timeout(5000, 30000)

# Roles a person operates. Anything focusable is checked too, whatever its role.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_CHART,
    pyatspi.ROLE_DIAL, pyatspi.ROLE_CALENDAR, pyatspi.ROLE_DATE_EDITOR,
}
# Roles that say nothing about what a control does.
NO_ROLE = {pyatspi.ROLE_INVALID, pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_FILLER,
           pyatspi.ROLE_REDUNDANT_OBJECT, pyatspi.ROLE_EXTENDED}
# Their children are items of data (rows, cells, choices), read by the control itself.
COMPOUND = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
            pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
            pyatspi.ROLE_CALENDAR, pyatspi.ROLE_DATE_EDITOR, pyatspi.ROLE_SCROLL_BAR}
MENU_ROLES = {pyatspi.ROLE_MENU_BAR}
# Focusable, but not a Tab stop of their own: a group hands focus to what it holds (a tab
# widget to its tab bar), a page tab is chosen with the arrow keys on its tab list, and a label
# whose words can be selected with the mouse takes focus from a click only.
TAB_EXEMPT = {pyatspi.ROLE_PANEL, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LABEL}

DOWN, HOME, END, RETURN, TAB = 0xFF54, 0xFF50, 0xFF57, 0xFF0D, 0xFF09

# A name that is a widget's class or object name, not words.
CLASS_NAME = re.compile(r"^(Q[A-Z]\w+|\w+(Widget|View|Chart|Layout|Panel|Host|Row|Box))$")
IDENTIFIER = re.compile(r"^[a-z]+([_-][a-z0-9]+)+$")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n|%L\d")
# Two articles in a row, as "the chosen a" leaves when a noun is pasted in after an article.
ARTICLES = re.compile(r"\b(the|a|an)( chosen)? (a|an|the)\b(?! (few|lot|little)\b)",
                      re.IGNORECASE)


def name_problem(name: str) -> str:
    """Why this accessible name does not read as words a person would say, or ''."""
    text = name.strip()
    if not text:
        return "has no name"
    if CLASS_NAME.match(text) or IDENTIFIER.match(text):
        return f"is named after code, not words: {text!r}"
    if PLACEHOLDER.search(text):
        return f"has a placeholder left in its name: {text!r}"
    if ARTICLES.search(text):
        return f"has a name that does not read as a sentence: {text!r}"
    if "&" in text and re.search(r"&\w", text):
        return f"has a shortcut marker left in its name: {text!r}"
    if text != " ".join(text.split()) and "\n" not in text:
        return f"has stray spaces in its name: {text!r}"
    return ""


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive (they come through GLib's main context)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(what: str, probe, seconds: float = 20.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception:  # noqa: BLE001 - the tree changes under us while the app works
            found = None
        if found:
            return found
        pump(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def showing(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # noqa: BLE001 - gone
        return False


def children(node) -> list:
    out = []
    try:
        count = node.childCount
    except Exception:  # noqa: BLE001
        return out
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            out.append(child)
    return out


def visible_nodes(root) -> list:
    """Depth first, in reading order, only what is on screen."""
    found = []

    def walk(node) -> None:
        for child in children(node):
            if showing(child):
                found.append(child)
                walk(child)

    walk(root)
    return found


def first(root, role):
    for node in visible_nodes(root):
        if node.getRole() == role:
            return node
    return None


def key(sym: int, *, then: float = 0.05) -> None:
    Atspi.generate_keyboard_event(sym, None, Atspi.KeySynthType.SYM)
    pump(then)


def key_bindings(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getKeyBinding(i) for i in range(action.nActions) if action.getKeyBinding(i)]


def settle(root, seconds: float = 15.0) -> list:
    """The visible nodes once the screen has stopped changing (loads run in a worker)."""
    end = time.monotonic() + seconds
    last: tuple = ()
    while True:
        pump(0.15)
        nodes = visible_nodes(root)
        shape = tuple((n.getRole(), n.name) for n in nodes)
        if shape == last or time.monotonic() > end:
            return nodes
        last = shape


def check_nodes(nodes: list, where: str, problems: list[str], charts: list,
                seen: set | None = None) -> list:
    """Check each control among `nodes` not in `seen` (then added to it); return the controls
    that Tab should reach."""
    parts = set()
    seen = set() if seen is None else seen
    stops = []
    for node in nodes:
        role = node.getRole()
        try:
            parent = node.parent
        except Exception:  # noqa: BLE001
            parent = None
        if parent is not None and (parent in parts or parent.getRole() in COMPOUND):
            parts.add(node)
            continue
        if parent is not None and parent.getRole() in MENU_ROLES | {pyatspi.ROLE_MENU}:
            parts.add(node)  # menus: checked once, below
            continue
        state = node.getState()
        focusable = state.contains(pyatspi.STATE_FOCUSABLE)
        if (not focusable and role not in CONTROL_ROLES) or node in seen:
            continue
        seen.add(node)
        label = f"{where}: {node.getRoleName()} {node.name!r}"
        if role in NO_ROLE:
            problems.append(f"{label} is focusable but has no role a screen reader can say")
        why = name_problem(node.name)
        if why:
            problems.append(f"{label} {why}")
        if PLACEHOLDER.search(node.description or ""):
            problems.append(f"{label} has a placeholder left in its description: "
                            f"{node.description!r}")
        enabled = state.contains(pyatspi.STATE_ENABLED) or state.contains(
            pyatspi.STATE_SENSITIVE)
        tab_list = parent is not None and parent.getRole() == pyatspi.ROLE_PAGE_TAB_LIST
        reachable = focusable or bool(key_bindings(node)) or (
            tab_list and parent.getState().contains(pyatspi.STATE_FOCUSABLE))
        if enabled and not reachable:
            problems.append(f"{label} cannot be reached from the keyboard")
        if enabled and focusable and role not in TAB_EXEMPT and not tab_list:
            stops.append(node)
        if role == pyatspi.ROLE_CHART:
            charts.append([where, node.name, node.description])
            if not re.search(r"\d", node.description or ""):
                problems.append(f"{label} does not say its data in words (description "
                                f"{node.description!r})")
    return stops


def check_menus(frame, problems: list[str]) -> None:
    for bar in (n for n in children(frame) if n.getRole() == pyatspi.ROLE_MENU_BAR):
        for menu in children(bar):
            why = name_problem(menu.name)
            if why:
                problems.append(f"menu bar: menu {why}")
            if not key_bindings(menu):
                problems.append(f"menu bar: menu {menu.name!r} has no keyboard shortcut")
            for popup in children(menu):
                for item in children(popup):
                    if item.getRole() == pyatspi.ROLE_SEPARATOR:
                        continue
                    why = name_problem(item.name)
                    if why:
                        problems.append(f"menu {menu.name!r}: item {why}")


class Focus:
    """Where keyboard focus is, as the screen reader is told (object:state-changed:focused)."""

    def __init__(self) -> None:
        self.now = None
        self.moves = 0
        pyatspi.Registry.registerEventListener(self._event, "object:state-changed:focused")

    def _event(self, event) -> None:
        if event.detail1:
            self.now = event.source
            self.moves += 1

    def press_tab(self):
        """Press Tab; return what took focus (None if nothing did within a second)."""
        before = self.moves
        key(TAB, then=0)
        end = time.monotonic() + 1.0
        while self.moves == before and time.monotonic() < end:
            pump(0.02)
        return self.now if self.moves != before else None


def owner(node):
    """The control a focused node belongs to: a list for its item, a combo box for its list."""
    found = node
    try:
        parent = node.parent
        while parent is not None and parent.getRole() != pyatspi.ROLE_FRAME:
            if parent.getRole() in COMPOUND:
                found = parent
            parent = parent.parent
    except Exception:  # noqa: BLE001 - gone
        pass
    return found


def tab_walk(start, focus: Focus, stops: list, where: str, problems: list[str]) -> None:
    """From `start` (the sidebar), press Tab round the window until focus comes back, and
    report each control Tab never reached (a radio button counts as reached when one of its
    group was: the arrow keys move within a group)."""
    start.queryComponent().grabFocus()
    pump(0.1)
    reached: set = set()
    last = start
    for _ in range(len(stops) + 40):
        node = focus.press_tab()
        for _section in range(4):  # a date field's Tab moves day, month, year, then on
            if node is not None:
                break
            node = focus.press_tab()
        if node is None:
            problems.append(f"{where}: Tab does not move on from {last.getRoleName()} "
                            f"{last.name!r} (a keyboard trap)")
            return
        last = node
        node = owner(node)
        if node == start:
            break
        reached.add(node)
    else:
        problems.append(f"{where}: Tab never came back round to the list of screens")
    groups = {n.parent for n in reached if n.getRole() == pyatspi.ROLE_RADIO_BUTTON}
    for node in stops:
        if node in reached or node == start:
            continue
        if node.getRole() == pyatspi.ROLE_RADIO_BUTTON and node.parent in groups:
            continue
        problems.append(f"{where}: {node.getRoleName()} {node.name!r} is focusable but Tab "
                        f"never reaches it")


def each_tab_page(frame, seen_lists: set):
    """Choose, one by one, every page of every tab list on screen (new ones that appear on a
    page too); yield after each choice. Leaves the first page chosen again."""
    pending = [n for n in visible_nodes(frame)
               if n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and n not in seen_lists]
    while pending:
        tabs = pending.pop(0)
        seen_lists.add(tabs)
        pages = [c for c in children(tabs) if c.getRole() == pyatspi.ROLE_PAGE_TAB]
        for page in pages[1:] + pages[:1]:
            page.queryAction().doAction(0)
            yield page.name
            pending += [n for n in visible_nodes(frame)
                        if n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and n not in seen_lists
                        and n not in pending]


class Announcements:
    """Every object:announcement the app sends: what a screen reader would say unasked."""

    def __init__(self) -> None:
        self.heard: list[list[str]] = []
        pyatspi.Registry.registerEventListener(self._event, "object:announcement")

    def _event(self, event) -> None:
        self.heard.append([str(event.any_data), str(event.detail1)])

    def wait_for(self, what: str, test, seconds: float = 20.0, since: int = 0) -> list[str]:
        """The first announcement from the `since`-th on whose text passes `test`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            for item in self.heard[since:]:
                if test(item[0]):
                    return item
            pump(0.1)
        raise SystemExit(f"no announcement {what}; heard {self.heard!r}")


def the_app(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid and children(app):
                return app
        except Exception:  # noqa: BLE001
            continue
    return None


def main() -> None:
    pid, passphrase, clock_file = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = wait_for("the app on the accessibility bus", lambda: the_app(pid), 60)
    frame = wait_for("its window", lambda: next(
        (c for c in children(app) if c.getRole() == pyatspi.ROLE_FRAME and showing(c)), None))
    heard = Announcements()
    focus = Focus()
    seen_lists: set = set()
    problems: list[str] = []
    charts: list = []
    screens: list = []

    settle(frame)
    unlock_nodes = visible_nodes(frame)
    screens.append(["start", len(check_nodes(unlock_nodes, "start", problems, charts))])
    field = wait_for("the passphrase field", lambda: first(frame, pyatspi.ROLE_PASSWORD_TEXT))
    field.queryEditableText().setTextContents(passphrase)
    field.queryComponent().grabFocus()
    pump(0.2)
    key(RETURN)
    sidebar = wait_for("the screens after unlocking", lambda: first(frame, pyatspi.ROLE_LIST))
    check_menus(frame, problems)
    count = sidebar.childCount
    sidebar.queryComponent().grabFocus()
    pump(0.2)
    key(HOME)
    saved_status = chart_point = ""
    for index in range(count):
        if index:
            sidebar.queryComponent().grabFocus()
            pump(0.1)
            key(DOWN)
        title = sidebar.getChildAtIndex(index).name
        wait_for(f"screen {title!r}", lambda i=index: sidebar.getChildAtIndex(i).getState()
                 .contains(pyatspi.STATE_SELECTED))
        t0 = time.monotonic()
        where = f"screen {index + 1} ({title})"
        seen: set = set()
        stops = check_nodes(settle(frame), where, problems, charts, seen)
        tab_walk(sidebar, focus, stops, where, problems)
        pages = 1
        for page in each_tab_page(frame, seen_lists):
            more = check_nodes(settle(frame), f"{where}, {page}", problems, charts, seen)
            if more:
                tab_walk(sidebar, focus, more, f"{where}, {page}", problems)
            pages += 1
        screens.append([title, len(seen)])
        if not chart_point and charts:
            chart_point = read_a_point(frame, heard)
        print(f"{title}: {len(seen)} controls on {pages} pages in {time.monotonic() - t0:.1f} s",
              file=sys.stderr)
        if index == 0:
            saved_status = save_an_entry(frame, heard)
    # A reminder falls due: the app's clock passes 08:00 ("Take my tablets").
    before = len(heard.heard)
    clock_file.write_text("08:01")
    reminder = heard.wait_for("of the reminder", lambda text: "Take my tablets" in text, 30,
                              before)
    json.dump({"screens": screens, "problems": problems, "charts": charts,
               "announcements": heard.heard, "saved_status": saved_status,
               "chart_point": chart_point,
               "reminder": reminder}, sys.stdout, ensure_ascii=False)


def read_a_point(frame, heard: Announcements) -> str:
    """Focus the first chart on screen and press End, as a keyboard user reads the latest
    point; return what was announced."""
    chart = first(frame, pyatspi.ROLE_CHART)
    chart.queryComponent().grabFocus()
    pump(0.2)
    before = len(heard.heard)
    key(END)
    return heard.wait_for("of the chart's latest point", lambda _t: True, 10, before)[0]


def save_an_entry(frame, heard: Announcements) -> str:
    """On Today: type 84 into the first tracker's field and press its Save button, as a
    screen-reader user would; return the status line the app shows afterwards."""
    nodes = visible_nodes(frame)
    field = next(n for n in nodes if n.getRole() == pyatspi.ROLE_TEXT
                 and n.getState().contains(pyatspi.STATE_EDITABLE))
    siblings = children(field.parent)
    button = next(n for n in siblings if n.getRole() == pyatspi.ROLE_PUSH_BUTTON)
    before = len(heard.heard)
    field.queryEditableText().setTextContents("84")
    button.queryAction().doAction(0)
    return heard.wait_for("of the saved entry", lambda t: "84" in t, 20, before)[0]


if __name__ == "__main__":
    main()
