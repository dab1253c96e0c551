"""What every FHIR family module shares, so none of them needs another family's module.

The app's namespace and the code systems several families write, the small writers of
references, times and complex extensions, and the two contexts the Bundle hands each family:
`Writing` to add its resources to, `Reading` to take its entries from and put what it read in.
A family sees only these, never the Bundle, so adding one is a new module and one line in
`bundle.FAMILIES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from uuid import UUID

from planner.domain.person import Person
from planner.domain.tracker import Tracker
from planner.errors import shown
from planner.share.fhir.checks import LOINC, SNOMED, _Bad, _code_in, _codings, _obj, _text
from planner.share.importing import Problems
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault

# -- systems, profiles and extensions ------------------------------------------------------


BASE = "https://health-planner.example/fhir"  # the app's own namespace (no public server)
TRACKER_SYSTEM = f"{BASE}/CodeSystem/tracker"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"

# What tells two families' resources of one type apart (issue #25): a decision is a CarePlan
# and a treatment referral a ServiceRequest, each marked by a category in the app's code
# system, so the care plan and social-prescribing readers pass them by.
KIND_SYSTEM = f"{BASE}/CodeSystem/resource-kind"
DECISION_KIND = "shared-decision"
TREATMENT_KIND = "treatment-referral"


def has_kind(resource: dict[str, Any], kind: str) -> bool:
    """Whether `resource` carries the app's category `kind` (never raises on odd JSON)."""
    categories = resource.get("category")
    for category in categories if isinstance(categories, list) else []:
        codings = category.get("coding") if isinstance(category, dict) else None
        for coding in codings if isinstance(codings, list) else []:
            if isinstance(coding, dict) and coding.get("system") == KIND_SYSTEM \
                    and coding.get("code") == kind:
                return True
    return False


def kind_category(kind: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": KIND_SYSTEM, "code": kind, "display": display}],
            "text": display}


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _ref(uuid: UUID) -> dict[str, str]:
    return {"reference": f"urn:uuid:{uuid}"}


def _instant(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


def _full_time(at: datetime) -> str:
    """Microseconds kept where the domain has them, so goal and plan times round-trip."""
    return at.astimezone(UTC).isoformat()


def _sub(url: str, pairs: Iterable[tuple[str, str, Any]]) -> dict[str, Any]:
    """A complex extension from (name, value type, value); empty values are left out."""
    return {"url": url, "extension": [{"url": name, kind: value}
                                      for name, kind, value in pairs if value not in ("", None)]}


def _concept(concept_id: str | None, text: str, system: str = SNOMED) -> dict[str, Any]:
    concept: dict[str, Any] = {}
    if concept_id:
        concept["coding"] = [{"system": system, "code": concept_id}]
    concept["text"] = text
    return concept


def _status(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


# -- the contexts a family writes into and reads from ---------------------------------------


class Family(Protocol):
    """What a family module has, for `bundle.FAMILIES` (mypy checks each module against it)."""

    @property
    def TYPES(self) -> tuple[str, ...]:  # the resource types it reads and checks
        ...

    @property
    def VALUE_SETS(self) -> dict[str, frozenset[str]]:  # the code lists of what it writes
        ...

    def write(self, out: Writing) -> None: ...

    def read(self, inp: Reading) -> None: ...

    def check_codes(self, n: int, resource: dict[str, Any]) -> list[str]: ...


@dataclass
class Writing:
    """One export: what the families write from, and the resources in Bundle order."""

    vault: Vault
    snapshot: Snapshot  # without log entries: those are streamed (`later`), period only
    pid: UUID
    now: datetime
    start: datetime | None = None
    end: datetime | None = None
    nhs_number: bool = True
    date_of_birth: bool = True
    resources: list[dict[str, Any]] = field(default_factory=list)
    # Resources written after every family's own: a year of a wearable's entries goes last.
    later: list[Iterable[dict[str, Any]]] = field(default_factory=list)
    patient: dict[str, Any] = field(default_factory=dict)  # the Patient, once written


@dataclass
class Reading:
    """One import: the entries by resource type (`grouped`: type -> [(entry number, resource)]),
    `read`, which runs one entry's reader and collects its problem, and what was read so far.

    Also what the reader knows while it goes through the entries: the trackers by name (the
    profile's and the file's) and the references that mean the file's Patient."""

    grouped: dict[str, list[tuple[int, dict[str, Any]]]]
    read: Callable[[str, int, Callable[[], Any]], Any]
    problems: Problems
    entries: list[Any] = field(default_factory=list)
    existing_trackers: list[Tracker] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    person: Person | None = None
    pid: UUID | None = None
    patient_refs: set[str] = field(default_factory=set)
    trackers_by_key: dict[str, Tracker] = field(default_factory=dict)
    new_trackers: dict[UUID, Tracker] = field(default_factory=dict)
    found: dict[str, list[Any]] = field(default_factory=dict)  # Snapshot field -> items
    summary: dict[str, Any] = field(default_factory=dict)  # HealthSummary's fields found
    carers: dict[str, str] = field(default_factory=dict)  # RelatedPerson reference -> name

    def add(self, snapshot_field: str, item: Any) -> None:
        """Keep one item read (None, an entry that could not be read, is left out)."""
        if item is not None:
            self.found.setdefault(snapshot_field, []).append(item)

    def about_patient(self, key: str, reader: Callable[[dict[str, Any]], Any],
                      resource: dict[str, Any]) -> Callable[[], Any]:
        """`reader(resource)`, once the reference in `key` is checked to be the file's
        Patient (for `read`)."""
        def run() -> Any:
            ref = resource.get(key)
            if ref is not None and self.patient_refs and not _code_in(
                _obj(ref, key).get("reference"), self.patient_refs
            ):
                raise _Bad("this is about a different person than the rest of the file")
            return reader(resource)
        return run

    def tracker_for(self, concept: object) -> Tracker:
        codings = _codings(concept)
        for coding in codings:
            if coding.get("system") == TRACKER_SYSTEM:
                key = _text(coding.get("code"), "the tracker code")
                if key in self.trackers_by_key:
                    return self.trackers_by_key[key]
                raise _Bad(f"there is no tracker called '{shown(key)}'")
        for coding in codings:
            if coding.get("system") == LOINC:
                for tracker in self.trackers_by_key.values():
                    if tracker.loinc and tracker.loinc == coding.get("code"):
                        return tracker
        raise _Bad("the planner has no tracker for this kind of measurement")

    def check_subject(self, resource: dict[str, Any]) -> None:
        subject = resource.get("subject")
        if subject is None:
            return
        reference = _obj(subject, "subject").get("reference")
        if self.patient_refs and not _code_in(reference, self.patient_refs):
            raise _Bad("this is about a different person than the rest of the file")
