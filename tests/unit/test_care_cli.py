"""`health-planner decision|referral|budget ...` through the real entry point on real vaults
(the contract: 0 done, 2 wrong input with one clear line, nothing changed)."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from clikit import ann_vault, cli, wrong
from pypdf import PdfReader

from planner.domain.budget import MAX_RECEIPT_BYTES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(data_dir: Path) -> Path:
    assert cli(data_dir, "profile", "create", "Ann").code == 0
    return data_dir


def test_a_decision_from_adding_to_deciding(home: Path) -> None:
    run = cli(home, "decision", "add", "Should I have a knee replacement?",
              "--option", "Knee replacement", "--option", "Physiotherapy first",
              "--aid", "knee osteoarthritis")
    assert run.code == 0 and "3 options" in run.out
    soon = (date.today() + timedelta(days=7)).isoformat()
    assert cli(home, "appointments", "add", "--at", f"{soon}T10:00", "--for", "Knee clinic",
               "--question", "Can I drive after?").code == 0
    run = cli(home, "decision", "prepare", "1", "--appointment", "Knee clinic")
    assert run.code == 0 and "(8 questions to ask)" in run.out
    wrong(cli(home, "decision", "decide", "1", "--option", "Acupuncture"), "is not one of")
    wrong(cli(home, "decision", "decide", "1", "--option", "Physiotherapy first",
              "--collaborate", "9", "10", "9"), "less than or equal to 9")
    run = cli(home, "decision", "decide", "Should I have a knee replacement?", "--option",
              "physiotherapy first", "--with", "Dr Okafor", "--collaborate", "9", "9", "9")
    assert run.code == 0
    run = cli(home, "decision", "show", "1")
    assert "  - Not doing anything for now" in run.out
    assert "Decided: Physiotherapy first" in run.out and "with Dr Okafor" in run.out
    assert "collaboRATE top score 100% (mean 9.0 of 9) over 1 appointment" in run.out
    assert "https://www.nice.org.uk/guidance/ng226/resources" in run.out
    run = cli(home, "decision", "list")
    assert run.out.startswith("1. Should I have a knee replacement? (3 options, decided ")
    with ann_vault(home) as vault:
        (appointment,) = vault.appointments.all()
        assert appointment.questions[:2] == ("Can I drive after?", "What are my options?")
        assert "What if I do nothing?" in appointment.questions


def test_referrals_check_the_booking_reference_and_show_the_wait(home: Path) -> None:
    wrong(cli(home, "referral", "add", "--for", "Knee", "--ubrn", "1234 5678 901"),
          "ubrn: a booking reference has 12 digits, this one has 11")
    with ann_vault(home) as vault:
        assert vault.treatment_referrals.all() == [] and vault.reminders.all() == []
    start = date.today() - timedelta(weeks=14, days=3)
    run = cli(home, "referral", "add", "--for", "Knee pain: orthopaedics", "--on",
              start.isoformat(), "--offered", "Homerton", "--offered", "Royal London",
              "--provider", "Homerton", "--why", "Near the bus", "--ubrn", "1234-5678-9012")
    assert run.code == 0
    run = cli(home, "referral", "list")
    assert "Waiting 14 weeks of 18" in run.out
    assert "Booking reference: 1234 5678 9012" in run.out
    assert "guide-to-nhs-waiting-times-in-england" in run.out
    with ann_vault(home) as vault:
        assert len(vault.reminders.all()) == 2
        assert vault.referrals.all() == []  # not a social-prescribing referral


def _jpeg(size: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + b"x" * (size - 4)


def test_the_budget_from_setting_to_the_statement(home: Path, tmp_path: Path) -> None:
    assert cli(home, "budget", "set", "--amount", "6,000", "--from", "2026-01-01", "--to",
               "2026-12-31", "--held", "direct-payment", "--plan", "Personal assistant=3600",
               "--plan", "Equipment=600").code == 0
    photo = tmp_path / "till.jpg"
    photo.write_bytes(_jpeg(2048))
    big = tmp_path / "big.jpg"
    big.write_bytes(_jpeg(MAX_RECEIPT_BYTES + 1))
    wrong(cli(home, "budget", "spend", "12.50", "--payee", "Shop", "--category", "Equipment",
              "--on", "2026-01-10", "--receipt", str(big)),
          "The receipt is 5.0 MB; a receipt can be at most 5.0 MB")
    wrong(cli(home, "budget", "spend", "12.505", "--payee", "Shop", "--category", "Equipment"),
          "at most two digits")
    for amount, payee, category, day, extra in (
        ("300", "Lea Care Agency", "personal assistant", "2026-01-15", ()),
        ("129.99", "Mobility Shop", "Equipment", "2026-02-20", ("--receipt", str(photo))),
        ("0.01", "@SUM(A1)", "Equipment", "2026-03-31", ()),
        ("45.50", "Physio", "Therapies", "2026-04-01", ()),
    ):
        assert cli(home, "budget", "spend", amount, "--payee", payee, "--category", category,
                   "--on", day, *extra).code == 0
    run = cli(home, "budget", "show")
    assert "Spent £475.50, balance £5,524.50" in run.out
    assert "  Therapies: planned not planned, spent £45.50" in run.out
    out = tmp_path / "three.csv"
    assert cli(home, "budget", "statement", "--months", "3", "--out", str(out)).code == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["date", "payee", "category", "amount", "receipt", "note"]
    assert rows[1:4] == [
        ["2026-01-15", "Lea Care Agency", "Personal assistant", "300.00", "no", ""],
        ["2026-02-20", "Mobility Shop", "Equipment", "129.99", "yes", ""],
        ["2026-03-31", "'@SUM(A1)", "Equipment", "0.01", "no", ""],
    ]
    assert rows[4] == []  # April's physio is after the 3-month review
    assert rows[5:8] == [["category", "planned", "spent", "left"],
                         ["Personal assistant", "3600.00", "300.00", "3300.00"],
                         ["Equipment", "600.00", "130.00", "470.00"]]
    assert rows[9:12] == [["budget", "6000.00"], ["spent", "430.00"], ["balance", "5570.00"]]
    pdf = tmp_path / "three.pdf"
    assert cli(home, "budget", "statement", "--months", "6", "--out", str(pdf)).code == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "6-month review statement" in text and "Spent so far £475.50" in text
    assert "Balance £5,524.50" in text and "Therapies (not planned) £0.00 £45.50" in text
    wrong(cli(home, "budget", "statement", "--out", str(tmp_path / "x.txt")), ".pdf or .csv")


def test_help_for_the_new_verbs_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from cli.main import main\n"
        "for verb in ('decision', 'referral', 'budget'):\n"
        "    try:\n"
        "        main([verb, '--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "statement" in done.stdout and "prepare" in done.stdout


def test_options_leaning_and_notes_from_the_command_line(home: Path) -> None:
    assert cli(home, "decision", "add", "Should I have a knee replacement?", "--option",
               "Knee replacement", "--matters", "Walking my dog").code == 0
    assert cli(home, "decision", "option", "1", "Knee replacement", "--benefits", "Less pain",
               "--risks", "Infection", "--effect", "Walking my dog=Not for six weeks").code == 0
    assert cli(home, "decision", "option", "1", "Physiotherapy first").code == 0
    wrong(cli(home, "decision", "option", "1", "Injection", "--effect", "Gardening=less"),
          "not linked to")
    wrong(cli(home, "decision", "lean", "1", "--option", "Acupuncture"), "is not one of")
    assert cli(home, "decision", "lean", "1", "--option", "not doing anything for now",
               "--certainty", "unsure").code == 0
    assert cli(home, "decision", "note", "1", "Surgeon says no rush", "--with",
               "Mr Shah").code == 0
    run = cli(home, "decision", "show", "1")
    assert run.out.splitlines()[2:9] == [
        "  - Knee replacement",
        "      Benefits: Less pain",
        "      Risks: Infection",
        "      For \"Walking my dog\": Not for six weeks",
        "  - Physiotherapy first",
        "  - Not doing anything for now  <- leaning towards this",
        "How sure I feel: unsure",
    ]
    assert "with Mr Shah: Surgeon says no rush" in run.out
    with ann_vault(home) as vault:
        (decision,) = vault.decisions.all()
        assert [o.title for o in decision.options] == [
            "Knee replacement", "Physiotherapy first", "Not doing anything for now"]


def test_an_appointment_date_added_to_a_referral_as_it_comes(home: Path) -> None:
    assert cli(home, "referral", "add", "--for", "Knee pain: orthopaedics", "--on",
               "2026-09-01", "--ubrn", "1234 5678 9012").code == 0
    run = cli(home, "referral", "date", "1", "2026-11-20")
    assert run.code == 0, run.err
    assert "Added an appointment on 20 November 2026" in run.out
    # by its booking reference as printed on the letter, and an earlier letter's date
    assert cli(home, "referral", "date", "1234-5678-9012", "2026-10-02").code == 0
    wrong(cli(home, "referral", "date", "knee pain: orthopaedics", "2026-10-02"),
          "date: this appointment date is already there.")
    wrong(cli(home, "referral", "date", "1", "2026-08-31"),
          "date: an appointment cannot be before the referral.")
    wrong(cli(home, "referral", "date", "2", "2026-10-03"), "There is no treatment referral '2'")
    wrong(cli(home, "referral", "date", "1", "20/11/2026"), "is not a date like")
    with ann_vault(home) as vault:
        (referral,) = vault.treatment_referrals.all()
        assert referral.appointment_dates == (date(2026, 10, 2), date(2026, 11, 20))
    run = cli(home, "referral", "list")
    assert "  Appointment: 02 October 2026\n  Appointment: 20 November 2026\n" in run.out
    assert run.out.startswith("1. Knee pain: orthopaedics (referred 01 September 2026)")


def test_the_budget_is_for_goals_chosen_by_title(home: Path) -> None:
    from planner.domain.goal import Goal

    with ann_vault(home) as vault:
        walk = vault.goals.save(Goal(title="Walk to the shops", start=date(2026, 1, 1)))
        home_goal = vault.goals.save(Goal(title="Stay in my own home", start=date(2026, 1, 1)))
    base = ("budget", "set", "--amount", "6000", "--from", "2026-01-01", "--to", "2026-12-31",
            "--held", "notional")
    wrong(cli(home, *base, "--goal", "Swim a mile"),
          "goal: there is no goal called 'Swim a mile'.")
    with ann_vault(home) as vault:
        assert vault.budgets.current() is None  # nothing saved on a wrong goal
    run = cli(home, *base, "--goal", "stay in my own home", "--goal", "Walk to the shops",
              "--goal", "WALK TO THE SHOPS")
    assert run.code == 0 and "for 2 of my goals" in run.out
    with ann_vault(home) as vault:
        budget = vault.budgets.current()
        assert budget is not None
        assert [(o.text, o.goal_id) for o in budget.outcomes] == [
            ("Stay in my own home", home_goal.id), ("Walk to the shops", walk.id)]
    run = cli(home, "budget", "show")
    assert "For: Stay in my own home (a goal in my plan)\nFor: Walk to the shops (a goal" in (
        run.out)


def test_decision_show_trends_collaborate_across_appointments(home: Path) -> None:
    from planner.domain.decision import Collaborate, Decision, DecisionOption

    with ann_vault(home) as vault:  # an older decision, talked over in March
        vault.decisions.save(Decision(
            question="Should I change my inhaler?", created_on=date(2026, 2, 1),
            options=(DecisionOption(title="Yes"),),
            collaborate=(Collaborate(on=date(2026, 3, 2), understand=5, listen=6, include=4),)))
    question = "Should I have a knee replacement?"
    assert cli(home, "decision", "add", question, "--option", "Yes").code == 0
    assert cli(home, "decision", "decide", question, "--option", "Yes",
               "--collaborate", "9", "9", "9").code == 0
    run = cli(home, "decision", "show", question)
    assert run.code == 0, run.err
    assert ("How involved I felt across my appointments (collaboRATE, the mean of the three "
            "answers, 0 to 9):\n"
            "  02 March 2026: 5.0 (5, 6, 4)\n"
            f"  {date.today():%d %B %Y}: 9.0 (9, 9, 9)\n"
            "  collaboRATE top score 50% (mean 7.0 of 9) over 2 appointments\n") in run.out
    # this decision's own score stays its own
    assert "collaboRATE top score 100% (mean 9.0 of 9) over 1 appointment\n" in run.out
