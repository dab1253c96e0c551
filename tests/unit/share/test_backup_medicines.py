"""The encrypted backup carries medicines, dose records, appointments and the health summary
(migration 6), through a restore as a new profile and a restore over an existing one."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sharekit import CHEAP

from planner.domain.appointment import Appointment
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine
from planner.domain.summary import Allergy, Condition, EmergencyContact, HealthSummary
from planner.errors import ValidationFailed
from planner.share import backup
from planner.vault import Profiles, Vault
from planner.vault.bulk import insert_all, read_all

PASS = "stick passphrase"
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 3, 10, 12, tzinfo=UTC)


def _fill(vault: Vault) -> None:
    daily = Medicine(name="Metformin", strength="500 mg", dose="1 tablet",
                     times=(time(8), time(18)), started=date(2024, 1, 1), stock=40, refill_at=10,
                     concept_id="322236009")
    inhaler = Medicine(name="Blue inhaler", as_needed=True, started=date(2023, 1, 1))
    vault.medicines.save(daily)
    vault.medicines.save(inhaler)
    due = datetime(2025, 3, 1, 8, tzinfo=LONDON)
    vault.doses.take(daily, due, due + timedelta(minutes=12))
    vault.doses.skip(daily, due.replace(hour=18), "Felt sick", at=NOW)
    vault.doses.record_missed([DoseRecord(medicine_id=daily.id, due=due + timedelta(days=1),
                                          status=DoseStatus.MISSED, at=NOW)])
    vault.doses.take(inhaler, None, NOW)
    vault.appointments.save(Appointment(at=NOW + timedelta(days=3), what_for="Diabetes review",
                                        questions=("Can I stop the evening tablet?",)))
    vault.summary.save(HealthSummary(
        conditions=(Condition(name="Type 2 diabetes", concept_id="44054006"),),
        allergies=(Allergy(substance="Penicillin", reaction="rash"),),
        contacts=(EmergencyContact(name="Anita", phone="07700 900456"),),
    ))


def test_a_backup_round_trips_medicines_doses_appointments_and_the_summary(
    blank: Vault, other_home: Path, tmp_path: Path
) -> None:
    _fill(blank)
    expected = read_all(blank)
    assert len(expected.doses) == 4 and expected.summary is not None
    path = tmp_path / "mine.hpbackup"
    backup.write_backup(blank, path, PASS, kdf=CHEAP)
    contents = backup.read_backup(path, PASS)

    profiles = Profiles(other_home, kdf=CHEAP)
    restored, _ = backup.restore_as_new(profiles, contents, "Copy", "copy pass")
    with restored:
        got = read_all(restored)
        assert got.model_copy(update={"patient_id": None}) == expected.model_copy(
            update={"patient_id": None})
        assert restored.medicines.all()[1].stock == 39  # the take lowered it, and it travelled
        assert restored.verify() == []

    # Over an existing profile: exactly the backup afterwards.
    other, _ = profiles.create("Other", "other pass")
    with other:
        other.medicines.save(Medicine(name="Gone", times=(time(9),), started=date(2025, 1, 1)))
        backup.restore_replacing(other, contents)
        assert read_all(other).medicines == expected.medicines
        assert read_all(other).doses == expected.doses
        assert other.summary.get() == expected.summary


def test_importing_a_backup_twice_is_refused_and_changes_nothing(blank: Vault) -> None:
    _fill(blank)
    snapshot = read_all(blank)
    with pytest.raises(ValidationFailed, match="already in this profile"):
        insert_all(blank, snapshot)
    assert read_all(blank) == snapshot


def test_an_old_backup_without_medicines_still_restores(blank: Vault) -> None:
    snapshot = read_all(blank)
    old = snapshot.model_dump(mode="json")
    for key in ("medicines", "doses", "appointments", "summary"):
        del old[key]
    assert type(snapshot).model_validate_json(__import__("json").dumps(old)) == snapshot
