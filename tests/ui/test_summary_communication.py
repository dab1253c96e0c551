"""Communication needs ticked on the health summary screen are saved and printed on the GP
summary PDF (#23, point 5)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from featurekit import idle, in_vault, open_view
from pypdf import PdfReader

from planner.domain.summary import CommunicationNeed
from planner.share.report import ReportOptions
from ui.sharing_ops import save_gp_pdf
from ui.views.summary import SummaryView


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_ticked_needs_are_saved_and_printed_on_the_gp_summary(qtbot, demo_session,
                                                              tmp_path: Path) -> None:
    session = demo_session
    view = open_view(qtbot, SummaryView, session)
    view.support[CommunicationNeed.LARGE_PRINT].click()
    view.support[CommunicationNeed.BSL_INTERPRETER].click()
    view.communication.setPlainText("Please face me when you speak.")
    assert view.undo_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.save_button.click()
        session.changed.emit("summary")
    idle(qtbot, session)
    saved = in_vault(qtbot, session, lambda v: v.summary.get())
    assert saved.communication_support == (CommunicationNeed.LARGE_PRINT,
                                           CommunicationNeed.BSL_INTERPRETER)
    again = open_view(qtbot, SummaryView, session)
    assert [need for need, box in again.support.items() if box.isChecked()] == \
        [CommunicationNeed.LARGE_PRINT, CommunicationNeed.BSL_INTERPRETER]

    out = tmp_path / "gp.pdf"
    in_vault(qtbot, session, lambda v: save_gp_pdf(v, ReportOptions(charts=False), out))
    text = pdf_text(out)
    assert "How to communicate with me" in text
    assert "Please give me information in large print." in text
    assert "I need a British Sign Language interpreter." in text
    assert "Please face me when you speak." in text
    assert "easy read" not in text
