"""Budget rounds to and from Pabulib `.pb` files, the field's exchange format, so a round held
here can be checked with the field's own tools and a round from elsewhere can be counted here.

Reading and writing are pabutools' (`parse_pabulib_from_string`, `election_as_pabulib_string`),
so the files are exactly what those tools read and write. A file may start with a UTF-8
byte-order mark (pabutools and spreadsheet programs write one): it is dropped before parsing, and
`write` puts one back, as `pabutools.election.write_pabulib` does.

Everything a file carries beyond what a round needs (its META keys, extra project columns, each
voter's id, age, sex and voting method) is kept in the round's `pabulib` part and written back,
so importing a file and exporting it again gives the same round. Other vote columns are not
kept: pabutools' writer files them under the projects, which would break the file.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from natsort import natsorted
from pabutools.election import (
    AbstractApprovalProfile,
    ApprovalBallot,
    ApprovalProfile,
    Instance,
    Project,
)
from pabutools.election.pabulib import election_as_pabulib_string, parse_pabulib_from_string

__all__ = ["BALLOT_META", "PabulibError", "read", "write"]

BALLOT_META = ("voter_id", "age", "sex", "voting_method")
"""The vote columns pabutools writes back correctly, so the ones an import keeps."""

_RULE_NAMES = {"greedy": "greedy", "equal-shares": "equalshares/add1"}
_RULES_READ = {"greedy": "greedy", "equalshares": "equal-shares",
               "equalshares/add1": "equal-shares"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")


class PabulibError(ValueError):
    """A file that is not a Pabulib approval round this endpoint can hold, said plainly."""


def _whole(value: Fraction | int | float | str, what: str) -> int:
    number = Fraction(str(value))
    if number.denominator != 1 or number < 0:
        raise PabulibError(f"{what} must be a whole number of pounds, not {value}")
    return int(number)


def _plain(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(str(item) for item in value)
    return str(value)


def read(text: str, fallback_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A round document and its ballots from a file's text (byte-order mark allowed).

    The round's id is the file's `round_id` META key (what `write` puts there) or else
    `fallback_id` (the file's name)."""
    try:
        instance, profile = parse_pabulib_from_string(text.removeprefix("\ufeff"))
    except KeyError as exc:
        raise PabulibError(f"this is not a Pabulib file: it has no {exc.args[0]} "
                           "(META, PROJECTS and VOTES sections, ';' between fields)") from exc
    except (IndexError, ValueError, StopIteration) as exc:
        raise PabulibError(f"this is not a Pabulib file ({exc})") from exc
    except NotImplementedError as exc:
        raise PabulibError(str(exc)) from exc
    if instance.meta.get("vote_type") != "approval" or not isinstance(
            profile, AbstractApprovalProfile):
        raise PabulibError("only approval rounds can be imported (META vote_type approval)")
    meta = {str(key): str(value) for key, value in instance.meta.items()}
    round_id = meta.get("round_id") or fallback_id
    if not _ID.match(round_id):
        raise PabulibError(f"{round_id!r} cannot be a round id: use letters, digits and . _ : -")
    pot = _whole(instance.budget_limit, "the budget")
    projects: list[dict[str, Any]] = []
    extra: dict[str, dict[str, Any]] = {}
    for project in natsorted(instance, key=lambda made: made.name):
        if not _ID.match(project.name):
            raise PabulibError(f"project id {project.name!r}: use letters, digits and . _ : -")
        columns = instance.project_meta.get(project, {})
        projects.append({
            "id": project.name,
            "title": str(columns.get("name") or project.name),
            "description": str(columns.get("description") or ""),
            "organisation": str(columns.get("proposer") or ""),
            "cost": _whole(project.cost, f"the cost of project {project.name}"),
        })
        extra[project.name] = {str(key): _plain(value) for key, value in columns.items()}
    max_cost = meta.get("max_sum_cost")
    doc: dict[str, Any] = {
        "id": round_id,
        "title": meta.get("description") or round_id,
        "description": meta.get("comment") or meta.get("description") or round_id,
        "organisation": meta.get("organisation", ""),
        "borough": meta.get("unit", ""),
        "ward": meta.get("subunit") or None,
        "pot": pot,
        "ballot": "knapsack" if max_cost is not None and Fraction(max_cost) <= pot
        else "approval",
        "rule": _RULES_READ.get(meta.get("rule", ""), "greedy"),
        "projects": projects,
        "state": "imported",
        "pabulib": {"meta": meta, "projects": extra},
    }
    ballots = [
        {"voter": str(ballot.meta.get("voter_id", index)),
         "projects": natsorted(project.name for project in ballot),
         "meta": {key: str(ballot.meta[key]) for key in BALLOT_META if key in ballot.meta}}
        for index, ballot in enumerate(profile)
    ]
    return doc, ballots


def _dotted(day: str | None) -> str | None:
    """Pabulib writes dates as day.month.year."""
    if not day:
        return None
    year, month, date_of_month = day.split("-")
    return f"{date_of_month}.{month}.{year}"


def write(doc: dict[str, Any], ballots: list[dict[str, Any]]) -> str:
    """The round as a Pabulib file's text, byte-order mark first."""
    kept = doc.get("pabulib") or {}
    meta: dict[str, str] = dict(kept.get("meta") or {})
    if not meta:
        meta.update({
            "description": doc["title"], "country": "United Kingdom", "unit": doc["borough"],
            "instance": str(doc.get("opens_on", ""))[:4] or "—", "comment": doc["description"],
            "currency": "GBP", "rule": _RULE_NAMES[doc["rule"]], "round_id": doc["id"],
        })
        if doc.get("ward"):
            meta["subunit"] = str(doc["ward"])
        if doc.get("organisation"):
            meta["organisation"] = str(doc["organisation"])
        for key, day in (("date_begin", doc.get("opens_on")), ("date_end", doc.get("closes_on"))):
            dotted = _dotted(day)
            if dotted:
                meta[key] = dotted
        if doc["ballot"] == "knapsack":
            meta["max_sum_cost"] = str(doc["pot"])
    instance = Instance(budget_limit=doc["pot"])
    instance.meta = meta
    by_id: dict[str, Project] = {}
    for project in doc["projects"]:
        columns = dict((kept.get("projects") or {}).get(project["id"]) or {
            "name": project["title"], "description": project["description"],
            "proposer": project["organisation"]})
        categories = set(columns.pop("categories", []) or [])
        targets = set(columns.pop("targets", []) or [])
        made = Project(project["id"], project["cost"], categories=categories, targets=targets)
        instance.add(made)
        instance.project_meta[made] = columns
        by_id[project["id"]] = made
    profile = ApprovalProfile(legal_max_cost=doc["pot"] if doc["ballot"] == "knapsack" else None)
    for number, ballot in enumerate(ballots, start=1):
        made_ballot = ApprovalBallot(by_id[name] for name in ballot["projects"])
        made_ballot.meta = dict(ballot.get("meta") or {})
        made_ballot.meta.setdefault("voter_id", str(ballot.get("voter") or number))
        profile.append(made_ballot)
    return "\ufeff" + election_as_pabulib_string(instance, profile)
