"""Medicines, doses, appointments and the health summary in a real vault (migration 6)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.appointment import Appointment
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.domain.summary import (
    Allergy,
    AllergySeverity,
    Condition,
    EmergencyContact,
    HealthSummary,
)
from planner.errors import DoseAlreadyRecorded, InputError
from planner.vault.keys import new_data_key
from planner.vault.migrations import LATEST
from planner.vault.store import Store
from planner.vault.vault import Vault

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def _tablets(**changes: object) -> Medicine:
    base = Medicine(name="Ramipril", strength="5 mg", dose="1 capsule",
                    times=(time(8), time(20)), started=date(2025, 1, 1), stock=10, refill_at=3)
    return base.edit(**changes) if changes else base


def test_medicines_are_saved_read_sorted_and_filtered(vault: Vault) -> None:
    b = _tablets(name="b tablet")
    a = _tablets(name="Aspirin", stopped=date(2025, 2, 1), stop_reason="Stomach ache")
    c = Medicine(name="Salbutamol", as_needed=True, started=date(2024, 5, 1))
    for m in (b, a, c):
        vault.medicines.save(m)
    assert [m.name for m in vault.medicines.all()] == ["Aspirin", "b tablet", "Salbutamol"]
    current = vault.medicines.all(include_stopped=False)
    assert [m.name for m in current] == ["b tablet", "Salbutamol"]
    assert vault.medicines.get(a.id) == a
    assert vault.medicines.get(uuid.uuid4()) is None
    first = vault.medicines.added_at(b.id)
    vault.medicines.save(b.edit(dose="2 capsules"))
    assert vault.medicines.added_at(b.id) == first  # kept from the first save
    assert vault.medicines.get(b.id).dose == "2 capsules"  # type: ignore[union-attr]


def test_a_dose_is_recorded_once_and_deleting_a_medicine_deletes_its_doses(vault: Vault) -> None:
    m = _tablets()
    vault.medicines.save(m)
    due = datetime(2025, 3, 1, 8, tzinfo=LONDON)
    first = DoseRecord(medicine_id=m.id, due=due, status=DoseStatus.TAKEN, at=due)
    vault.doses.record(first)
    vault.doses.record(first.edited_time(due + timedelta(minutes=40)))  # same id: an edit
    assert vault.doses.for_due(m.id, due).at == due + timedelta(minutes=40)  # type: ignore[union-attr]
    with pytest.raises(DoseAlreadyRecorded):
        vault.doses.record(DoseRecord(medicine_id=m.id, due=due, status=DoseStatus.MISSED, at=NOW))
    # The same 08:00 dose seen from another time zone is the same dose.
    same_slot = datetime(2025, 3, 1, 8, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(DoseAlreadyRecorded):
        vault.doses.record(DoseRecord(medicine_id=m.id, due=same_slot,
                                      status=DoseStatus.MISSED, at=NOW))
    # "As needed" doses have no due time and never clash.
    for hour in (9, 10):
        vault.doses.record(DoseRecord(medicine_id=m.id, status=DoseStatus.TAKEN,
                                      at=datetime(2025, 3, 1, hour, tzinfo=UTC)))
    with pytest.raises(InputError):  # no such medicine
        vault.doses.record(DoseRecord(medicine_id=uuid.uuid4(), status=DoseStatus.TAKEN, at=NOW))
    assert vault.doses.count() == 3
    other = _tablets(name="Other")
    vault.medicines.save(other)
    vault.doses.record(DoseRecord(medicine_id=other.id, due=due, status=DoseStatus.TAKEN, at=due))
    vault.medicines.delete(m.id)
    assert [d.medicine_id for d in vault.doses.all()] == [other.id]


def test_between_uses_due_or_at_and_is_sorted(vault: Vault) -> None:
    m = _tablets()
    vault.medicines.save(m)
    day = date(2025, 3, 1)
    late = DoseRecord(medicine_id=m.id, due=datetime.combine(day, time(20), LONDON),
                      status=DoseStatus.TAKEN, at=datetime.combine(day, time(23), LONDON))
    early = DoseRecord(medicine_id=m.id, due=datetime.combine(day, time(8), LONDON),
                       status=DoseStatus.SKIPPED, at=datetime.combine(day, time(9), LONDON),
                       reason="Felt sick")
    extra = DoseRecord(medicine_id=m.id, status=DoseStatus.TAKEN,
                       at=datetime.combine(day, time(12), LONDON))
    for d in (late, early, extra):
        vault.doses.record(d)
    start = datetime.combine(day, time.min, LONDON)
    assert vault.doses.between(start, start + timedelta(days=1)) == [early, extra, late]
    assert vault.doses.between(start, start + timedelta(hours=20)) == [early, extra]
    assert vault.doses.between(start, start + timedelta(days=1), uuid.uuid4()) == []
    assert vault.doses.between(start, start + timedelta(days=1), m.id) == [early, extra, late]
    vault.doses.delete(extra.id)
    assert vault.doses.all() == [early, late]


def test_take_lowers_stock_in_the_same_transaction_and_turns_a_miss_into_taken(
    vault: Vault,
) -> None:
    m = _tablets(stock=1)
    vault.medicines.save(m)
    due = datetime(2025, 3, 1, 8, tzinfo=LONDON)
    taken = vault.doses.take(m, due, due + timedelta(minutes=5), note="with breakfast")
    assert taken.status is DoseStatus.TAKEN and taken.note == "with breakfast"
    assert vault.medicines.get(m.id).stock == 0  # type: ignore[union-attr]
    with pytest.raises(DoseAlreadyRecorded):
        vault.doses.take(m, due, due)
    assert vault.medicines.get(m.id).stock == 0  # type: ignore[union-attr]  # never below 0
    evening = due.replace(hour=20)
    missed = DoseRecord(medicine_id=m.id, due=evening, status=DoseStatus.MISSED, at=NOW)
    assert vault.doses.record_missed([missed]) == 1
    assert vault.doses.record_missed([missed.edit(id=uuid.uuid4())]) == 0  # exactly once
    late = vault.doses.take(m, evening, evening + timedelta(hours=3))
    assert late.id == missed.id and late.status is DoseStatus.TAKEN
    assert vault.doses.count() == 2
    with pytest.raises(DoseAlreadyRecorded):
        vault.doses.skip(m, evening, "forgot")
    nxt = evening + timedelta(days=1)
    skipped = vault.doses.skip(m, nxt, "Felt dizzy")
    assert skipped.reason == "Felt dizzy" and skipped.status is DoseStatus.SKIPPED
    uncounted = _tablets(name="No count", stock=None)
    vault.medicines.save(uncounted)
    vault.doses.take(uncounted, None, NOW)  # an extra dose, no stock to lower
    assert vault.medicines.get(uncounted.id).stock is None  # type: ignore[union-attr]


def test_a_failed_take_changes_nothing(vault: Vault) -> None:
    m = _tablets(stock=5)
    vault.medicines.save(m)
    due = datetime(2025, 3, 1, 8, tzinfo=LONDON)
    vault.doses.skip(m, due, "Away")
    with pytest.raises(DoseAlreadyRecorded):
        vault.doses.take(m, due, due)
    assert vault.medicines.get(m.id).stock == 5  # type: ignore[union-attr]


def test_two_connections_marking_the_same_dose_record_it_once(profiles, vault: Vault) -> None:
    m = _tablets()
    vault.medicines.save(m)
    other = Vault(vault.profile_id, vault.name, vault.store.path, bytearray(vault.data_key))
    try:
        due = datetime(2025, 3, 1, 8, tzinfo=LONDON)
        results: list[int] = []

        def mark(v: Vault) -> None:
            rec = DoseRecord(medicine_id=m.id, due=due, status=DoseStatus.MISSED, at=NOW)
            results.append(v.doses.record_missed([rec]))

        threads = [threading.Thread(target=mark, args=(v,)) for v in (vault, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [0, 1]
        assert vault.doses.count() == 1
    finally:
        other.lock()


def test_appointments_and_the_summary(vault: Vault) -> None:
    later = Appointment(at=NOW + timedelta(days=3), what_for="Blood test",
                        questions=("Fasting?",))
    sooner = Appointment(at=NOW + timedelta(days=1), what_for="Review", with_whom="Dr Okafor")
    past = Appointment(at=NOW - timedelta(days=30), what_for="Check-up", notes="All fine",
                       follow_ups=("Book blood test",))
    for a in (later, sooner, past):
        vault.appointments.save(a)
    assert vault.appointments.all() == [past, sooner, later]
    assert vault.appointments.between(NOW, NOW + timedelta(days=2)) == [sooner]
    assert vault.appointments.get(sooner.id) == sooner
    vault.appointments.save(sooner.edit(at=NOW + timedelta(days=5)))
    assert [a.what_for for a in vault.appointments.between(NOW, NOW + timedelta(days=7))] == [
        "Blood test", "Review"]
    vault.appointments.delete(past.id)
    assert vault.appointments.get(past.id) is None

    assert vault.summary.get() == HealthSummary()
    summary = HealthSummary(
        conditions=(Condition(name="Type 2 diabetes", onset=date(2019, 5, 1),
                              concept_id="44054006"),),
        allergies=(Allergy(substance="Penicillin", reaction="rash",
                           severity=AllergySeverity.MODERATE),),
        carer="Anita",
        contacts=(EmergencyContact(name="Anita", relationship="sister", phone="07700 900456"),),
    )
    vault.summary.save(summary)
    vault.summary.save(summary.edit(about_me="I am hard of hearing."))
    assert vault.summary.get().about_me == "I am hard of hearing."
    assert vault.summary.get().conditions == summary.conditions


def test_the_current_schema_migrates_to_6_and_keeps_all_data(tmp_path) -> None:
    """A vault at schema 5 (the release before medicines) holding data of every kind."""
    path = tmp_path / "vault.db"
    key = new_data_key()
    old = Store(path, key, create=True, schema=5)
    with old.transaction() as c:
        c.execute("INSERT INTO meta(key, value) VALUES ('person', '{}')")
        c.execute("INSERT INTO goals(id, status, updated_at, body) "
                  "VALUES ('g', 'active', 't', 'b')")
        c.execute("INSERT INTO plan_versions(version, saved_at, body) VALUES (1, 't', 'p')")
        c.execute("INSERT INTO trackers(id, key, body) VALUES ('t1', 'mood', '{}')")
        c.executemany("INSERT INTO log_entries(id, tracker, at, value) VALUES (?, 1, ?, 7)",
                      [(uuid.uuid4().bytes, i * 3_600_000) for i in range(100)])
        c.execute("INSERT INTO log_days(k, entries, first_at, last_at, valued) "
                  "VALUES (1, 2, 3, 4, 5)")
        c.execute("INSERT INTO questionnaire_responses(id, instrument, completed_at, body) "
                  "VALUES ('q', 'PHQ9', 1, 'b')")
        c.execute("INSERT INTO reminders(id, body) VALUES ('r', 'b')")
        c.execute("INSERT INTO consents(purpose, action, text_version, at) "
                  "VALUES ('surveys', 'given', '1', 't')")
        c.execute("INSERT INTO outbox(id, purpose, created_at, body) "
                  "VALUES ('o', 'surveys', 't', 'b')")
        c.execute("INSERT INTO sync_state(key, value) VALUES ('k', 'v')")
    tables = [r[0] for r in old.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    before = {t: old.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    old.close()

    vault = Vault(uuid.uuid4(), "Old", path, bytearray(key))
    try:
        assert vault.store.schema_version == LATEST >= 6
        for table, rows in before.items():
            assert vault.store.query(f"SELECT * FROM {table} ORDER BY 1") == rows
        assert vault.medicines.all() == [] and vault.doses.all() == []
        assert vault.appointments.all() == [] and vault.summary.get() == HealthSummary()
        m = _tablets()
        vault.medicines.save(m)
        vault.doses.take(m, datetime(2025, 3, 1, 8, tzinfo=LONDON), NOW)
        assert vault.verify() == []
    finally:
        vault.lock()
    assert list(tmp_path.glob("vault.db.before-v6.bak"))
