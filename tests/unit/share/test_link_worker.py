"""The link worker's summary (#14 part 6) on the demo profile and on real vaults: one page of
HTML printed to a tagged PDF through ui/printing.py, and a FHIR Bundle valid by fhir.resources
R4B with the referral, chosen services, sessions and ONS4 check-ins."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from planner import demo_data
from planner.domain.questionnaire import QuestionnaireResponse
from planner.domain.social import ReferredBy, SocialReferral
from planner.errors import InputError
from planner.services import social
from planner.share import fhir, link_worker
from planner.vault import Vault


def test_the_demo_holds_a_referral_two_services_their_history_and_three_checkins(
    demo: Vault,
) -> None:
    (referral,) = demo.referrals.all()
    assert referral.referred_by is ReferredBy.GP
    assert (date.today() - referral.referred_on).days == 120
    plan = demo.plans.current()
    assert plan is not None and referral.link_worker_id is not None
    worker = {s.id: s for s in plan.plan.supporters}[referral.link_worker_id]
    assert worker.name == "Tom Green"
    walk, lunch = demo.chosen_services.for_referral(referral.id)
    assert (walk.service_id, walk.name) == (demo_data.WALK_ID, "London Fields Wednesday Walk")
    assert (lunch.service_id, lunch.name) == (demo_data.LUNCH_ID, "Homerton Friday Lunch Club")
    seed = json.loads((Path(__file__).resolve().parents[3] / "endpoint" / "seed"
                       / "services.json").read_text(encoding="utf-8"))["services"]
    names = {s["id"]: s["name"] for s in seed}
    assert names[walk.service_id] == walk.name and names[lunch.service_id] == lunch.name
    summary = social.attendance_summary(demo, referral.id)
    for s in summary:
        assert s.went > s.missed > 0 and s.reasons
    assert {a.on.weekday() for a in demo.attendance.for_chosen(walk.id)} == {2}
    assert {a.on.weekday() for a in demo.attendance.for_chosen(lunch.id)} == {4}
    checkins = social.checkins(demo, referral)
    assert [c.state for c in checkins] == [social.CheckInState.DONE] * 3
    result = social.outcome(demo, referral)
    assert result is not None and all(i.better for i in result.items)


def test_the_html_has_the_referral_services_going_and_the_change(demo: Vault) -> None:
    html = link_worker.link_worker_html(demo)
    for words in ("Social prescribing summary for Sam Taylor (demo)", "My referral",
                  "My GP: Dr Okafor, Lea Surgery", "Tom Green", "the days are long",
                  "London Fields Wednesday Walk", "Homerton Friday Lunch Club",
                  "Walking groups, Hackney", "Going, month by month",
                  "How I have been: ONS4 check-ins", "week 12", "+3 (better)",
                  "-4 (better)", "Why not, when I said"):
        assert words in html, words
    urdu = link_worker.link_worker_html(demo, lang="ur", direction="rtl",
                                        labels={"lw_referral": "میرا حوالہ"})
    assert 'dir="rtl"' in urdu and "میرا حوالہ" in urdu


def test_with_one_checkin_there_is_no_change_to_show(vault: Vault) -> None:
    r = social.start_referral(vault, SocialReferral(
        referred_by=ReferredBy.SELF, referred_on=date.today() - timedelta(days=3),
        reason="<b>me</b>"))
    vault.questionnaires.save(QuestionnaireResponse(
        instrument="ONS4", completed_at=datetime.combine(r.referred_on, time(12), tzinfo=UTC),
        answers={"life_satisfaction": 5, "worthwhile": 5, "happiness": 5, "anxiety": 5}))
    html = link_worker.link_worker_html(vault)
    assert "no change to show yet" in html and "Due now" not in html
    assert "I referred myself" in html and "&lt;b&gt;me&lt;/b&gt;" in html
    assert "No services chosen yet." in html
    with pytest.raises(InputError, match="not in this profile"):
        link_worker.link_worker_html(vault, referral_id=r.link_worker_id or r.id.__class__(int=1))


def test_no_referral_is_one_clear_input_error(vault: Vault) -> None:
    with pytest.raises(InputError, match="no social prescribing referral"):
        link_worker.link_worker_html(vault)
    with pytest.raises(InputError, match="no social prescribing referral"):
        link_worker.link_worker_bundle(vault)


def test_the_fhir_bundle_is_valid_and_holds_everything_based_on_the_referral(
    demo: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "link-worker.json"
    n = link_worker.write_link_worker_fhir(demo, out, nhs_number=False)
    bundle = json.loads(out.read_bytes())
    assert len(bundle["entry"]) == n
    Bundle.model_validate(bundle)
    assert fhir.check_codes(bundle) == []
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[:2] == ["Patient", "ServiceRequest"] and "identifier" not in bundle[
        "entry"][0]["resource"]
    requests = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "ServiceRequest"]
    referral, walk, lunch = requests
    assert referral["code"]["coding"][0]["code"] == "871731000000106"
    for chosen in (walk, lunch):
        assert chosen["basedOn"] == [{"reference": f"urn:uuid:{referral['id']}"}]
        assert chosen["intent"] == "plan"
    assert walk["identifier"][0]["value"] == demo_data.WALK_ID
    sessions = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Observation"]
    assert len(sessions) == len(demo.attendance.all())
    assert {s["basedOn"][0]["reference"] for s in sessions} == {
        f"urn:uuid:{walk['id']}", f"urn:uuid:{lunch['id']}"}
    missed = [s for s in sessions if s["valueBoolean"] is False]
    assert missed and all("component" in s for s in missed)
    assert kinds.count("QuestionnaireResponse") == 3  # the ONS4 check-ins, not PHQ-9 / GAD-7


def test_the_summary_prints_to_a_tagged_pdf(demo: Vault, tmp_path: Path) -> None:
    from ui.printing import html_to_pdf

    out = tmp_path / "link-worker.pdf"
    html_to_pdf(link_worker.link_worker_html(demo), out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1  # one page
    text = "".join(page.extract_text() for page in reader.pages)
    assert "London" in text and "Homerton" in text
    root = reader.trailer["/Root"].get_object()
    assert isinstance(root, dict) and "/StructTreeRoot" in root  # tagged
