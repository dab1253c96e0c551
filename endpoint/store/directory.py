"""What the endpoint offers people to read before they contribute: the community-services
directory (Open Referral UK documents) and the consultations with their published responses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any, cast

from sqlalchemy import ColumnElement, func, select

from endpoint.store.core import StoreCore, _parse_iso, from_db, to_utc_naive
from endpoint.store.tables import consultation_responses, directory_services, surveys


@dataclass(frozen=True, slots=True)
class QuestionRules:
    """What an answer to one consultation question may contain."""

    options: frozenset[str]
    allow_text: bool


SurveyIndex = dict[str, dict[str, QuestionRules]]
"""survey id -> question id -> rules; used to check answers before storing them."""


def _search_text(doc: Mapping[str, Any]) -> str:
    organization = cast(Mapping[str, Any], doc.get("organization") or {})
    terms = cast(Sequence[Mapping[str, Any]], doc.get("taxonomy_terms") or [])
    parts = [
        str(doc.get("name") or ""),
        str(doc.get("description") or ""),
        str(organization.get("name") or ""),
        *(str(term.get("name") or "") for term in terms),
    ]
    return " ".join(parts).lower()


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _words(q: str) -> ColumnElement[bool]:
    """The one text search both the app's feed and the ORUK routes use."""
    pattern = f"%{_escape_like(q.lower())}%"
    return directory_services.c.search_text.like(pattern, escape="\\")


def _load_seed(name: str) -> dict[str, Any]:
    source = resources.files("endpoint.seed").joinpath(name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(source))


class Directory(StoreCore):
    """The directory and the consultations: seeding, replacing and reading them."""

    # --- seed -----------------------------------------------------------------------------

    def seed_if_empty(self) -> None:
        """Load the bundled demonstration directory and consultations into empty tables."""
        with self.engine.connect() as conn:
            services_empty = not conn.execute(
                select(func.count()).select_from(directory_services)
            ).scalar_one()
            surveys_empty = not conn.execute(select(func.count()).select_from(surveys)).scalar_one()
        if services_empty:
            self.upsert_services(_load_seed("services.json")["services"])
        if surveys_empty:
            self.upsert_surveys(_load_seed("surveys.json")["surveys"])

    def upsert_services(self, documents: Iterable[Mapping[str, Any]]) -> int:
        """Insert or replace directory services given as Open Referral UK documents."""
        rows = [
            {
                "id": doc["id"],
                "name": doc["name"],
                "borough": doc["borough"],
                "search_text": _search_text(doc),
                "last_modified": to_utc_naive(_parse_iso(doc["last_modified"])),
                "document": dict(doc),
            }
            for doc in documents
        ]
        if not rows:
            return 0
        stmt = self._insert(directory_services)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={
                name: stmt.excluded[name]
                for name in ("name", "borough", "search_text", "last_modified", "document")
            },
        )
        with self._tx() as conn:
            conn.execute(stmt, rows)
        return len(rows)

    def upsert_surveys(self, documents: Iterable[Mapping[str, Any]]) -> int:
        """Insert or replace consultations (the protocol's `Survey` shape + `last_modified`)."""
        rows = []
        for doc in documents:
            body = {key: value for key, value in doc.items() if key != "last_modified"}
            rows.append(
                {
                    "id": doc["id"],
                    "closes_on": date.fromisoformat(doc["closes_on"]),
                    "last_modified": to_utc_naive(_parse_iso(doc["last_modified"])),
                    "document": body,
                }
            )
        if not rows:
            return 0
        stmt = self._insert(surveys)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={name: stmt.excluded[name] for name in ("closes_on", "last_modified", "document")},
        )
        with self._tx() as conn:
            conn.execute(stmt, rows)
        return len(rows)

    # --- directory and surveys ------------------------------------------------------------

    def query_services(
        self,
        *,
        page: int,
        per_page: int,
        modified_after: datetime | None = None,
        borough: str | None = None,
        q: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """One page of services (ordered by name) and the number matching the filters."""
        conditions = []
        if modified_after is not None:
            conditions.append(directory_services.c.last_modified > to_utc_naive(modified_after))
        if borough is not None:
            conditions.append(directory_services.c.borough == borough)
        if q:
            conditions.append(_words(q))
        count = select(func.count()).select_from(directory_services).where(*conditions)
        rows = (
            select(directory_services.c.document)
            .where(*conditions)
            .order_by(directory_services.c.name, directory_services.c.id)
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
        with self.engine.connect() as conn:
            total = int(conn.execute(count).scalar_one())
            documents = [dict(doc) for doc in conn.execute(rows).scalars()]
        return total, documents

    def matching_services(self, q: str | None) -> list[dict[str, Any]]:
        """Every service whose text holds `q` (all when None), ordered by name: what the
        ORUK routes filter further and page (see `endpoint.oruk.ServiceFilter`)."""
        query = select(directory_services.c.document).order_by(
            directory_services.c.name, directory_services.c.id)
        if q:
            query = query.where(_words(q))
        with self.engine.connect() as conn:
            return [dict(doc) for doc in conn.execute(query).scalars()]

    def service_document(self, service_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            doc = conn.execute(select(directory_services.c.document)
                               .where(directory_services.c.id == service_id)).scalar()
        return None if doc is None else dict(doc)

    def all_services(self, borough: str | None = None) -> list[dict[str, Any]]:
        query = select(directory_services.c.document).order_by(
            directory_services.c.borough, directory_services.c.name, directory_services.c.id
        )
        if borough is not None:
            query = query.where(directory_services.c.borough == borough)
        with self.engine.connect() as conn:
            return [dict(doc) for doc in conn.execute(query).scalars()]

    def services_last_modified(self) -> datetime | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(func.max(directory_services.c.last_modified))).scalar()
        return from_db(value) if value is not None else None

    def list_surveys(
        self, open_on: date | None = None, *, drafts: bool = False
    ) -> list[dict[str, Any]]:
        """Consultations, all or only those still open on `open_on`. A console draft
        (`"draft": true` in its document) is left out unless `drafts`: nobody can see,
        answer or get results of a consultation before it is opened."""
        query = select(surveys.c.document).order_by(surveys.c.closes_on, surveys.c.id)
        if open_on is not None:
            query = query.where(surveys.c.closes_on >= open_on)
        with self.engine.connect() as conn:
            documents = [dict(doc) for doc in conn.execute(query).scalars()]
        return [doc for doc in documents if drafts or not doc.get("draft")]

    def surveys_last_modified(self) -> datetime | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(func.max(surveys.c.last_modified))).scalar()
        return from_db(value) if value is not None else None

    def consultation_responses(self) -> tuple[list[dict[str, Any]], datetime | None]:
        """Published "you said, we did" responses (newest first) with their consultation's
        title, and the time of the latest change (for Last-Modified)."""
        r = consultation_responses.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(r.id, r.survey_id, r.organisation, r.title, r.body, r.published_on,
                       r.last_modified, surveys.c.document)
                .join(surveys, surveys.c.id == r.survey_id)
                .order_by(r.published_on.desc(), r.last_modified.desc(), r.id)
            ).all()
        found = [
            {"id": row.id, "survey_id": row.survey_id,
             "survey_title": (row.document or {}).get("title", ""),
             "organisation": row.organisation, "title": row.title, "body": row.body,
             "published_on": row.published_on}
            for row in rows
        ]
        latest = max((row.last_modified for row in rows), default=None)
        return found, None if latest is None else from_db(latest)

    def survey_index(self) -> SurveyIndex:
        index: SurveyIndex = {}
        for doc in self.list_surveys():
            index[doc["id"]] = {
                question["id"]: QuestionRules(
                    options=frozenset(option["id"] for option in question["options"]),
                    allow_text=bool(question.get("allow_text", False)),
                )
                for question in doc["questions"]
            }
        return index

