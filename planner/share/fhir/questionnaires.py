"""QuestionnaireResponse (check-ins: PHQ-9 panel 44249-1, GAD-7 69737-5, ONS4 as the app's
own), and each one's total score as an Observation, written and read.

The score Observation is what GP systems chart and search; on import it is skipped and the
score recomputed from the answers, which are checked against the instrument.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID, uuid5

from planner.domain.questionnaire import Instrument, QuestionnaireResponse
from planner.errors import shown
from planner.instruments import (
    AnswerError,
    all_instruments,
    load_instrument,
    score_response,
    validate_response,
)
from planner.share.fhir.base import (
    BASE,
    OBSERVATION_CATEGORY,
    Reading,
    Writing,
    _full_time,
    _ref,
)
from planner.share.fhir.carers import author_in, carer_ref
from planner.share.fhir.checks import (
    LOINC,
    NAMESPACE,
    CodeCheck,
    _Bad,
    _datetime,
    _ext_value,
    _list,
    _obj,
    _opt_text,
    _text,
    _uuid,
    each,
    loinc_is_valid,
    node,
)

TYPES = ("QuestionnaireResponse",)
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-questionnaire-answers-status.html
    "QuestionnaireResponse.status": frozenset({
        "in-progress", "completed", "amended", "entered-in-error", "stopped",
    }),
}


EXT_NOTE = f"{BASE}/StructureDefinition/note"


def questionnaire_url(instrument: Instrument) -> str:
    """The canonical a QuestionnaireResponse points to: LOINC's form URL where one exists."""
    if instrument.loinc:
        return f"http://loinc.org/q/{instrument.loinc}"
    return f"{BASE}/Questionnaire/{instrument.code}"


def _questionnaire_response(response: QuestionnaireResponse, pid: UUID) -> dict[str, Any]:
    instrument = load_instrument(response.instrument)
    items = []
    for item in instrument.items:
        if item.id not in response.answers:
            continue
        value = response.answers[item.id]
        option = next((o for o in item.options if o.value == value), None)
        answer: dict[str, Any]
        if option is not None and option.loinc:
            answer = {"valueCoding": {"system": LOINC, "code": option.loinc,
                                      "display": option.label}}
        else:
            answer = {"valueInteger": value}
        items.append({"linkId": item.id, "text": item.text, "answer": [answer]})
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": str(response.id),
        "questionnaire": questionnaire_url(instrument),
        "status": "completed",
        "subject": _ref(pid),
        "authored": _full_time(response.completed_at),
        "item": items,
    }
    if response.note:
        resource["extension"] = [{"url": EXT_NOTE, "valueString": response.note}]
    if response.author:
        resource["author"] = carer_ref(pid, response.author)
    return resource


def score_id(response: QuestionnaireResponse) -> UUID:
    return uuid5(NAMESPACE, f"{response.id}/total")


def _score_observation(response: QuestionnaireResponse, pid: UUID) -> dict[str, Any] | None:
    """The total score as its own Observation, which is what GP systems chart and search."""
    instrument = load_instrument(response.instrument)
    result = score_response(response)
    if result.total is None or not instrument.total_loinc:
        return None
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": str(score_id(response)),
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey",
                                  "display": "Survey"}]}],
        "code": {"coding": [{"system": LOINC, "code": instrument.total_loinc}],
                 "text": f"{instrument.title} total score"},
        "subject": _ref(pid),
        "effectiveDateTime": _full_time(response.completed_at),
        "valueInteger": result.total,
        "derivedFrom": [_ref(response.id)],
    }
    if result.band is not None:
        resource["interpretation"] = [{"text": result.band.label}]
    return resource


def _instrument_for(url: object) -> Instrument:
    wanted = _text(url, "the questionnaire").split("|")[0]
    for instrument in all_instruments():
        if wanted == questionnaire_url(instrument):
            return instrument
    raise _Bad("the planner does not know this questionnaire")


def _read_response(resource: dict[str, Any], ctx: Reading) -> QuestionnaireResponse:
    ctx.check_subject(resource)
    instrument = _instrument_for(resource.get("questionnaire"))
    answers: dict[str, int] = {}
    for item in _list(resource.get("item"), "item"):
        item = _obj(item, "an item")
        link = _text(item.get("linkId"), "the question's linkId")
        try:
            question = instrument.item(link)
        except KeyError:
            raise _Bad(f"{instrument.code} has no question '{shown(link)}'") from None
        given = _list(item.get("answer"), "answer")
        if len(given) != 1:
            raise _Bad(f"question '{shown(link)}' should have one answer")
        answer = _obj(given[0], "an answer")
        if "valueCoding" in answer:
            code = _obj(answer["valueCoding"], "valueCoding").get("code")
            option = next((o for o in question.options if o.loinc and o.loinc == code), None)
            if option is None:
                raise _Bad(f"the answer to question '{shown(link)}' is not one of its choices")
            answers[link] = option.value
        elif "valueInteger" in answer:
            raw = answer["valueInteger"]
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise _Bad(f"the answer to question '{shown(link)}' should be a whole number")
            answers[link] = raw
        else:
            raise _Bad(f"the answer to question '{shown(link)}' is not one the planner reads")
    note = _ext_value(resource, EXT_NOTE, "valueString")
    return QuestionnaireResponse(
        id=_uuid("QuestionnaireResponse", resource.get("id")),
        instrument=instrument.code,
        completed_at=_datetime(resource.get("authored"), "the time it was filled in"),
        answers=answers,
        note=_opt_text(note, "the note"),
        author=author_in(ctx, resource.get("author")),
    )


def write(out: Writing) -> None:
    for response in out.snapshot.questionnaires:
        out.resources.append(_questionnaire_response(response, out.pid))
        total = _score_observation(response, out.pid)
        if total is not None:
            out.resources.append(total)


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["QuestionnaireResponse"]:
        response = inp.read("QuestionnaireResponse", n, partial(_read_response, resource, inp))
        if response is not None:
            try:
                validate_response(response)
            except AnswerError as exc:
                inp.problems.add(f"entry {n} (QuestionnaireResponse)", str(exc))
                continue
        inp.add("questionnaires", response)


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    check = CodeCheck(n, resource, VALUE_SETS)
    check.expect("QuestionnaireResponse.status", resource.get("status"))
    for item in each(resource.get("item")):
        for answer in each(node(item).get("answer")):
            coding = node(node(answer).get("valueCoding"))
            if coding.get("system") == LOINC and not loinc_is_valid(
                str(coding.get("code"))
            ):
                check.problems.append(f"{check.where}: '{shown(coding.get('code'), 20)}' is "
                                      "not a LOINC answer code")
    return check.problems
