"""planner.services.doses on real vaults: the missed-dose rule (exactly once, across restarts,
concurrent runs and a time-zone change), adherence by hand count, what is due, running low."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.appointment import Appointment
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.errors import InputError
from planner.services import doses as svc
from planner.vault import Profiles, Vault
from planner.vault.medicines import slot_of

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def _twice_daily(vault: Vault, added: datetime, **changes: object) -> Medicine:
    m = Medicine(name="Metformin", times=(time(8), time(20)), started=date(2020, 1, 1))
    m = m.edit(**changes) if changes else m
    vault.medicines.save(m, added=added)
    return m


def _slots(vault: Vault) -> list[str]:
    return [slot_of(d.due) or "" for d in vault.doses.all()]


def test_missed_exactly_once_across_a_restart_and_a_time_zone_change(
    profiles: Profiles, vault: Vault
) -> None:
    m = _twice_daily(vault, added=datetime(2025, 3, 7, 6, 0, tzinfo=UTC))
    now = datetime(2025, 3, 10, 23, 0, tzinfo=UTC)  # 23:00 in London, 19:00 in New York
    # 7 March 08:00 to 10 March 20:00 (20:00 + 2 h grace has passed): 4 days x 2.
    assert svc.mark_missed(vault, now, zone=LONDON) == 8
    assert svc.mark_missed(vault, now, zone=LONDON) == 0
    # The same run in New York: the same wall-clock doses, at other instants. None again.
    assert svc.mark_missed(vault, now, zone=NEW_YORK) == 0
    assert svc.mark_missed(vault, now + timedelta(hours=3), zone=NEW_YORK) == 0
    slots = _slots(vault)
    assert len(slots) == len(set(slots)) == 8
    vault.lock()
    again = profiles.unlock("Ann", "correct horse")  # a restart
    try:
        assert svc.mark_missed(again, now + timedelta(hours=1), zone=LONDON) == 0
        # The next morning's 08:00 dose, once its grace has passed, and only that.
        assert svc.mark_missed(again, datetime(2025, 3, 11, 9, 59, tzinfo=UTC),
                               zone=LONDON) == 0
        assert svc.mark_missed(again, datetime(2025, 3, 11, 10, 0, tzinfo=UTC),
                               zone=LONDON) == 1
        assert all(d.status is DoseStatus.MISSED for d in again.doses.all())
        assert {d.medicine_id for d in again.doses.all()} == {m.id}
    finally:
        again.lock()


def test_grace_taken_and_skipped_doses_are_left_alone(vault: Vault) -> None:
    m = _twice_daily(vault, added=datetime(2025, 3, 1, 0, tzinfo=UTC))
    day = date(2025, 3, 3)
    vault.doses.take(m, datetime.combine(day, time(8), LONDON),
                     datetime.combine(day, time(9), LONDON))
    vault.doses.skip(m, datetime.combine(day, time(20), LONDON), "Out for dinner")
    now = datetime(2025, 3, 4, 9, 59, tzinfo=UTC)  # 08:00 is due but within its grace
    assert svc.mark_missed(vault, now, zone=LONDON) == 4  # 1 and 2 March, twice each
    statuses = {slot_of(d.due): d.status for d in vault.doses.all()}
    assert statuses["2025-03-03T08:00:00"] is DoseStatus.TAKEN
    assert statuses["2025-03-03T20:00:00"] is DoseStatus.SKIPPED
    assert "2025-03-04T08:00:00" not in statuses
    assert svc.mark_missed(vault, now, grace=timedelta(hours=1), zone=LONDON) == 1


def test_no_back_fill_before_the_medicine_was_added_or_over_7_days(vault: Vault) -> None:
    # Started years ago, added to the app today at 10:30: the 08:00 dose today is not missed.
    added = datetime(2025, 6, 1, 10, 30, tzinfo=LONDON)
    _twice_daily(vault, added=added)
    assert svc.mark_missed(vault, added + timedelta(hours=9), zone=LONDON) == 0
    assert svc.mark_missed(vault, added + timedelta(hours=12), zone=LONDON) == 1  # 20:00
    # Three weeks away from the computer: only the last 7 days are marked.
    later = datetime(2025, 6, 22, 12, 0, tzinfo=LONDON)
    assert svc.mark_missed(vault, later, zone=LONDON) == 14  # 15 June 20:00 .. 22 June 08:00
    assert min(_slots(vault)[1:]) == "2025-06-15T20:00:00"
    # Not before the start date, not after the stop date, only on its weekdays.
    weekly = Medicine(name="Alendronic acid", times=(time(7),), weekdays=(0,),  # Mondays
                      started=date(2025, 6, 10), stopped=date(2025, 6, 30))
    vault.medicines.save(weekly, added=datetime(2025, 6, 1, tzinfo=UTC))
    assert svc.mark_missed(vault, datetime(2025, 7, 20, tzinfo=UTC), zone=LONDON) >= 0
    weekly_slots = sorted(slot_of(d.due) or "" for d in vault.doses.all()
                          if d.medicine_id == weekly.id)
    assert weekly_slots == []  # 16, 23 June were Mondays, but more than 7 days back now
    vault.medicines.delete(weekly.id)
    vault.medicines.save(weekly, added=datetime(2025, 6, 1, tzinfo=UTC))
    assert svc.mark_missed(vault, datetime(2025, 6, 25, tzinfo=UTC), zone=LONDON) >= 1
    weekly_slots = sorted(slot_of(d.due) or "" for d in vault.doses.all()
                          if d.medicine_id == weekly.id)
    assert weekly_slots == ["2025-06-23T07:00:00"]  # 18 June on: Monday the 23rd only


def test_as_needed_medicines_are_never_missed(vault: Vault) -> None:
    inhaler = Medicine(name="Salbutamol", as_needed=True, started=date(2025, 1, 1))
    vault.medicines.save(inhaler, added=datetime(2025, 1, 1, tzinfo=UTC))
    assert svc.mark_missed(vault, datetime(2025, 3, 1, tzinfo=UTC), zone=LONDON) == 0


def test_concurrent_runs_mark_each_dose_once(profiles: Profiles, vault: Vault) -> None:
    _twice_daily(vault, added=datetime(2025, 3, 1, tzinfo=UTC))
    # A second connection on the same file, past the app's one-writer lock (vault.lock), which
    # would refuse a second `profiles.unlock`: the database's own UNIQUE rules are under test.
    other = Vault(vault.profile_id, vault.name, vault.store.path, bytearray(vault.data_key))
    now = datetime(2025, 3, 5, 12, tzinfo=UTC)
    counts: list[int] = []
    try:
        runs = [threading.Thread(target=lambda v=v: counts.append(
            svc.mark_missed(v, now, zone=LONDON))) for v in (vault, other)]
        for run in runs:
            run.start()
        for run in runs:
            run.join()
    finally:
        other.lock()
    assert sum(counts) == 9 and len(_slots(vault)) == 9  # 1-4 March x 2, and 5 March 08:00


# Hand count. T taken, S skipped, M missed, - nothing recorded; as-needed extras never count.
#            1  2  3  4  5  6  7  8  9  10 March 2025
MORNING = "T  T  M  T  S  T  T  T  M  T".split()  # noqa: SIM905 - a table to read
EVENING = "T  M  T  T  T  -  T  S  T".split()  # noqa: SIM905 - the 10th's 20:00 is not due


def test_adherence_matches_a_hand_count(vault: Vault) -> None:
    m = _twice_daily(vault, added=datetime(2025, 1, 1, tzinfo=UTC))
    kinds = {"T": DoseStatus.TAKEN, "S": DoseStatus.SKIPPED, "M": DoseStatus.MISSED}
    for hour, row in ((8, MORNING), (20, EVENING)):
        for n, mark in enumerate(row, start=1):
            if mark == "-":
                continue
            due = datetime(2025, 3, n, hour, tzinfo=LONDON)
            vault.doses.record(DoseRecord(medicine_id=m.id, due=due, status=kinds[mark],
                                          at=due, reason="Felt sick" if mark == "S" else ""))
    for n in (3, 6, 9):  # extra "as needed" doses of it: not part of adherence
        vault.doses.take(m, None, datetime(2025, 3, n, 14, tzinfo=LONDON))
    now = datetime(2025, 3, 10, 12, tzinfo=UTC)  # London is on GMT until 30 March
    # 7 days back is 3 March 12:00: evening doses 3rd-9th, morning doses 4th-10th.
    # Taken: mornings 4,6,7,8,10 (5) + evenings 3,4,5,7,9 (5) = 10; skipped: 5 am, 8 pm;
    # missed: 9 am. The 6th's evening dose has no record and does not count.
    week = svc.adherence(vault, m.id, 7, now)
    assert (week.taken, week.skipped, week.missed) == (10, 2, 1)
    assert week.rate == pytest.approx(10 / 13)
    # 30 days: everything. Taken 7 mornings + 6 evenings; skipped 5 am, 8 pm; missed 3, 9 am
    # and 2 pm.
    month = svc.adherence(vault, m.id, 30, now)
    assert (month.taken, month.skipped, month.missed) == (13, 2, 3)
    assert month.rate == pytest.approx(13 / 18)
    windows = svc.adherence_windows(vault, m.id, now)
    assert windows[7] == week and windows[30] == month
    assert windows[90] == svc.Adherence(90, 13, 2, 3)
    assert svc.adherence(vault, m.id, 7, datetime(2024, 1, 1, tzinfo=UTC)).rate is None


def test_doses_on_a_day_and_the_dose_take_means(vault: Vault) -> None:
    m = _twice_daily(vault, added=datetime(2025, 1, 1, tzinfo=UTC))
    prn = Medicine(name="Paracetamol", as_needed=True, started=date(2025, 1, 1))
    vault.medicines.save(prn)
    day = date(2025, 3, 4)
    vault.doses.take(m, datetime.combine(day, time(8), LONDON),
                     datetime.combine(day, time(8, 30), LONDON))
    vault.doses.take(prn, None, datetime.combine(day, time(13), LONDON))
    due = svc.doses_on(vault, day, LONDON)
    assert [(d.medicine.name, d.due.hour, d.status) for d in due] == [
        ("Metformin", 8, DoseStatus.TAKEN), ("Metformin", 20, None)]
    assert [r.medicine_id for r in svc.as_needed_on(vault, day, LONDON)] == [prn.id]
    # Seen from New York the same wall-clock dose keeps its record.
    assert svc.doses_on(vault, day, NEW_YORK)[0].status is DoseStatus.TAKEN
    noon = datetime.combine(day, time(12), LONDON)
    assert svc.dose_to_take(vault, m, noon, LONDON) == datetime.combine(day, time(20), LONDON)
    assert svc.dose_to_take(vault, prn, noon, LONDON) is None
    fresh = date(2025, 3, 5)
    at_nine = datetime.combine(fresh, time(9), LONDON)
    assert svc.dose_to_take(vault, m, at_nine, LONDON) == datetime.combine(fresh, time(8), LONDON)
    vault.doses.take(m, datetime.combine(day, time(20), LONDON), noon)
    with pytest.raises(InputError, match="already recorded"):
        svc.dose_to_take(vault, m, noon, LONDON)


def test_running_low_and_upcoming_appointments(vault: Vault) -> None:
    low = Medicine(name="Low", times=(time(8),), started=date(2025, 1, 1), stock=3, refill_at=5)
    fine = Medicine(name="Fine", times=(time(8),), started=date(2025, 1, 1), stock=30,
                    refill_at=5)
    gone = low.edit(id=__import__("uuid").uuid4(), name="Stopped", stopped=date(2025, 2, 1))
    for med in (low, fine, gone):
        vault.medicines.save(med)
    assert [m.name for m in svc.running_low(vault)] == ["Low"]
    now = datetime(2025, 3, 10, 12, tzinfo=UTC)
    for a in (Appointment(at=now - timedelta(days=2), what_for="Past"),
              Appointment(at=now - timedelta(minutes=10), what_for="Now"),
              Appointment(at=now + timedelta(days=2), what_for="Soon"),
              Appointment(at=now + timedelta(days=1), what_for="Off", cancelled=True)):
        vault.appointments.save(a)
    assert [a.what_for for a in svc.upcoming_appointments(vault, now)] == ["Now", "Soon"]


def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert svc.local_zone() == NEW_YORK
    monkeypatch.setenv("TZ", "Not/AZone")
    assert svc.local_zone().utcoffset(datetime.now()) is not None
