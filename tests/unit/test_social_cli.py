"""`health-planner social ...` and `export --what link-worker` through the real entry point,
on real vaults (DESIGN.md's contract: 0 done, 1 failed, 2 wrong input with one clear line)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from clikit import ann_vault, cli, wrong
from fhir.resources.R4B.bundle import Bundle

from cli.main import main
from sync import state

SEED = Path(__file__).resolve().parents[2] / "endpoint" / "seed" / "services.json"
WALK = "7e6c3a79-1de3-5e59-ace4-8d007f566884"  # London Fields Wednesday Walk


@pytest.fixture
def home(data_dir: Path) -> Path:
    assert cli(data_dir, "profile", "create", "Ann").code == 0
    return data_dir


def _cache_directory(home: Path) -> None:
    services = json.loads(SEED.read_text(encoding="utf-8"))["services"]
    with ann_vault(home) as vault:
        state.put_json(vault, "directory:services", services)


def test_the_journey_from_referral_to_outcomes(home: Path, tmp_path: Path) -> None:
    start = date.today() - timedelta(weeks=7)
    run = cli(home, "social", "refer", "--by", "gp", "--referrer", "Dr Okafor", "--on",
              start.isoformat(), "--reason", "Lonely since I retired", "--link-worker",
              "Tom Green", "--phone", "020 7946 0002", "--what-matters",
              "Meeting people\\nGetting out more")
    assert run.code == 0, run.err
    assert "Tom Green is in your plan's supporters" in run.out
    wrong(cli(home, "social", "add", WALK), "directory has not been downloaded")
    _cache_directory(home)
    run = cli(home, "social", "add", WALK, "--on", start.isoformat())
    assert run.code == 0, run.err
    assert "Added London Fields Wednesday Walk to your plan, every week on Wednesday" in run.out
    wrong(cli(home, "social", "add", WALK), "already in your plan")
    wrong(cli(home, "social", "add", "no-such-id"), "No service in the directory")
    wrong(cli(home, "social", "add", WALK, "--goal", "Fly"), "no goal called 'Fly'")

    day = start + timedelta(days=(2 - start.weekday()) % 7)
    assert cli(home, "social", "went", WALK, "--on", day.isoformat()).code == 0
    run = cli(home, "social", "missed", "london fields", "--on",
              (day + timedelta(weeks=1)).isoformat(), "--reason", "transport")
    assert run.code == 0 and "Not this time" in run.out, run.err
    wrong(cli(home, "social", "went", WALK, "--on", day.isoformat()), "already recorded")
    wrong(cli(home, "social", "went", "bingo"), "No service you chose matches 'bingo'")
    wrong(cli(home, "social", "went", WALK, "--on", "yesterday"), "not a date")
    assert cli(home, "social", "missed", WALK, "--reason", "bored").code == 2  # argparse

    run = cli(home, "social", "list")
    assert run.code == 0
    for words in ("by your GP (Dr Okafor)", "Link worker: Tom Green (020 7946 0002)",
                  "London Fields Wednesday Walk (Walking groups, Hackney)",
                  "Went 1, not this time 1", "Why not: transport 1", "week 0 passed"):
        assert words in run.out, (words, run.out)

    run = cli(home, "social", "outcomes")
    assert run.code == 0 and "no change to show yet" in run.out
    with ann_vault(home) as vault:
        plan = vault.plans.current()
        assert plan is not None and "Getting out more" in plan.plan.what_matters
        assert plan.plan.actions[-1].service_id == WALK

    out = tmp_path / "lw.pdf"
    run = cli(home, "export", "--format", "pdf", "--what", "link-worker", "--out", str(out))
    assert run.code == 0 and out.read_bytes().startswith(b"%PDF"), run.err
    out = tmp_path / "lw.json"
    run = cli(home, "export", "--format", "fhir", "--what", "link-worker", "--out", str(out))
    assert run.code == 0, run.err
    Bundle.model_validate(json.loads(out.read_bytes()))
    wrong(cli(home, "export", "--format", "csv", "--what", "link-worker", "--out", str(out)),
          "--what link-worker is for --format pdf or fhir only")


def test_no_referral_and_bad_input_are_one_line(home: Path, tmp_path: Path) -> None:
    run = cli(home, "social", "list")
    assert run.code == 0 and "No social prescribing referral yet" in run.out
    wrong(cli(home, "social", "outcomes"), "no social prescribing referral")
    wrong(cli(home, "export", "--format", "pdf", "--what", "link-worker", "--out",
              str(tmp_path / "x.pdf")), "no social prescribing referral")
    wrong(cli(home, "social", "refer", "--by", "gp", "--reason", "x", "--phone", "1"),
          "give --link-worker NAME")
    wrong(cli(home, "social", "refer", "--by", "gp", "--reason", "x", "--on", "2026-13-01"),
          "not a date")
    assert cli(home, "social", "refer", "--by", "vicar", "--reason", "x").code == 2


def test_help_lists_social_and_the_link_worker_export(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    assert "link-worker" in capsys.readouterr().out
    assert main(["social", "--help"]) == 0
    assert "outcomes" in capsys.readouterr().out
