"""FHIR for the social-prescribing referral (#14) on real vaults: a UK Core ServiceRequest
coded with SNOMED CT 871731000000106 in the export Bundle, valid by fhir.resources R4B,
codes by the published value sets, and read back by the import."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from planner.domain.codes import check_concept_id
from planner.domain.plan import Supporter
from planner.domain.social import ReferredBy, SocialReferral
from planner.errors import ValidationFailed
from planner.services import social
from planner.share import fhir
from planner.share.fhir import social as fhir_social
from planner.vault import KdfParams, Profiles, Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)

# Typed in from hl7.org/fhir/R4 (not copied from the module).
PUBLISHED = {
    "ServiceRequest.status": {"draft", "active", "on-hold", "revoked", "completed",
                              "entered-in-error", "unknown"},
    "ServiceRequest.intent": {"proposal", "plan", "directive", "order", "original-order",
                              "reflex-order", "filler-order", "instance-order", "option"},
}


def _fill(vault: Vault) -> list[SocialReferral]:
    gp = social.start_referral(
        vault,
        SocialReferral(referred_by=ReferredBy.GP, referrer_name="Dr Okafor, Lea Surgery",
                       referred_on=date(2025, 9, 1), reason="I have felt cut off since I retired",
                       what_matters="Meeting people\nGetting out of the house"),
        link_worker=Supporter(name="Tom Green", phone="020 7946 0002"),
    )
    mine = social.start_referral(
        vault,
        SocialReferral(referred_by=ReferredBy.SELF, referred_on=date(2024, 3, 4),
                       checkin_weeks=(0, 8), closed_on=date(2024, 6, 1)),
    )
    return [gp, mine]


def _requests(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"]
            if e["resource"]["resourceType"] == "ServiceRequest"]


def test_value_sets_match_the_published_ones() -> None:
    assert {k: set(v) for k, v in fhir_social.VALUE_SETS.items()} == PUBLISHED
    check_concept_id(fhir_social.SOCIAL_PRESCRIBING_REFERRAL)  # partition and Verhoeff


def test_the_referral_is_a_uk_core_service_request_in_the_export(vault: Vault) -> None:
    _fill(vault)
    bundle = fhir.export_bundle(vault)
    Bundle.model_validate(bundle)  # structure, R4B
    assert fhir.check_codes(bundle) == []
    gp, mine = _requests(bundle)
    assert gp["meta"]["profile"] == [
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest"]
    assert gp["code"]["coding"] == [{"system": "http://snomed.info/sct",
                                     "code": "871731000000106",
                                     "display": "Referral to social prescribing service"}]
    assert (gp["status"], gp["intent"], gp["authoredOn"]) == ("active", "order", "2025-09-01")
    assert gp["requester"] == {"display": "Dr Okafor, Lea Surgery"}
    assert gp["performer"][0]["display"] == "Tom Green"
    assert gp["reasonCode"] == [{"text": "I have felt cut off since I retired"}]
    assert gp["note"] == [{"text": "Meeting people\nGetting out of the house"}]
    assert (mine["status"], mine["intent"]) == ("completed", "plan")
    assert mine["requester"]["reference"] == gp["subject"]["reference"]
    assert mine["occurrencePeriod"] == {"start": "2024-03-04", "end": "2024-06-01"}


def test_the_referral_round_trips_through_the_import(vault: Vault, tmp_path: Path) -> None:
    referrals = _fill(vault)
    out = tmp_path / "mine.json"
    fhir.write_fhir(vault, out)
    snapshot, _ = fhir.parse_bundle(json.loads(out.read_bytes()), [])
    assert sorted(snapshot.referrals, key=lambda r: r.referred_on) == sorted(
        referrals, key=lambda r: r.referred_on)
    profiles = Profiles(tmp_path / "other", kdf=CHEAP)
    other, _ = profiles.create("Other", "other pass")
    with other:
        fhir.import_fhir(other, out)
        got = {r.id: r for r in other.referrals.all()}
        assert got == {r.id: r for r in referrals}
        worker = got[referrals[0].id].link_worker_id
        assert worker in {s.id for s in other.plans.current().plan.supporters}  # type: ignore[union-attr]
        again = fhir.import_fhir(other, out)  # nothing twice: what is there is left out
        assert again.skipped["social prescribing referrals"] == len(referrals)
        assert {r.id: r for r in other.referrals.all()} == got


def test_a_wrong_code_status_or_person_is_refused(vault: Vault) -> None:
    _fill(vault)
    bundle = fhir.export_bundle(vault)
    request = _requests(bundle)[0]

    def problems_with(change: dict[str, Any]) -> list[str]:
        broken = copy.deepcopy(bundle)
        for entry in broken["entry"]:
            if entry["resource"].get("id") == request["id"]:
                entry["resource"].update(change)
        with pytest.raises(ValidationFailed) as caught:
            fhir.parse_bundle(broken, [])
        return caught.value.problems

    assert any("ServiceRequest.status" in p for p in problems_with({"status": "finished"}))
    assert any("ServiceRequest.intent" in p for p in problems_with({"intent": "wish"}))
    assert any("Verhoeff" in p or "check digit" in p or "871731000000107" in p
               for p in problems_with({"code": {"coding": [
                   {"system": "http://snomed.info/sct", "code": "871731000000107"}]}}))
    assert any("social-prescribing referrals" in p for p in problems_with(
        {"code": {"text": "Physiotherapy"}}))
    assert any("different person" in p for p in problems_with(
        {"subject": {"reference": "Patient/someone-else"}}))
