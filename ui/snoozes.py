"""Snoozed doses: "remind me again in 20 minutes", kept while the app runs.

A snooze is not a dose record (the dose is still due, and still becomes missed once the grace
period has passed), so it lives in memory, one set per session, shared by the Medicines and
Today screens and the tray. On lock the names are dropped and only the times stay, so a snooze
that falls due behind the lock says nothing but "Health Planner has a reminder".
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from ui.session import Session


@dataclass(frozen=True)
class Snooze:
    medicine_id: UUID
    due: datetime  # the scheduled dose (aware)
    until: datetime  # when to remind again (aware)
    title: str  # what the reminder says ("" once locked)


class Snoozes(QObject):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._items: dict[tuple[UUID, datetime], Snooze] = {}
        session.locked.connect(self._forget_titles)

    def snooze(self, medicine_id: UUID, due: datetime, until: datetime, title: str) -> None:
        self._items[(medicine_id, due)] = Snooze(medicine_id, due, until, title)
        self.changed.emit()

    def until(self, medicine_id: UUID, due: datetime | None) -> datetime | None:
        if due is None:
            return None
        found = self._items.get((medicine_id, due))
        return found.until if found is not None else None

    def drop(self, medicine_id: UUID, due: datetime | None) -> None:
        if due is not None and self._items.pop((medicine_id, due), None) is not None:
            self.changed.emit()

    def all(self) -> list[Snooze]:
        return list(self._items.values())

    def due_between(self, after: datetime, until: datetime) -> list[Snooze]:
        """Snoozes that end in (after, until]; times are compared as aware moments."""
        return [s for s in self._items.values() if after < s.until <= until]

    def _forget_titles(self) -> None:
        self._items = {k: replace(s, title="") for k, s in self._items.items()}


_BY_SESSION: weakref.WeakKeyDictionary[Session, Snoozes] = weakref.WeakKeyDictionary()


def snoozes(session: Session) -> Snoozes:
    """The session's snoozes (made on first use)."""
    found = _BY_SESSION.get(session)
    if found is None:
        found = Snoozes(session)
        _BY_SESSION[session] = found
    return found
