"""export / import / backup / restore through the command line, the way scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from sharekit import CHEAP, DEMO_PASS, one_clear_line

from planner.vault import Profiles


def test_help_lists_the_share_commands(cli, demo_home: Path, capsys) -> None:
    assert cli(demo_home, "--help").code == 0
    text = capsys.readouterr().out
    for name in ("export", "import", "backup", "restore"):
        assert f"    {name} " in text
    assert cli(demo_home, "export", "--help").code == 0
    assert "pdf,fhir,csv,ics" in capsys.readouterr().out


def test_export_every_format(cli, demo_home: Path, tmp_path: Path) -> None:
    start = (date.today() - timedelta(days=29)).isoformat()
    end = date.today().isoformat()
    for fmt, name in (("csv", "logs.csv"), ("fhir", "bundle.json"), ("ics", "cal.ics"),
                      ("pdf", "gp.pdf")):
        out = tmp_path / "out" / name
        run = cli(demo_home, "--passphrase-stdin", "export", "--format", fmt, "--out", str(out),
                  "--from", start, "--to", end, stdin=f"{DEMO_PASS}\n")
        assert run.code == 0, run.err
        assert out.is_file() and str(out) in run.out
    csv_rows = (tmp_path / "out" / "logs.csv").read_text("utf-8-sig").strip().splitlines()
    assert 100 < len(csv_rows) < 250  # about 30 days of 5-6 entries a day
    bundle = json.loads((tmp_path / "out" / "bundle.json").read_text("utf-8"))
    assert bundle["resourceType"] == "Bundle"
    assert (tmp_path / "out" / "cal.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(tmp_path / "out" / "gp.pdf").pages)
    assert "My measurements" in text


def test_export_can_leave_out_the_nhs_number(cli, demo_home: Path, tmp_path: Path) -> None:
    for fmt in ("fhir", "pdf"):
        out = tmp_path / f"gp.{fmt}"
        run = cli(demo_home, "--passphrase-stdin", "export", "--format", fmt, "--out", str(out),
                  "--without-nhs-number", stdin=f"{DEMO_PASS}\n")
        assert run.code == 0, run.err
    assert "9990000018" not in (tmp_path / "gp.fhir").read_text("utf-8")
    pages = PdfReader(tmp_path / "gp.pdf").pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Date of birth" in text and "NHS number" not in text and "999 000 0018" not in text


def test_export_input_errors(cli, demo_home: Path, tmp_path: Path) -> None:
    bad_period = cli(demo_home, "--passphrase-stdin", "export", "--format", "csv", "--out",
                     str(tmp_path / "x.csv"), "--from", "2026-03-02", "--to", "2026-03-01",
                     stdin=f"{DEMO_PASS}\n")
    assert "after" in one_clear_line(bad_period)
    folder = cli(demo_home, "--passphrase-stdin", "export", "--format", "csv", "--out",
                 str(tmp_path), stdin=f"{DEMO_PASS}\n")
    assert "is a folder" in one_clear_line(folder)
    wrong = cli(demo_home, "--passphrase-stdin", "export", "--format", "csv", "--out",
                str(tmp_path / "y.csv"), stdin="not the passphrase\n")
    one_clear_line(wrong)
    assert not (tmp_path / "y.csv").exists()


def test_import_csv_and_fhir(cli, demo_home: Path, other_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    assert cli(demo_home, "--passphrase-stdin", "export", "--format", "fhir", "--out",
               str(out), stdin=f"{DEMO_PASS}\n").code == 0
    Profiles(other_home, kdf=CHEAP).create("New", "new pass")[0].lock()
    run = cli(other_home, "--passphrase-stdin", "import", str(out), stdin="new pass\n")
    assert run.code == 0, run.err
    assert "Imported from the FHIR file: 6 trackers" in run.out
    steps = tmp_path / "steps.csv"
    steps.write_text("tracker,at,value\nsteps,2030-01-01T20:00:00Z,9000\n", "utf-8")
    run = cli(other_home, "--passphrase-stdin", "import", str(steps), stdin="new pass\n")
    assert run.code == 0 and "1 log entries" in run.out


def test_backup_needs_a_long_enough_passphrase(cli, demo_home: Path, tmp_path: Path) -> None:
    run = cli(demo_home, "--passphrase-stdin", "backup", "--out", str(tmp_path / "b"),
              stdin=f"{DEMO_PASS}\nshort\n")
    assert "at least 8" in one_clear_line(run)
    run = cli(demo_home, "--passphrase-stdin", "backup", "--out", str(tmp_path / "b"),
              stdin=f"{DEMO_PASS}\n")
    assert "second line" in one_clear_line(run)
    assert not (tmp_path / "b").exists()


def test_restore_replace_needs_a_name(cli, demo_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.hpbackup"
    assert cli(demo_home, "--passphrase-stdin", "backup", "--out", str(path),
               stdin=f"{DEMO_PASS}\nlong enough\n").code == 0
    run = cli(demo_home, "--passphrase-stdin", "restore", str(path), "--replace", "--yes",
              stdin=f"{DEMO_PASS}\nlong enough\n")
    assert "--as NAME" in one_clear_line(run)
    run = cli(demo_home, "--passphrase-stdin", "--profile", "Demo", "restore", str(path),
              "--replace", "--yes", stdin=f"{DEMO_PASS}\nlong enough\n")
    assert run.code == 0, run.err


def test_the_printed_summary_follows_the_language_chosen_in_settings(
    demo_home: Path, tmp_path: Path
) -> None:
    """A carer who set the app to Urdu gets the same Urdu summary from the command line as from
    the window: headings, footer and right-to-left, with the document's language set. Run as
    its own process, as a script would, since it installs a translator."""
    (demo_home / "preferences.json").write_text('{"language": "ur"}', "utf-8")
    out = tmp_path / "ur.pdf"
    exe = Path(sys.executable).with_name("health-planner")
    done = subprocess.run(
        [str(exe), "--data-dir", str(demo_home), "--passphrase-stdin", "export", "--format",
         "pdf", "--out", str(out)],
        input=f"{DEMO_PASS}\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert str(reader.trailer["/Root"]["/Lang"]).startswith("ur")
    headings = []
    node = reader.trailer["/Root"]["/StructTreeRoot"]["/K"].get_object()
    for kid in node["/K"]:
        element = kid.get_object()
        if element["/S"] == "/H2":
            headings.append(str(element.get("/ActualText", "")))
    assert "میرے بارے میں" in headings  # "About me"
