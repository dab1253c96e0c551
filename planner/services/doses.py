"""Doses due on a day, missed doses, adherence, medicines running low, upcoming appointments.

Schedule times are wall-clock times in the person's time zone ("08:00" is eight in the morning
wherever they are). Every function takes that zone (`zone`, a `tzinfo`; default the system's
own, `local_zone()`), so tests and a person who travels get the same answers.

**The missed-dose rule** (`mark_missed`). A scheduled dose is recorded as MISSED, once, when:
its due time plus the grace period (2 hours by default) has passed; it has no record (taken,
skipped or missed); it falls on a day the medicine is taken (from its start date, not after its
course end, before its stop date, on its weekdays); and it was due *after the medicine was added
to this vault* and *within the last 7 days*. The last two keep the log honest: adding a tablet
started three years ago does not fill three years with misses, and a fortnight away from the
computer leaves the older doses unrecorded (unknown) rather than claiming they were missed.
Unrecorded doses count neither for nor against adherence.

"Once" is held by the vault, not by this code: the doses table has UNIQUE (medicine, due) and
UNIQUE (medicine, wall-clock slot), and misses are inserted with ON CONFLICT DO NOTHING. So two
runs at once, a restart half way, or the same run under Europe/London and then under
America/New_York (the same "08:00 on 1 March" at a different instant) never mark a dose twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.appointment import Appointment
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.errors import InputError
from planner.vault.codec import to_ms
from planner.vault.medicines import slot_of
from planner.vault.vault import Vault

__all__ = [
    "GRACE",
    "LOOKBACK",
    "WINDOWS",
    "Adherence",
    "DueDose",
    "adherence",
    "adherence_windows",
    "as_needed_on",
    "dose_to_take",
    "doses_on",
    "local_zone",
    "mark_missed",
    "running_low",
    "upcoming_appointments",
]

GRACE = timedelta(hours=2)
LOOKBACK = timedelta(days=7)  # never mark a dose missed that was due longer ago than this
WINDOWS = (7, 30, 90)  # days, for adherence


def local_zone() -> tzinfo:
    """The system's time zone, with its daylight-saving rules where the system names it
    (the TZ variable, or /etc/localtime linking into a zoneinfo folder); otherwise the
    current fixed offset (Windows without tzdata names, for instance)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    found = datetime.now().astimezone().tzinfo
    assert found is not None
    return found


def _zone(zone: tzinfo | None) -> tzinfo:
    return zone if zone is not None else local_zone()


@dataclass(frozen=True)
class DueDose:
    """A scheduled dose on a day, with its record if it has one."""

    medicine: Medicine
    due: datetime  # aware, in the person's zone
    record: DoseRecord | None = None

    @property
    def status(self) -> DoseStatus | None:
        return None if self.record is None else self.record.status

    @property
    def open(self) -> bool:
        """Still to be taken or skipped (no record, or marked missed and still changeable)."""
        return self.record is None or self.record.status is DoseStatus.MISSED


def _due(day: date, at: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def _day_start(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def _records_by_slot(
    vault: Vault, start: datetime, end: datetime, medicine_id: UUID | None = None
) -> dict[tuple[UUID, str], DoseRecord]:
    """Records of scheduled doses around [start, end), by (medicine, wall-clock slot). The
    window is widened by a day each side: a dose recorded under another time zone has the same
    slot at an instant up to 26 hours away."""
    found: dict[tuple[UUID, str], DoseRecord] = {}
    pad = timedelta(days=1, hours=3)
    for record in vault.doses.between(start - pad, end + pad, medicine_id):
        slot = slot_of(record.due)
        if slot is not None:
            found.setdefault((record.medicine_id, slot), record)
    return found


def doses_on(
    vault: Vault,
    day: date,
    zone: tzinfo | None = None,
    medicines: list[Medicine] | None = None,
) -> list[DueDose]:
    """Every scheduled dose on `day`, per medicine, with its record if any; in time order."""
    zone = _zone(zone)
    medicines = vault.medicines.all() if medicines is None else medicines
    start = _day_start(day, zone)
    end = _day_start(day + timedelta(days=1), zone)
    records = _records_by_slot(vault, start, end)
    out = []
    for medicine in medicines:
        for at in medicine.scheduled_on(day):
            due = _due(day, at, zone)
            out.append(DueDose(medicine, due, records.get((medicine.id, slot_of(due) or ""))))
    return sorted(out, key=lambda d: (d.due, d.medicine.name.casefold()))


def as_needed_on(vault: Vault, day: date, zone: tzinfo | None = None) -> list[DoseRecord]:
    """The "as needed" doses taken on `day` (records without a due time), in time order."""
    zone = _zone(zone)
    start = _day_start(day, zone)
    records = vault.doses.between(start, _day_start(day + timedelta(days=1), zone))
    return [r for r in records if r.due is None]


def mark_missed(
    vault: Vault,
    now: datetime,
    grace: timedelta = GRACE,
    *,
    zone: tzinfo | None = None,
) -> int:
    """Record MISSED for every scheduled dose past its grace period with no record, within the
    rule in this module's docstring; how many were recorded now. Safe to call at any time, as
    often as liked, from any number of processes."""
    zone = _zone(zone)
    if now.tzinfo is None:
        raise ValueError("now must include a time zone")
    missed: list[DoseRecord] = []
    for medicine in vault.medicines.all():
        if medicine.as_needed:
            continue
        added = vault.medicines.added_at(medicine.id)
        floor = now - LOOKBACK if added is None else max(added, now - LOOKBACK)
        latest = now - grace
        if latest < floor:
            continue
        records = _records_by_slot(vault, floor, latest, medicine.id)
        dues = {to_ms(r.due) for r in records.values() if r.due is not None}
        day = floor.astimezone(zone).date()
        last = latest.astimezone(zone).date()
        while day <= last:
            for at in medicine.scheduled_on(day):
                due = _due(day, at, zone)
                if not floor <= due <= latest:
                    continue
                if (medicine.id, slot_of(due)) in records or to_ms(due) in dues:
                    continue
                missed.append(
                    DoseRecord(medicine_id=medicine.id, due=due, status=DoseStatus.MISSED, at=now)
                )
            day += timedelta(days=1)
    if not missed:
        return 0
    return vault.doses.record_missed(missed)


def dose_to_take(
    vault: Vault, medicine: Medicine, now: datetime, zone: tzinfo | None = None
) -> datetime | None:
    """The dose "take" means when no time is given: None for an "as needed" medicine, else
    today's open dose (not yet taken or skipped) nearest to now, the most recent one on a tie."""
    if medicine.as_needed:
        return None
    zone = _zone(zone)
    today = now.astimezone(zone).date()
    open_doses = [d for d in doses_on(vault, today, zone, [medicine]) if d.open]
    if not open_doses:
        raise InputError(
            "Every dose of that medicine due today is already recorded "
            "(give --due to name another)."
        )
    best = min(open_doses, key=lambda d: (abs(d.due - now), d.due > now))
    return best.due


@dataclass(frozen=True)
class Adherence:
    """Scheduled doses in a window, by what happened; "as needed" doses are not counted."""

    days: int
    taken: int = 0
    skipped: int = 0
    missed: int = 0

    @property
    def recorded(self) -> int:
        return self.taken + self.skipped + self.missed

    @property
    def rate(self) -> float | None:
        """taken / (taken + skipped + missed); None when no dose was recorded."""
        return self.taken / self.recorded if self.recorded else None


def adherence(vault: Vault, medicine_id: UUID, days: int, now: datetime) -> Adherence:
    """Adherence over the `days` before `now`: doses due in [now - days, now)."""
    counts = {DoseStatus.TAKEN: 0, DoseStatus.SKIPPED: 0, DoseStatus.MISSED: 0}
    for record in vault.doses.between(now - timedelta(days=days), now, medicine_id):
        if record.due is not None:
            counts[record.status] += 1
    return Adherence(
        days, counts[DoseStatus.TAKEN], counts[DoseStatus.SKIPPED], counts[DoseStatus.MISSED]
    )


def adherence_windows(
    vault: Vault, medicine_id: UUID, now: datetime, windows: tuple[int, ...] = WINDOWS
) -> dict[int, Adherence]:
    """Adherence over 7, 30 and 90 days (or `windows`), from one read of the longest."""
    longest = max(windows)
    records = [
        r
        for r in vault.doses.between(now - timedelta(days=longest), now, medicine_id)
        if r.due is not None
    ]
    out = {}
    for days in windows:
        since = now - timedelta(days=days)
        inside = [r.status for r in records if r.due is not None and r.due >= since]
        out[days] = Adherence(
            days,
            inside.count(DoseStatus.TAKEN),
            inside.count(DoseStatus.SKIPPED),
            inside.count(DoseStatus.MISSED),
        )
    return out


def running_low(vault: Vault) -> list[Medicine]:
    """Medicines still taken whose stock is at or below their refill point."""
    return [m for m in vault.medicines.all(include_stopped=False) if m.running_low]


def upcoming_appointments(
    vault: Vault, now: datetime, within: timedelta = timedelta(days=366)
) -> list[Appointment]:
    """Appointments not cancelled that have not ended yet, soonest first."""
    found = vault.appointments.between(now - timedelta(hours=12), now + within)
    return [a for a in found if not a.cancelled and a.ends > now]
