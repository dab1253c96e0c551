"""The Share screen prints the GP summary in a helper process (ui/print_apart.py), so Qt's
layout and painting, which hold the interpreter lock for a whole C++ call, and the tagging in
pure Python never hold up the window (issue #22). The summary travels through a pipe only."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from featurekit import idle, open_view
from pypdf import PdfReader
from test_sharing import pdf_text, saving_to

from ui import printing
from ui.print_apart import PrintFailed, html_to_pdf_apart
from ui.views.sharing import SharingView

SUMMARY = """<html lang="en-GB"><head><title>Health summary for Sam Taylor</title></head><body>
<h1>Health summary for Sam Taylor</h1><h2>My goals</h2><p>Walk 7,000 steps a day.</p>
</body></html>"""


class NoPrintingHere:
    """Stands in for QPdfWriter in this process: printing here would fail."""

    def __init__(self, *_args: object) -> None:
        raise AssertionError("the summary was printed in the app's own process")


def test_the_share_screen_prints_in_a_helper_process(qtbot, demo_session, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    asked = saving_to(view, tmp_path)
    monkeypatch.setattr(printing, "QPdfWriter", NoPrintingHere)
    view.save_pdf_button.click()
    qtbot.waitUntil(lambda: not view._busy, timeout=60_000)
    idle(qtbot, demo_session)
    out = asked["pdf"]
    assert out.exists(), view.banner.text
    assert "Health summary for Sam Taylor" in pdf_text(out)
    root = PdfReader(out).trailer["/Root"]
    assert "/StructTreeRoot" in root and "/Lang" in root and "/Outlines" in root  # as in-process


def test_printing_apart_writes_nothing_but_the_pdf(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # the helper's temporary folder too
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    html_to_pdf_apart(SUMMARY, folder / "summary.pdf")
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]
    assert list(scratch.iterdir()) == []
    assert "Walk 7,000 steps a day." in pdf_text(folder / "summary.pdf")


def test_a_helper_that_cannot_print_says_so_and_leaves_the_file(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"an earlier summary")
    with pytest.raises(PrintFailed):
        html_to_pdf_apart(None, out)  # type: ignore[arg-type]  # not a summary: the helper fails
    assert out.read_bytes() == b"an earlier summary"


def test_with_no_helper_it_prints_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    def refused(_self: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    out = tmp_path / "summary.pdf"
    html_to_pdf_apart(SUMMARY, out)
    assert "Walk 7,000 steps a day." in pdf_text(out)
