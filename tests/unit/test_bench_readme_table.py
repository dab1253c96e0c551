"""The README's Performance table is regenerated from results.json (issue #22): a partial
`python -m benchmarks today` run replaces the lines of the rows it ran, keeps every other line
with its own date, and names the machine."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import readme_table

OLD = [
    "Latest run: 2026-11-25, every row, on a machine.",
    "",
    "| row | what | measured | target | result | measured on |",
    "| --- | --- | --- | --- | --- | --- |",
    "| start | cold start | 1.41x | <= 1.5x | PASS | 2026-11-25 |",
    "| today | unlock -> Today | 900.0 ms | <= 300 ms | FAIL | 2026-11-30 |",
    "| gone | a row no step makes any more | 1 | 2 | PASS | 2026-11-25 |",
]
RESULTS = {
    "when": "2026-12-06T05:00:00+00:00",
    "machine": {"cpu": "AMD EPYC", "cores": 2, "memory": "24 GiB", "os": "Linux",
                "python": "3.11.7", "sqlcipher": "4.19.0", "pyside6": "6.11.3"},
    "rows": [
        {"key": "today", "what": "unlock -> Today", "figure": "250.0 ms",
         "target": "<= 300 ms", "result": "PASS"},
        {"key": "typing", "what": "a | in the name", "figure": "20.0 ms",
         "target": "<= 50 ms p99", "result": "PASS"},
    ],
}


def test_a_partial_run_replaces_its_rows_and_keeps_the_others() -> None:
    block = readme_table.render(RESULTS, OLD, ["start", "today", "typing"])
    table = [line for line in block if line.startswith("| ") and "---" not in line][1:]
    assert table == [
        "| start | cold start | 1.41x | <= 1.5x | PASS | 2026-11-25 |",
        "| today | unlock -> Today | 250.0 ms | <= 300 ms | PASS | 2026-12-06 |",
        "| typing | a \\| in the name | 20.0 ms | <= 50 ms p99 | PASS | 2026-12-06 |",
        "| gone | a row no step makes any more | 1 | 2 | PASS | 2026-11-25 |",
    ]
    machine = " ".join(block[: block.index("")])
    assert "2026-12-06" in machine and "AMD EPYC" in machine and "2 cores" in machine
    assert "today, typing" in machine


def test_update_writes_between_the_markers_only(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("\n".join(["# Title", readme_table.START, *OLD, readme_table.END,
                                 "After."]), encoding="utf-8")
    results = tmp_path / "results.json"
    results.write_text(json.dumps(RESULTS), encoding="utf-8")
    assert readme_table.update(["start", "today", "typing"], readme, results)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n" + readme_table.START + "\n")
    assert text.endswith(readme_table.END + "\nAfter.")
    assert "| today | unlock -> Today | 250.0 ms |" in text
    assert "900.0 ms" not in text
    # Read back, the table is the same: the escaped bar stays in its cell.
    assert readme_table.update(["start", "today", "typing"], readme, results)
    assert readme.read_text(encoding="utf-8") == text


def test_no_markers_leaves_the_readme_alone(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Nothing to see\n", encoding="utf-8")
    results = tmp_path / "results.json"
    results.write_text(json.dumps(RESULTS), encoding="utf-8")
    assert not readme_table.update(["today"], readme, results)
    assert readme.read_text(encoding="utf-8") == "# Nothing to see\n"


def test_results_from_before_keys_find_their_line_by_its_words() -> None:
    legacy = {**RESULTS, "rows": [{"what": "cold start", "figure": "1.30x", "target": "<= 1.5x",
                                   "result": "PASS"}]}
    block = readme_table.render(legacy, OLD, ["start", "today"])
    assert "| start | cold start | 1.30x | <= 1.5x | PASS | 2026-12-06 |" in block
    assert "| today | unlock -> Today | 900.0 ms | <= 300 ms | FAIL | 2026-11-30 |" in block
