"""RelatedPerson: the carers who entered something in the record (issue #24), written and read.

Each carer named as an author in the vault becomes one RelatedPerson (relationship "Carer"),
with an id derived from the patient and the carer's name, so exporting twice gives the same
resource. What a carer entered points at it: an Observation's `performer`, a Goal's
`expressedBy`, a QuestionnaireResponse's `author`. Reading a file maps those references back
to the carer's name, so an import keeps who entered what.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID, uuid5

from planner.share.fhir.base import Reading, Writing, _ref
from planner.share.fhir.checks import _Bad, _list, _obj, _text

TYPES = ("RelatedPerson",)
VALUE_SETS: dict[str, frozenset[str]] = {}


def carer_id(pid: UUID, name: str) -> UUID:
    return uuid5(pid, "carer:" + name.casefold())


def carer_ref(pid: UUID, name: str) -> dict[str, str]:
    """The reference an item a carer entered carries (its display is the carer's name)."""
    return {"reference": f"urn:uuid:{carer_id(pid, name)}", "display": name}


def _names(out: Writing) -> set[str]:
    snap = out.snapshot
    found = set(out.vault.logs.authors().values())
    for items in (snap.goals, snap.plan_versions, snap.questionnaires, snap.doses,
                  snap.appointments):
        found.update(item.author for item in items if item.author)
    return found


def write(out: Writing) -> None:
    for name in sorted(_names(out), key=str.casefold):
        out.resources.append({
            "resourceType": "RelatedPerson",
            "id": str(carer_id(out.pid, name)),
            "active": True,
            "patient": _ref(out.pid),
            "relationship": [{"text": "Carer"}],
            "name": [{"text": name}],
        })


def _read_carer(resource: dict[str, Any], ctx: Reading) -> None:
    names = _list(resource.get("name"), "name")
    if not names:
        raise _Bad("the carer has no name")
    first = _obj(names[0], "a name")
    text = first.get("text") or " ".join(
        [*(str(g) for g in _list(first.get("given"), "given")), str(first.get("family", ""))]
    ).strip()
    name = _text(text, "the carer's name")[:40]
    rid = _text(resource.get("id"), "the carer's id")
    ctx.carers[f"urn:uuid:{rid}"] = name
    ctx.carers[f"RelatedPerson/{rid}"] = name


def read(inp: Reading) -> None:
    for n, resource in inp.grouped["RelatedPerson"]:
        inp.read("RelatedPerson", n, partial(_read_carer, resource, inp))


def author_in(ctx: Reading, refs: object) -> str | None:
    """The carer a reference (or a list of them) names, if it is one of the file's carers."""
    items = refs if isinstance(refs, list) else [refs] if refs is not None else []
    for item in items:
        if isinstance(item, dict):
            name = ctx.carers.get(str(item.get("reference", "")))
            if name is not None:
                return name
    return None


def check_codes(n: int, resource: dict[str, Any]) -> list[str]:
    return []
