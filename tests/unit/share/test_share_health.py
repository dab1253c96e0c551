"""Sharing #13 from a real vault: medicines, dose logs, appointments and the health summary in
the FHIR Bundle (and back), the GP summary's tickable sections, the calendar and the dose CSV,
and the command line that makes each."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from test_ics import by_summary, events
from test_report import pdf_text

from planner.domain.appointment import Appointment
from planner.domain.medicine import DoseRecord, DoseStatus, Medicine, MedicineForm
from planner.domain.summary import Allergy, AllergySeverity, Condition, HealthSummary
from planner.share import csv as csv_share
from planner.share import fhir, ics, report
from planner.share.report import ReportOptions
from planner.vault import Vault

TODAY = date.today()
NOW = datetime.now(UTC)


def medicines() -> list[Medicine]:
    return [
        Medicine(name="Metformin", strength="500 mg", dose="1 tablet",
                 times=(time(8), time(18)), reason="Blood sugar", prescriber="Dr Okafor",
                 started=TODAY - timedelta(days=400), concept_id="322236009"),
        Medicine(name="Water tablet", dose="1 tablet", times=(time(7, 30),),
                 weekdays=(0, 2, 4), started=TODAY - timedelta(days=60),
                 course_end=TODAY + timedelta(days=30)),
        Medicine(name="Salbutamol", form=MedicineForm.INHALER, dose="2 puffs", as_needed=True,
                 started=TODAY - timedelta(days=900)),
        Medicine(name="Simvastatin", strength="20 mg", times=(time(21),),
                 started=TODAY - timedelta(days=700), stopped=TODAY - timedelta(days=10),
                 stop_reason="Muscle aches, changed to atorvastatin"),
        Medicine(name="Old cream", form=MedicineForm.CREAM, times=(time(9),),
                 started=TODAY - timedelta(days=900), stopped=TODAY - timedelta(days=500),
                 stop_reason="Rash cleared up long ago"),
    ]


SUMMARY = HealthSummary(
    conditions=(Condition(name="Type 2 diabetes", onset=date(2019, 6, 1),
                          concept_id="44054006"),
                Condition(name="Broken wrist", onset=date(2021, 2, 1), resolved=True)),
    allergies=(Allergy(substance="Penicillin", reaction="rash and swelling of the face",
                       severity=AllergySeverity.SEVERE, concept_id="764146007"),
               Allergy(substance="Lactose", intolerance=True)),
    communication_needs="Large print, please",
    about_me="I get anxious in waiting rooms.",
)


def appointments() -> list[Appointment]:
    soon = datetime.combine(TODAY + timedelta(days=7), time(10, 30)).astimezone(UTC)
    return [
        Appointment(at=soon, what_for="Diabetes review", with_whom="Practice nurse",
                    where="Bow Health Centre, Bow Road",
                    questions=("Can I stop the water tablet?", "Is my HbA1c better?")),
        Appointment(at=NOW - timedelta(days=40), what_for="Blood test", notes="All fine"),
        Appointment(at=NOW + timedelta(days=3), what_for="Eye screening", cancelled=True),
    ]


def fill(vault: Vault) -> list[Medicine]:
    made = medicines()
    for medicine in made:
        vault.medicines.save(medicine)
    vault.summary.save(SUMMARY)
    for item in appointments():
        vault.appointments.save(item)
    metformin = made[0]
    day = TODAY - timedelta(days=2)
    due = datetime.combine(day, time(8)).astimezone(UTC)
    vault.doses.record(DoseRecord(medicine_id=metformin.id, due=due, status=DoseStatus.TAKEN,
                                  at=due + timedelta(minutes=12), note="=HYPERLINK(\"x\")"))
    due2 = datetime.combine(day, time(18)).astimezone(UTC)
    vault.doses.record(DoseRecord(medicine_id=metformin.id, due=due2,
                                  status=DoseStatus.SKIPPED, at=due2,
                                  reason="Felt sick, did not eat"))
    vault.doses.record(DoseRecord(medicine_id=made[2].id, status=DoseStatus.TAKEN,
                                  at=due + timedelta(hours=3)))
    return made


def by_id(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda x: str(x.id))


# -- FHIR --------------------------------------------------------------------------------


def test_fhir_bundle_validates_and_round_trips_into_an_empty_profile(
    demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    fill(demo)
    first = fhir.export_bundle(demo)
    Bundle.model_validate(first)
    assert fhir.check_codes(first) == []
    kinds = [e["resource"]["resourceType"] for e in first["entry"]]
    assert kinds.count("AllergyIntolerance") == 2 and kinds.count("Condition") == 2
    assert kinds.count("MedicationStatement") == len(demo.medicines.all())
    assert kinds.count("Appointment") == len(demo.appointments.all())
    path = tmp_path / "health.json"
    fhir.write_fhir(demo, path)
    result = fhir.import_fhir(blank, path)
    assert result.counts["medicines"] == len(demo.medicines.all())
    assert by_id(blank.medicines.all()) == by_id(demo.medicines.all())
    assert by_id(blank.appointments.all()) == by_id(demo.appointments.all())
    assert blank.summary.get() == demo.summary.get() == SUMMARY
    second = fhir.export_bundle(blank)
    assert first["entry"] == second["entry"]


def test_a_wrong_snomed_id_in_the_file_is_refused_with_the_rule(demo: Vault, blank: Vault,
                                                                  tmp_path: Path) -> None:
    fill(demo)
    bundle = fhir.export_bundle(demo)
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Condition":
            coding = entry["resource"]["code"].get("coding")
            if coding:
                coding[0]["code"] = "44054007"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    with pytest.raises(Exception, match="check digit") as caught:
        fhir.import_fhir(blank, path)
    assert "(Condition)" in str(getattr(caught.value, "problems", caught.value))
    assert blank.summary.get() == HealthSummary()


# -- the GP summary ------------------------------------------------------------------------

SECTIONS = {
    "medicines": ["My medicines", "Metformin 500 mg tablet", "Muscle aches, changed to"],
    "allergies": ["Allergies and intolerances", "rash and swelling of the face"],
    "conditions": ["My health conditions", "Broken wrist", "SNOMED CT 44054006"],
    "appointments": ["Coming appointments", "Can I stop the water tablet?",
                     "Bow Health Centre"],
}


@pytest.mark.parametrize("left_out", [(), ("medicines", "conditions"),
                                      ("allergies", "appointments"), tuple(SECTIONS)])
def test_each_ticked_section_is_in_the_html_and_no_unticked_one(
    demo: Vault, left_out: tuple[str, ...]
) -> None:
    fill(demo)
    html = report.build_report(demo, ReportOptions(**{s: False for s in left_out}))
    for section, markers in SECTIONS.items():
        for marker in markers:
            assert (marker in html) is (section not in left_out), (section, marker)


def test_medicines_section_lists_current_ones_and_only_those_stopped_in_the_period(
    demo: Vault,
) -> None:
    fill(demo)
    html = report.build_report(demo, ReportOptions(start=TODAY - timedelta(days=30)))
    assert "Medicines stopped or finished" in html and "Simvastatin" in html
    assert "Old cream" not in html  # stopped long before the period
    assert "1 tablet at 08:00 and 18:00, every day" in html
    assert "Eye screening" not in html and "Blood test" not in html  # cancelled, past
    outside = report.build_report(demo, ReportOptions(start=TODAY - timedelta(days=5)))
    assert "Simvastatin" not in outside


def test_the_printed_pdf_has_the_ticked_sections_only(demo: Vault, tmp_path: Path) -> None:
    from ui.printing import html_to_pdf

    fill(demo)
    out = tmp_path / "summary.pdf"
    options = ReportOptions(allergies=False, charts=False, goals=False, plan=False)
    html_to_pdf(report.build_report(demo, options), out)
    text = pdf_text(out)
    for section, markers in SECTIONS.items():
        assert (markers[1] in text) is (section != "allergies"), section


# -- the calendar ----------------------------------------------------------------------------


def test_calendar_has_appointments_with_questions_and_dose_times_that_repeat(
    demo: Vault,
) -> None:
    made = fill(demo)
    data = ics.export_ics(demo)
    found = events(data)
    summaries = by_summary(data)
    review = summaries["Diabetes review"]
    assert str(review["LOCATION"]) == "Bow Health Centre, Bow Road"
    assert b"LOCATION:Bow Health Centre\\, Bow Road\r\n" in data  # escaped on the wire
    description = str(review["DESCRIPTION"])
    assert description.startswith("With: Practice nurse\n\nQuestions I want to ask:\n- ")
    assert "- Can I stop the water tablet?" in description.splitlines()
    assert review["STATUS"] == "CONFIRMED"
    start = review.decoded("DTSTART")
    assert review["DTSTART"].params["TZID"] == "Europe/London" and start.time() == time(10, 30)
    (alarm,) = review.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER") == -timedelta(hours=1)
    assert str(alarm["DESCRIPTION"]) == "Diabetes review"
    eye = summaries["Eye screening"]
    assert eye["STATUS"] == "CANCELLED" and not eye.walk("VALARM")
    metformin = [e for e in found if e["SUMMARY"] == "Take Metformin 500 mg: 1 tablet"]
    assert len(metformin) == 2 and all(e["RRULE"] == {"FREQ": ["DAILY"]} for e in metformin)
    assert sorted(e.decoded("DTSTART").time() for e in metformin) == [time(8), time(18)]
    assert all(e["DTSTART"].params["TZID"] == "Europe/London" for e in metformin)
    water = summaries["Take Water tablet: 1 tablet"]
    end = TODAY + timedelta(days=30)
    rule = water["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "WE", "FR"]
    (until,) = rule["UNTIL"]
    assert until.utcoffset() == timedelta(0)  # UNTIL of a timed event is UTC
    assert until.astimezone(ics.zone()).date() == end
    assert until.astimezone(ics.zone()).time() == time(23, 59, 59)
    start = water.decoded("DTSTART")
    assert start.weekday() in (0, 2, 4) and start.date() >= made[1].started
    assert not any("Salbutamol" in s or "Simvastatin" in s or "Old cream" in s
                   for s in summaries)  # as needed, or stopped before today
    uids = [str(e["UID"]) for e in found]
    assert len(set(uids)) == len(uids)
    assert {f"dose-{made[0].id}-080000@health-planner",
            f"dose-{made[0].id}-180000@health-planner"} <= set(uids)


def test_a_medicine_stopped_in_the_future_repeats_until_the_day_before() -> None:
    medicine = Medicine(name="Iron", times=(time(9),), started=date(2026, 1, 1),
                        stopped=date(2026, 6, 1))
    assert ics.last_dose_day(medicine) == date(2026, 5, 31)
    stamp = datetime(2026, 3, 1, tzinfo=UTC)
    (event,) = ics.dose_events(medicine, stamp, None, date(2026, 3, 1))
    assert event["RRULE"].to_ical() == b"FREQ=DAILY;UNTIL=20260531T235959Z"
    (london,) = ics.dose_events(medicine, stamp, ics.zone(), date(2026, 3, 1))
    assert london["RRULE"].to_ical() == b"FREQ=DAILY;UNTIL=20260531T225959Z"  # 23:59:59 BST
    assert london.decoded("DTSTART") == datetime(2026, 1, 1, 9, tzinfo=ics.zone())
    assert ics.last_dose_day(medicine.model_copy(update={"course_end": date(2026, 4, 1)})) \
        == date(2026, 4, 1)


# -- the dose CSV and the command line ---------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_dose_csv_has_one_row_per_dose_and_neutralises_formulas(demo: Vault) -> None:
    fill(demo)
    data, count = csv_share.export_doses_csv(demo)
    rows = read_csv(data)
    assert rows[0] == ["medicine", "due", "status", "at", "reason", "note"]
    assert count == len(rows) - 1 == len(demo.doses.all())
    mine = [r for r in rows[1:] if r[0] in ("Metformin 500 mg", "Salbutamol")]
    statuses = sorted(r[2] for r in mine)
    assert statuses == ["skipped", "taken", "taken"]
    taken = next(r for r in mine if r[4] == "" and r[0] == "Metformin 500 mg")
    assert taken[5] == "'=HYPERLINK(\"x\")"
    assert datetime.fromisoformat(taken[3]) - datetime.fromisoformat(taken[1]) == timedelta(
        minutes=12)
    skipped = next(r for r in mine if r[2] == "skipped")
    assert skipped[4] == "Felt sick, did not eat"
    as_needed = next(r for r in mine if r[0] == "Salbutamol")
    assert as_needed[1] == ""
    since = datetime.combine(TODAY - timedelta(days=2), time(12)).astimezone(UTC)
    part, n = csv_share.export_doses_csv(demo, since, None)
    assert n == len(read_csv(part)) - 1 < count


def test_cli_exports_doses_and_the_new_content(cli: Any, demo_home: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from sharekit import CHEAP, DEMO_PASS

    from planner import demo as demo_data
    from planner.vault import Profiles

    vault = Profiles(demo_home, kdf=CHEAP).unlock(demo_data.DEMO_NAME, DEMO_PASS)
    with vault:
        fill(vault)
        doses = len(vault.doses.all())
    out = tmp_path / "doses.csv"
    run = cli(demo_home, "--passphrase-stdin", "export", "--format", "csv", "--what", "doses",
              "--out", str(out), stdin=f"{DEMO_PASS}\n")
    assert run.code == 0, run.err
    assert f"Saved {doses:,} doses" in run.out
    assert read_csv(out.read_bytes())[0][0] == "medicine"
    wrong = cli(demo_home, "--passphrase-stdin", "export", "--format", "ics", "--what", "doses",
                "--out", str(tmp_path / "x.ics"), stdin=f"{DEMO_PASS}\n")
    assert wrong.code == 2 and "--what doses" in wrong.err
    cal = tmp_path / "cal.ics"
    assert cli(demo_home, "--passphrase-stdin", "export", "--format", "ics", "--out", str(cal),
               stdin=f"{DEMO_PASS}\n").code == 0
    assert b"Diabetes review" in cal.read_bytes()
    bundle = tmp_path / "gp.json"
    assert cli(demo_home, "--passphrase-stdin", "export", "--format", "fhir", "--out",
               str(bundle), stdin=f"{DEMO_PASS}\n").code == 0
    assert b"UKCore-MedicationStatement" in bundle.read_bytes()
    capsys.readouterr()
    assert cli(demo_home, "export", "--help").code == 0
    helped = " ".join(capsys.readouterr().out.split())
    assert "--what {logs,doses,link-worker}" in helped and "doses writes your dose log" in helped
