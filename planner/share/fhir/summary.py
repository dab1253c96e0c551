"""AllergyIntolerance and Condition (UK Core): the health summary's lists, written and read (#13).

- AllergyIntolerance: type allergy or intolerance, the substance, the reaction's manifestation
  as text and its severity. A reaction with a severity but no words says so with the
  `data-absent-reason` extension rather than inventing words.
- Condition: a problem-list item, clinicalStatus active or resolved, onset, code.

The rest of the summary travels on the Patient (`patient_summary`). SNOMED CT ids are checked
by partition and Verhoeff check digit, as in the app's forms.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from planner.domain.summary import Allergy, AllergySeverity, Condition
from planner.share.fhir.base import UK_CORE, Reading, Writing, _concept, _ref, _status
from planner.share.fhir.checks import (
    CodeCheck,
    _Bad,
    _code_in,
    _date,
    _list,
    _obj,
    _opt_text,
    _read_concept,
    _status_code,
    _text,
    _uuid,
    each,
    node,
)

TYPES = ("AllergyIntolerance", "Condition")
PROFILES = {
    "AllergyIntolerance": f"{UK_CORE}AllergyIntolerance",
    "Condition": f"{UK_CORE}Condition",
}


ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"


# The R4 value sets of the codes written here (checked by `check_codes` and the tests).
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-allergyintolerance-clinical.html
    "AllergyIntolerance.clinicalStatus": frozenset({"active", "inactive", "resolved"}),
    # http://hl7.org/fhir/R4/valueset-allergy-intolerance-type.html
    "AllergyIntolerance.type": frozenset({"allergy", "intolerance"}),
    # http://hl7.org/fhir/R4/valueset-reaction-event-severity.html
    "AllergyIntolerance.reaction.severity": frozenset({"mild", "moderate", "severe"}),
    # http://hl7.org/fhir/R4/valueset-condition-clinical.html
    "Condition.clinicalStatus": frozenset({
        "active", "recurrence", "relapse", "inactive", "remission", "resolved",
    }),
    # http://hl7.org/fhir/R4/valueset-condition-category.html
    "Condition.category": frozenset({"problem-list-item", "encounter-diagnosis"}),
}


def allergy_intolerance(allergy: Allergy, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "AllergyIntolerance",
        "id": str(allergy.id),
        "meta": {"profile": [PROFILES["AllergyIntolerance"]]},
        "clinicalStatus": _status(ALLERGY_CLINICAL, "active"),
        "type": "intolerance" if allergy.intolerance else "allergy",
        "code": _concept(allergy.concept_id, allergy.substance),
        "patient": _ref(pid),
    }
    if allergy.reaction or allergy.severity is not None:
        manifestation: dict[str, Any] = (
            {"text": allergy.reaction} if allergy.reaction
            else {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]})
        reaction: dict[str, Any] = {"manifestation": [manifestation]}
        if allergy.severity is not None:
            reaction["severity"] = allergy.severity.value
        resource["reaction"] = [reaction]
    return resource


def read_allergy_intolerance(resource: dict[str, Any]) -> Allergy:
    kind = resource.get("type", "allergy")
    if not _code_in(kind, VALUE_SETS["AllergyIntolerance.type"]):
        raise _Bad("the type is neither allergy nor intolerance")
    substance, concept_id = _read_concept(resource.get("code"), "the substance")
    reaction_text = ""
    severity = None
    reactions = _list(resource.get("reaction"), "reaction")
    if reactions:
        reaction = _obj(reactions[0], "reaction")
        words = [_obj(m, "manifestation").get("text")
                 for m in _list(reaction.get("manifestation"), "manifestation")]
        reaction_text = ", ".join(_text(w, "the reaction") for w in words if w is not None)
        raw = reaction.get("severity")
        if raw is not None:
            if not _code_in(raw, {s.value for s in AllergySeverity}):
                raise _Bad("the severity is not mild, moderate or severe")
            severity = AllergySeverity(raw)
    return Allergy(
        id=_uuid("AllergyIntolerance", resource.get("id")),
        substance=substance,
        reaction=reaction_text,
        severity=severity,
        intolerance=kind == "intolerance",
        concept_id=concept_id,
    )


def condition(item: Condition, pid: UUID) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "id": str(item.id),
        "meta": {"profile": [PROFILES["Condition"]]},
        "clinicalStatus": _status(CONDITION_CLINICAL,
                                  "resolved" if item.resolved else "active"),
        "category": [_status(CONDITION_CATEGORY, "problem-list-item")],
        "code": _concept(item.concept_id, item.name),
        "subject": _ref(pid),
    }
    if item.onset is not None:
        resource["onsetDateTime"] = item.onset.isoformat()
    if item.note:
        resource["note"] = [{"text": item.note}]
    return resource


def read_condition(resource: dict[str, Any]) -> Condition:
    name, concept_id = _read_concept(resource.get("code"), "the condition")
    status = _status_code(resource.get("clinicalStatus"), CONDITION_CLINICAL,
                          "the clinical status")
    onset = resource.get("onsetDateTime")
    notes = [_opt_text(_obj(n, "a note").get("text"), "a note")
             for n in _list(resource.get("note"), "note")]
    return Condition(
        id=_uuid("Condition", resource.get("id")),
        name=name,
        onset=_date(onset, "the onset") if onset is not None else None,
        concept_id=concept_id,
        note="\n\n".join(n for n in notes if n),
        resolved=status in ("resolved", "inactive", "remission"),
    )


def write(out: Writing) -> None:
    summary = out.snapshot.summary
    if summary is not None:
        out.resources += [allergy_intolerance(a, out.pid) for a in summary.allergies]
        out.resources += [condition(c, out.pid) for c in summary.conditions]


def read(inp: Reading) -> None:
    allergies: list[Allergy] = []
    conditions: list[Condition] = []
    for n, resource in inp.grouped["AllergyIntolerance"]:
        found = inp.read("AllergyIntolerance", n,
                         inp.about_patient("patient", read_allergy_intolerance, resource))
        if found is not None:
            allergies.append(found)
    for n, resource in inp.grouped["Condition"]:
        found = inp.read("Condition", n, inp.about_patient("subject", read_condition, resource))
        if found is not None:
            conditions.append(found)
    if allergies:
        inp.summary["allergies"] = tuple(allergies)
    if conditions:
        inp.summary["conditions"] = tuple(conditions)


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    """Value sets, and SNOMED CT ids by partition and check digit."""
    check = CodeCheck(n, resource, VALUE_SETS)
    if resource.get("resourceType") == "AllergyIntolerance":
        check.status("AllergyIntolerance.clinicalStatus", resource.get("clinicalStatus"),
                     ALLERGY_CLINICAL)
        check.listed("AllergyIntolerance.type", resource.get("type"))
        check.concept_ids(resource.get("code"))
        for reaction in each(resource.get("reaction")):
            check.listed("AllergyIntolerance.reaction.severity", node(reaction).get("severity"))
    else:
        check.status("Condition.clinicalStatus", resource.get("clinicalStatus"),
                     CONDITION_CLINICAL)
        for category in each(resource.get("category")):
            check.status("Condition.category", category, CONDITION_CATEGORY)
        check.concept_ids(resource.get("code"))
    return check.problems
