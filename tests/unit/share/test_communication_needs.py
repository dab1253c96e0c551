"""The person's communication needs (#23, point 5): kept in the health summary, printed near the
top of the GP summary, carried in FHIR (BSL as Patient.communication, every need in the app's
extension), and read back; summaries saved before the field existed still load."""

from __future__ import annotations

import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from planner.domain.summary import CommunicationNeed, HealthSummary
from planner.share import fhir, report
from planner.share.fhir.patient_summary import EXT_SUPPORT
from planner.share.report import ReportOptions
from planner.vault import Vault

NEEDS = HealthSummary(
    communication_needs="I hear better on my left side.",
    communication_support=(CommunicationNeed.EASY_READ, CommunicationNeed.BSL_INTERPRETER,
                           CommunicationNeed.SOMEONE_WITH_ME),
)


def test_a_summary_saved_before_communication_support_existed_still_opens(blank: Vault) -> None:
    old = {"communication_needs": "Large print, please", "carer": "Sam", "about_me": ""}
    with blank.store.transaction() as c:
        c.execute("INSERT INTO health_summary(id, body) VALUES (1, ?)", (json.dumps(old),))
    summary = blank.summary.get()
    assert summary.communication_support == ()
    assert summary.communication_needs == "Large print, please"
    assert summary.carer == "Sam"
    blank.summary.save(summary.model_copy(update={
        "communication_support": (CommunicationNeed.LARGE_PRINT,)}))
    assert blank.summary.get().communication_support == (CommunicationNeed.LARGE_PRINT,)


def test_the_gp_summary_says_how_to_communicate_right_after_about_me(blank: Vault) -> None:
    blank.summary.save(NEEDS)
    html = report.build_report(blank, ReportOptions())
    heading = html.index("How to communicate with me")
    # Printed right after "About me", before "What matters to me".
    assert sorted([html.index("About me"), heading, html.index("What matters to me")]) == [
        html.index("About me"), heading, html.index("What matters to me")]
    for sentence in ("Please give me information in easy read.",
                     "I need a British Sign Language interpreter.",
                     "I would like someone to come with me.",
                     "I hear better on my left side."):
        assert heading < html.index(sentence)
    assert "large print" not in html
    assert "How to communicate with me" not in report.build_report(
        blank, ReportOptions(communication=False))


def test_no_communication_section_when_nothing_is_written(blank: Vault) -> None:
    assert "How to communicate with me" not in report.build_report(blank, ReportOptions())


def test_fhir_carries_the_needs_and_bsl_as_a_language_and_reads_them_back(
        blank: Vault, demo: Vault, tmp_path: Path) -> None:
    demo.summary.save(NEEDS)
    bundle = fhir.export_bundle(demo)
    Bundle.model_validate(bundle)
    assert fhir.check_codes(bundle) == []
    patient = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    assert patient["communication"] == [{
        "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "bfi",
                                 "display": "British Sign Language"}],
                     "text": "British Sign Language"},
        "preferred": True,
    }]
    assert [x["valueCode"] for x in patient["extension"] if x["url"] == EXT_SUPPORT] == \
        ["easy-read", "bsl-interpreter", "someone-with-me"]
    path = tmp_path / "health.json"
    fhir.write_fhir(demo, path)
    fhir.import_fhir(blank, path)
    back = blank.summary.get()
    assert back.communication_support == NEEDS.communication_support
    assert back.communication_needs == NEEDS.communication_needs
