"""`tracker add|list`, `checkin` and `feedback` through the real entry point on real vaults
(issue #23: the command line does what the window does; DESIGN.md's contract: 0 done, 2 wrong
input with one clear line on stderr, nothing saved)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clikit import PASS, ann_vault, cli, wrong

from planner.instruments import load_instrument
from sync import outbox, state

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "endpoint" / "seed" / "services.json"
WALK = "7e6c3a79-1de3-5e59-ace4-8d007f566884"  # London Fields Wednesday Walk
CRISIS = load_instrument("PHQ9").alerts[0].message


@pytest.fixture
def home(data_dir: Path) -> Path:
    """A new, empty profile "Ann": no trackers, no consents."""
    assert cli(data_dir, "profile", "create", "Ann").code == 0
    return data_dir


# -- tracker add|list ------------------------------------------------------------------------


def test_a_new_profile_adds_a_tracker_and_logs_it(home: Path) -> None:
    wrong(cli(home, "log", "blood-sugar", "5.4"), "no trackers yet. Add one first")
    assert cli(home, "tracker", "list").out == (
        "No trackers yet. Add one with 'health-planner tracker add NAME'.\n"
    )
    wrong(cli(home, "tracker", "add", "Blood sugar"), "a number tracker needs a unit")
    wrong(cli(home, "tracker", "add", "Blood sugar", "--unit", "mmol/L", "--lowest", "lots"),
          "lowest: 'lots' is not a number.")
    wrong(cli(home, "tracker", "add", "Blood sugar", "--unit", "mmol/L", "--lowest", "9",
              "--highest", "2"), "the lowest value is above the highest value")
    run = cli(home, "tracker", "add", "Blood sugar", "--unit", "mmol/L", "--lowest", "1",
              "--highest", "40")
    assert run.code == 0, run.err
    assert run.out == (
        "Added the tracker blood-sugar: Blood sugar (a number, mmol/L, 1 to 40).\n"
        "Log it with: health-planner log blood-sugar NUMBER\n"
    )
    assert cli(home, "tracker", "add", "Walked today", "--kind", "yes-no").code == 0
    assert cli(home, "tracker", "list").out == (
        "blood-sugar: Blood sugar (a number, mmol/L, 1 to 40)\n"
        "walked-today: Walked today (yes or no)\n"
    )
    run = cli(home, "log", "blood-sugar", "5.4")
    assert run.code == 0, run.err
    wrong(cli(home, "log", "blood-sugar", "55"), "")
    assert cli(home, "log", "walked-today", "yes").code == 0
    with ann_vault(home) as vault:
        by_key = {t.key: t for t in vault.trackers.all()}
        assert by_key["blood-sugar"].minimum == 1 and by_key["blood-sugar"].maximum == 40
        logged = {(vault.trackers.get(e.tracker_id).key, e.value) for e in vault.logs.find()}
    assert logged == {("blood-sugar", 5.4), ("walked-today", 1.0)}


# -- checkin ---------------------------------------------------------------------------------


def _responses(home: Path) -> list[tuple[str, dict[str, int]]]:
    with ann_vault(home) as vault:
        return [(r.instrument, dict(r.answers)) for r in vault.questionnaires.all()]


def test_phq9_answers_with_the_crisis_item_print_the_crisis_message_and_save(
    home: Path,
) -> None:
    run = cli(home, "checkin", "phq9", "--answers", "1,0,2,1,0,0,1,0,1")
    assert run.code == 0, run.err
    assert f"*** Please get help now ***\n{CRISIS}\n" in run.out
    assert run.out.index(CRISIS) < run.out.index("Check-in saved.")
    assert "Score: 6 out of 27. Mild.\n" in run.out
    answers = dict(zip((i.id for i in load_instrument("PHQ9").items),
                       (1, 0, 2, 1, 0, 0, 1, 0, 1), strict=True))
    assert _responses(home) == [("PHQ9", answers)]
    quiet = cli(home, "checkin", "phq9", "--answers", "1,0,2,1,0,0,1,0,0")
    assert quiet.code == 0 and CRISIS not in quiet.out and "Please get help" not in quiet.out


def test_wrong_answers_are_one_line_and_save_nothing(home: Path) -> None:
    wrong(cli(home, "checkin", "phq9", "--answers", "1,0,2"),
          "--answers: PHQ9 has 9 questions, and 3 answers were given.")
    wrong(cli(home, "checkin", "gad7", "--answers", "1,0,2,1,0,0,4"),
          "--answers: the answer to question 7 must be a whole number from 0 to 3.")
    wrong(cli(home, "checkin", "gad7", "--answers", "1,0,two,1,0,0,1"),
          "the answer to question 3 must be a whole number from 0 to 3.")
    wrong(cli(home, "checkin", "gad7", "--answers", "1,0,,1,0,0,1"),
          "the answer to question 3 must be")  # GAD-7 needs every answer
    wrong(cli(home, "checkin", "ons4", "--answers", ",,,"), "Answer at least 1 of the questions")
    wrong(cli(home, "checkin", "ons4", "--answers", "11,,,"), "from 0 to 10")
    assert _responses(home) == []


def test_answering_gad7_question_by_question(home: Path) -> None:
    run = cli(home, "checkin", "gad7", lines="2\nfour\n9\n1\n0\n0\n3\n1\n2\n")
    assert run.code == 0, run.err
    assert run.out.count("Type one of the numbers 0 to 3.") == 2
    assert "1. Feeling nervous, anxious or on edge\n   0  Not at all\n" in run.out
    assert "Score: 9 out of 21. Mild.\n" in run.out
    items = [i.id for i in load_instrument("GAD7").items]
    assert _responses(home) == [("GAD7", dict(zip(items, (2, 1, 0, 0, 3, 1, 2), strict=True)))]


def test_the_crisis_message_shows_as_soon_as_question_9_is_answered(home: Path) -> None:
    run = cli(home, "checkin", "phq9", lines="0\n" * 8 + "2\n")
    assert run.code == 0, run.err
    after_nine = run.out.split("9. Thoughts that you would be better off dead", 1)[1]
    assert after_nine.index(CRISIS) < after_nine.index("Score: 2 out of 27.")


def test_a_check_in_left_unfinished_saves_nothing(home: Path) -> None:
    wrong(cli(home, "checkin", "phq9", lines="1\n0\n"),
          "The check-in stopped before question 3 was answered. Nothing was saved.")
    assert _responses(home) == []


def test_ons4_questions_may_be_skipped_as_in_the_window(home: Path) -> None:
    run = cli(home, "checkin", "ons4", lines="7\n\n8\n2\n")
    assert run.code == 0, run.err
    assert "   1  1\n" not in run.out and "   10  Completely\n" in run.out
    assert _responses(home) == [("ONS4", {"life_satisfaction": 7, "happiness": 8,
                                          "anxiety": 2})]


# -- feedback --------------------------------------------------------------------------------


def _queued(home: Path) -> list[dict[str, object]]:
    with ann_vault(home) as vault:
        return [item.contribution.body.model_dump() for item in outbox.pending(vault)]


def test_feedback_needs_the_consent_and_a_service_in_the_directory(home: Path) -> None:
    wrong(cli(home, "feedback", WALK, "very-good"),
          "You have not agreed to give feedback on services, so nothing was queued.")
    assert cli(home, "consent", "give", "feedback").code == 0
    wrong(cli(home, "feedback", WALK, "very-good"), "directory has not been downloaded")
    services = json.loads(SEED.read_text(encoding="utf-8"))["services"]
    with ann_vault(home) as vault:
        state.put_json(vault, "directory:services", services)
    wrong(cli(home, "feedback", WALK, "splendid"),
          "'splendid' is not a rating. Choose one of: very-good, good, neither, poor, "
          "very-poor, dont-know.")
    wrong(cli(home, "feedback", "no-such-service", "good"), "No service in the directory")
    assert _queued(home) == []
    run = cli(home, "feedback", WALK, "Very good", "--comment", "Friendly people")
    assert run.code == 0, run.err
    assert run.out.startswith(
        "Overall, how was your experience of our service? Very good.\n"
        "Your feedback on London Fields Wednesday Walk is in the send list."
    )
    assert cli(home, "feedback", "london fields wednesday walk", "dont-know").code == 0
    assert _queued(home) == [
        {"kind": "fft", "service_id": WALK, "rating": "very_good",
         "comment": "Friendly people"},
        {"kind": "fft", "service_id": WALK, "rating": "dont_know", "comment": None},
    ]
    assert cli(home, "consent", "withdraw", "feedback").code == 0
    wrong(cli(home, "feedback", WALK, "good"), "nothing was queued")


# -- the installed command -------------------------------------------------------------------


def test_the_verbs_through_a_separate_process(home: Path) -> None:
    """The way a carer's batch file runs them; `--help` loads no Qt."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HEALTH_PLANNER_PASSPHRASE": PASS}

    def run(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cli", "--data-dir", str(home), *argv], input=stdin,
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
        )

    added = run("tracker", "add", "Mood", "--kind", "scale")
    assert added.returncode == 0 and "Added the tracker mood: Mood (0 to 10)." in added.stdout
    logged = run("log", "mood", "7")
    assert logged.returncode == 0, logged.stderr
    checkin = run("checkin", "gad7", stdin="0\n1\n0\n1\n0\n1\n0\n")
    assert checkin.returncode == 0 and "Score: 3 out of 21." in checkin.stdout
    bad = run("checkin", "gad7", "--answers", "0,1")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    no_consent = run("feedback", WALK, "good")
    assert no_consent.returncode == 2 and "nothing was queued" in no_consent.stderr
    code = (
        "import sys\nfrom cli.main import main\n"
        "codes = [main([verb, '--help']) for verb in ('tracker', 'checkin', 'feedback')]\n"
        "print(codes, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    helped = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120, check=True)
    assert helped.stdout.strip().splitlines()[-1] == "[0, 0, 0] False"
