"""The checked readers every FHIR family reads its JSON with, and the code-list checks.

A FHIR file is read as plain JSON, so each field is checked as it is taken (`_obj`, `_text`,
`_date`, ...), and a wrong one raises `_Bad` with words for the person, which the Bundle reader
files under "entry N (Type)". The fhir.resources library checks structure but not codes, so the
code lists (LOINC check digits, the UCUM units we write, SNOMED CT / dm+d ids, the value sets of
the datatypes several resources share) are checked here too: `CodeCheck` gathers one entry's
problems for the families' `check_codes`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any, TypeGuard
from uuid import UUID, uuid5

from planner.domain.codes import check_concept_id
from planner.errors import shown
from planner.share.importing import finite

# -- code systems and code lists -----------------------------------------------------------


LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
DMD = "https://dmd.nhs.uk"
# Stable name-based ids for things the app makes up (score Observations, foreign ids).
NAMESPACE = UUID("4f1d8f63-8a0e-4d53-9a57-2b9f0c3e7a11")


# The value sets of datatypes more than one resource uses (checked by `CodeCheck`).
VALUE_SETS: dict[str, frozenset[str]] = {
    # http://hl7.org/fhir/R4/valueset-units-of-time.html
    "Timing.repeat.periodUnit": frozenset({"s", "min", "h", "d", "wk", "mo", "a"}),
    # http://hl7.org/fhir/R4/valueset-days-of-week.html
    "Timing.repeat.dayOfWeek": frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}),
    # http://hl7.org/fhir/R4/valueset-contact-point-system.html
    "ContactPoint.system": frozenset({"phone", "fax", "email", "pager", "url", "sms", "other"}),
}


# Units people type, as UCUM codes (http://unitsofmeasure.org). Unknown units go out as plain
# text without a code, which FHIR allows, rather than as a wrong code.
UCUM_UNITS: dict[str, str] = {
    "kg": "kg", "g": "g", "lb": "[lb_av]", "lbs": "[lb_av]", "cm": "cm", "m": "m",
    "km": "km", "mm": "mm", "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "min": "min", "mins": "min", "minute": "min", "minutes": "min", "s": "s",
    "seconds": "s", "steps": "{steps}", "mmhg": "mm[Hg]", "bpm": "/min",
    "beats/min": "/min", "beats per minute": "/min", "/min": "/min", "°c": "Cel",
    "cel": "Cel", "%": "%", "l": "L", "litres": "L", "liters": "L", "ml": "mL",
    "kcal": "kcal", "mmol/l": "mmol/L", "mg/dl": "mg/dL", "score": "{score}",
    "kg/m2": "kg/m2",
}
UCUM_CODES = frozenset(UCUM_UNITS.values())
_LOINC_FORMAT = re.compile(r"^(LA|LP|LL)?\d{1,8}-\d$")


def loinc_is_valid(code: str) -> bool:
    """Well formed, and for plain LOINC codes the mod-10 check digit matches (catches typos)."""
    if not _LOINC_FORMAT.match(code):
        return False
    if code[:2].isalpha():
        return True  # answer and part codes: format only
    digits = [int(d) for d in code.replace("-", "")]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def ucum(unit: str) -> str | None:
    return UCUM_UNITS.get(unit.strip().lower())


# -- the checked readers -------------------------------------------------------------------


class _Bad(ValueError):
    """One resource cannot be read; the message is for the person."""


def _obj(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{what} should be a JSON object")
    return value


def _list(value: object, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{what} should be a list")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{what} should be text")
    return value


def _opt_text(value: object, what: str) -> str:
    return "" if value is None else _text(value, what)


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"{what} should be a number")
    try:
        return finite(float(value))
    except (ValueError, OverflowError):  # NaN, or an integer too big for a float
        raise _Bad(f"{what} must be a real number") from None


def _date(value: object, what: str) -> date:
    text = _text(value, what)
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{what} '{shown(text, 30)}' is not a date like 2026-03-01") from None


def _datetime(value: object, what: str) -> datetime:
    text = _text(value, what)
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{what} '{shown(text)}' is not a date and time") from None
    if "T" not in text or at.tzinfo is None:
        raise _Bad(f"{what} has no time zone; write it like 2026-03-01T08:30:00Z")
    try:
        return at.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is past the last moment Python knows
        raise _Bad(f"{what} '{shown(text)}' is too far in the past or future") from None


def _code_in(value: object, table: Collection[Any]) -> TypeGuard[str]:
    """Membership for a value read from the file: a list or object is never a code (and would
    raise TypeError in a dict or set lookup)."""
    return isinstance(value, str) and value in table


def _uuid(resource_type: str, raw: object) -> UUID:
    """Our ids are UUIDs; anyone else's become a stable UUID named after them."""
    text = _text(raw, "the id")
    try:
        return UUID(text)
    except ValueError:
        return uuid5(NAMESPACE, f"{resource_type}/{text}")


def _ref_id(value: object, resource_type: str) -> UUID:
    text = _text(_obj(value, "a reference").get("reference"), "a reference")
    if text.startswith("urn:uuid:"):
        return _uuid(resource_type, text.removeprefix("urn:uuid:"))
    kind, _, raw = text.rpartition("/")
    if kind.split("/")[-1] != resource_type:
        raise _Bad(f"a reference should point to a {resource_type}")
    return _uuid(resource_type, raw)


def _extensions(resource: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [_obj(e, "an extension") for e in _list(resource.get("extension"), "extension")
            if isinstance(e, dict) and e.get("url") == url]


def _ext_value(resource: dict[str, Any], url: str, kind: str) -> Any:
    found = _extensions(resource, url)
    return found[0].get(kind) if found else None


def _sub_values(resource: dict[str, Any], url: str) -> dict[str, Any] | None:
    found = _extensions(resource, url)
    if not found:
        return None
    values: dict[str, Any] = {}
    for inner in _list(found[0].get("extension"), "extension"):
        inner = _obj(inner, "an extension")
        for key, value in inner.items():
            if key.startswith("value"):
                values[_text(inner.get("url"), "an extension url")] = value
    return values


def _codings(concept: object) -> list[dict[str, Any]]:
    if concept is None:
        return []
    return [_obj(c, "a coding") for c in _list(_obj(concept, "a code").get("coding"), "coding")]


def _read_concept(value: object, what: str) -> tuple[str, str | None]:
    """(text, concept id) from a CodeableConcept: the text, else a coding's display."""
    concept = _obj(value, what)
    codings = _codings(concept)
    concept_id = next((_text(c.get("code"), "a code") for c in codings
                       if c.get("system") in (SNOMED, DMD)), None)
    text = concept.get("text") or next((c.get("display") for c in codings
                                        if c.get("display")), None)
    if text is None:
        raise _Bad(f"{what} has no text or display the planner can show")
    if concept_id is not None:
        concept_id = check_concept_id(concept_id)
    return _text(text, what), concept_id


def _status_code(value: object, system: str, what: str) -> str | None:
    for coding in _codings(value):
        if coding.get("system") == system:
            return _text(coding.get("code"), what)
    return None


# -- code checks --------------------------------------------------------------------------


def allowed(value: object, codes: Collection[Any]) -> bool:
    # A list or object where a code belongs is not a code (and is unhashable: no TypeError).
    return not isinstance(value, (list, dict)) and value in codes


def each(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def node(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def codings(concept: object) -> list[dict[str, Any]]:
    return [c for c in each(node(concept).get("coding")) if isinstance(c, dict)]


class CodeCheck:
    """The code problems of one entry (number `n`), each as "entry N (Type): ...", against
    its family's `value_sets` and the shared datatypes' `VALUE_SETS`."""

    def __init__(self, n: int, resource: dict[str, Any],
                 value_sets: dict[str, frozenset[str]]) -> None:
        self.where = f"entry {n} ({resource.get('resourceType')})"
        self.value_sets = {**VALUE_SETS, **value_sets}
        self.problems: list[str] = []

    def expect(self, value_set: str, value: object) -> None:
        if value is not None and not allowed(value, self.value_sets[value_set]):
            self.problems.append(f"{self.where}: '{shown(value)}' is not an allowed {value_set}")

    def loinc_codes(self, concept: object) -> None:
        for coding in codings(concept):
            if coding.get("system") == LOINC and not loinc_is_valid(str(coding.get("code"))):
                self.problems.append(
                    f"{self.where}: '{shown(coding.get('code'), 20)}' is not a LOINC code")

    def quantity(self, value: object) -> None:
        q = node(value)
        if q.get("system") == UCUM and not allowed(q.get("code"), UCUM_CODES):
            self.problems.append(
                f"{self.where}: '{shown(q.get('code'), 20)}' is not a UCUM unit we use")

    def timing(self, value: object) -> None:
        repeat = node(node(value).get("repeat"))
        self.expect("Timing.repeat.periodUnit", repeat.get("periodUnit"))
        for day in each(repeat.get("dayOfWeek")):
            self.expect("Timing.repeat.dayOfWeek", day)

    # The #13 resources' checks word their problems a little differently (kept as they were).

    def listed(self, value_set: str, value: object) -> None:
        if value is not None and not (isinstance(value, str)
                                      and value in self.value_sets[value_set]):
            self.problems.append(
                f"{self.where}: '{str(value)[:40]}' is not an allowed {value_set}")

    def concept_ids(self, value: object) -> None:
        for coding in [node(c) for c in each(node(value).get("coding"))]:
            if coding.get("system") in (SNOMED, DMD):
                try:
                    check_concept_id(str(coding.get("code")))
                except ValueError as exc:
                    self.problems.append(
                        f"{self.where}: '{str(coding.get('code'))[:20]}': {exc}")

    def status(self, value_set: str, value: object, system: str) -> None:
        for coding in [node(c) for c in each(node(value).get("coding"))]:
            if coding.get("system") == system:
                self.listed(value_set, coding.get("code"))
