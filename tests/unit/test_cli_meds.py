"""`health-planner meds|appointments|show summary` through the real entry point, on real vaults
(DESIGN.md's command-line contract: 0 done, 1 failed, 2 wrong input with one clear line)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from clikit import ann_vault, cli, wrong

from cli.main import main
from planner.domain.medicine import DoseStatus
from planner.domain.summary import Allergy, AllergySeverity, Condition, HealthSummary
from planner.services import doses as dose_service


@pytest.fixture
def home(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "Europe/London")
    assert cli(data_dir, "profile", "create", "Ann").code == 0
    return data_dir


def test_add_list_take_skip_and_stop(home: Path) -> None:
    added = cli(home, "meds", "add", "Ramipril", "--strength", "5 mg", "--form", "capsule",
                "--dose", "1 capsule", "--at", "08:00", "--at", "20:00", "--reason",
                "blood pressure", "--prescriber", "Dr Okafor", "--start", "2025-01-01",
                "--code", "322236009", "--stock", "6", "--refill-at", "5")
    assert added.code == 0, added.err
    assert "Added Ramipril 5 mg, at 08:00 and 20:00." in added.out
    assert cli(home, "meds", "add", "Blue inhaler", "--as-needed").code == 0

    listed = cli(home, "meds", "list")
    assert listed.code == 0, listed.err
    for words in ("Ramipril 5 mg, 1 capsule, at 08:00 and 20:00", "For: blood pressure",
                  "Prescribed by: Dr Okafor", "Code (dm+d / SNOMED CT): 322236009",
                  "Left: 6 (order more at 5)", "Blue inhaler, when needed",
                  "Taken as planned: - over 7 days"):
        assert words in listed.out, listed.out

    zone = dose_service.local_zone()
    today = datetime.now(UTC).astimezone(zone).date()
    took = cli(home, "meds", "take", "ramipril", "--due", "08:00", "--at",
               datetime.combine(today, time(0, 1)).isoformat())
    assert took.code == 0, took.err
    assert "Took Ramipril (the 08:00 dose) at 00:01." in took.out
    assert "5 left: running low, time to order more." in took.out
    wrong(cli(home, "meds", "take", "Ramipril", "--due", "08:00"), "already recorded")
    wrong(cli(home, "meds", "take", "Ramipril", "--due", "09:00"), "has no dose at 09:00")
    skipped = cli(home, "meds", "skip", "Ramipril", "--due", "20:00", "--reason", "Felt dizzy")
    assert skipped.code == 0 and "Skipped Ramipril (the 20:00 dose)." in skipped.out
    wrong(cli(home, "meds", "take", "Ramipril"), "already recorded")  # nothing open today
    extra = cli(home, "meds", "take", "Blue inhaler")
    assert extra.code == 0 and "Took Blue inhaler at" in extra.out
    wrong(cli(home, "meds", "skip", "Blue inhaler", "--reason", "x"), "when needed")

    stopped = cli(home, "meds", "stop", "Ramipril", "--reason", "Cough, GP changed it")
    assert stopped.code == 0, stopped.err
    listed = cli(home, "meds", "list")
    assert "Stopped:" in listed.out and "stopped on" in listed.out
    assert "Cough, GP changed it" in listed.out
    wrong(cli(home, "meds", "stop", "Ramipril", "--reason", "again"), "already stopped")

    with ann_vault(home) as vault:
        records = vault.doses.all()
        assert sorted(r.status for r in records) == sorted(
            [DoseStatus.TAKEN, DoseStatus.SKIPPED, DoseStatus.TAKEN])
        ramipril = next(m for m in vault.medicines.all() if m.name == "Ramipril")
        assert ramipril.stock == 5 and ramipril.stopped == date.today()


def test_take_without_due_picks_the_open_dose_and_misses_are_marked(home: Path) -> None:
    start = (date.today() - timedelta(days=3)).isoformat()
    assert cli(home, "meds", "add", "Metformin", "--at", "00:00", "--at", "23:59",
               "--start", start).code == 0
    took = cli(home, "meds", "take", "Metformin")
    assert took.code == 0, took.err
    assert "Took Metformin (the " in took.out
    with ann_vault(home) as vault:
        # Added just now: nothing before it is marked missed, however early it started.
        assert [r.status for r in vault.doses.all()] == [DoseStatus.TAKEN]


def test_wrong_input_is_one_clear_line(home: Path) -> None:
    wrong(cli(home, "meds", "add", "X", "--at", "8 o'clock"), "not a time of day")
    wrong(cli(home, "meds", "add", "X"), "give at least one time")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--as-needed"), "not both")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--code", "322236008"),
          "code: this SNOMED CT or dm+d code has a typing error")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--code", "12345"), "6 to 18 digits")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--stock", "-1"), "stock")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--start", "yesterday"), "start:")
    wrong(cli(home, "meds", "add", "X", "--at", "08:00", "--days", "someday"), "days:")
    wrong(cli(home, "meds", "take", "Nothing"), "no medicine called 'Nothing'")
    assert cli(home, "meds", "add", "X", "--at", "08:00").code == 0
    wrong(cli(home, "meds", "add", "x", "--at", "09:00"), "already a medicine called")
    wrong(cli(home, "meds", "take", "X", "--at", "2999-01-01T08:00"), "in the future")
    wrong(cli(home, "meds", "stop", "X", "--reason", "r", "--on", "1999-01-01"),
          "before the start date")
    wrong(cli(home, "appointments", "add", "--at", "soon", "--for", "GP"), "not a date and time")
    wrong(cli(home, "appointments", "add", "--at", "2026-03-01T09:00", "--for", "GP",
              "--minutes", "1"), "between 5 minutes and 12 hours")
    assert cli(home, "meds", "list").code == 0
    gone = cli(Path(home) / "nowhere", "meds", "list")
    assert gone.code == 2 and "Traceback" not in gone.err


def test_appointments_add_and_list(home: Path) -> None:
    soon = (datetime.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    made = cli(home, "appointments", "add", "--at", soon.isoformat(timespec="minutes"),
               "--for", "Diabetes review", "--with", "Nurse Owusu", "--where", "Lea Surgery",
               "--question", "Can I stop the evening tablet?", "--question", "Foot check?")
    assert made.code == 0, made.err
    assert "Added Diabetes review on" in made.out
    past = (datetime.now() - timedelta(days=20)).isoformat(timespec="minutes")
    assert cli(home, "appointments", "add", "--at", past, "--for", "Blood test").code == 0
    listed = cli(home, "appointments", "list")
    assert listed.code == 0
    text = listed.out
    assert text.index("Coming up:") < text.index("Diabetes review with Nurse Owusu at Lea Surgery")
    assert text.index("Past:") < text.index("Blood test")
    assert "Ask: Can I stop the evening tablet?" in text and "Ask: Foot check?" in text


def test_show_summary(home: Path) -> None:
    empty = cli(home, "show", "summary")
    assert empty.code == 0 and "Conditions: none recorded." in empty.out
    with ann_vault(home) as vault:
        vault.summary.save(HealthSummary(
            conditions=(Condition(name="Type 2 diabetes", onset=date(2019, 5, 1),
                                  concept_id="44054006"),),
            allergies=(Allergy(substance="Penicillin", reaction="rash",
                               severity=AllergySeverity.SEVERE),),
            communication_needs="Large print, please.",
        ))
    assert cli(home, "meds", "add", "Metformin", "--strength", "500 mg", "--at", "08:00").code == 0
    shown = cli(home, "show", "summary")
    assert shown.code == 0
    for words in ("Type 2 diabetes, since May 2019 [SNOMED CT 44054006]",
                  "Penicillin (allergy, severe): rash", "Metformin 500 mg, at 08:00",
                  "Communication needs: Large print, please."):
        assert words in shown.out, shown.out


def test_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "meds" in text and "appointments" in text
    assert main(["show", "--help"]) == 0
    assert "summary" in capsys.readouterr().out
