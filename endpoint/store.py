"""The endpoint's storage: SQLAlchemy Core tables and every query the app runs.

One module talks to the database so the HTTP layer never writes SQL and the same code runs on
SQLite (the default, one file, nothing to install) and PostgreSQL (`postgresql+psycopg://`,
for a shared deployment). Only portable Core constructs are used; the two dialect-specific
bits (insert-or-ignore and upsert) are chosen in `_insert()`.

Privacy shapes the schema: a contributor is a random id and the SHA-256 of its bearer token,
nothing else. Contributions hang off that id, so withdrawal is one `DELETE` per table.
Datetimes are stored as naive UTC (SQLite has no time zones; PostgreSQL gets the same values)
and come back out as aware UTC.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    literal,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from endpoint import migrations
from endpoint.aggregates import FFTTally, ONS4Group, OptionTally, OutcomeGroup
from endpoint.textcrypt import PREFIX as TEXT_PREFIX
from endpoint.textcrypt import TextCipher, TextKeyError
from sync.protocol import (
    ATTENDANCE_LOW,
    Contribution,
    FFTFeedback,
    OutcomeReport,
    SurveyAnswer,
    WellbeingONS4,
)

__all__ = [
    "ContributorGoneError",
    "FreeText",
    "QuestionRules",
    "Store",
    "SurveyIndex",
    "metadata",
]

metadata = MetaData()

contributors = Table(
    "contributors",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

contributions = Table(
    "contributions",
    metadata,
    # The client's UUID: primary key, so a resent item can never be stored twice.
    Column("id", String(36), primary_key=True),
    Column(
        "contributor_id",
        String(36),
        ForeignKey("contributors.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("purpose", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    # fft
    Column("service_id", String(64)),
    Column("rating", String(16)),
    Column("comment", Text),
    # survey
    Column("survey_id", String(64)),
    Column("question_id", String(64)),
    Column("option_id", String(64)),
    Column("answer_text", Text),
    # ons4 (already randomised by the client)
    Column("borough", String(32)),
    Column("satisfied", SmallInteger),
    Column("worthwhile", SmallInteger),
    Column("happy", SmallInteger),
    Column("anxious", SmallInteger),
    Column("epsilon", Float),
    # outcome (borough, the four items as randomised changes and epsilon share the columns
    # above): the taxonomy code of the kind of service, never its id, and a sessions bucket
    Column("category", String(32)),
    Column("attended", String(8)),
    Index("ix_contributions_kind_service", "kind", "service_id"),
    Index("ix_contributions_kind_survey", "kind", "survey_id", "question_id"),
    Index("ix_contributions_kind_borough", "kind", "borough"),
    # `max(received_at)` (the results' Last-Modified) is one index lookup, not a table scan.
    Index("ix_contributions_received", "received_at"),
)

# --- aggregates kept at ingest ---------------------------------------------------------------
# `/v1/results` reads these small tables instead of grouping every contribution, so it costs
# the same with ten contributions or ten million. Each is changed in the transaction that adds
# or withdraws the contributions it counts. Distinct-contributor counts stay exact because the
# "people" tables hold one row per (cell, contributor): a contributor is counted in a cell when
# their first row there is made and counted out when it goes. `rebuild_aggregates` recomputes
# them all from `contributions` (for an existing database, and by the tests for equivalence).
# FFT rows with rating '' are the whole service.

_TOTAL = ""

agg_fft_people = Table(
    "agg_fft_people",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_fft_people_contributor", "contributor_id"),
)

agg_fft_cells = Table(
    "agg_fft_cells",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("rating", String(16), primary_key=True),
    Column("responses", Integer, nullable=False),
    Column("contributors", Integer, nullable=False),
)

agg_survey_latest = Table(
    "agg_survey_latest",
    metadata,
    Column("contributor_id", String(36), primary_key=True),
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("contribution_id", String(36), nullable=False),
)

agg_survey_cells = Table(
    "agg_survey_cells",
    metadata,
    Column("survey_id", String(64), primary_key=True),
    Column("question_id", String(64), primary_key=True),
    Column("option_id", String(64), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

agg_ons4_groups = Table(
    "agg_ons4_groups",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("epsilon", Float, primary_key=True),
    Column("reports", Integer, nullable=False),
    Column("satisfied", Integer, nullable=False),
    Column("worthwhile", Integer, nullable=False),
    Column("happy", Integer, nullable=False),
    Column("anxious", Integer, nullable=False),
)

agg_ons4_people = Table(
    "agg_ons4_people",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_ons4_people_contributor", "contributor_id"),
)

agg_ons4_boroughs = Table(
    "agg_ons4_boroughs",
    metadata,
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

# Outcomes (purpose `outcomes`): sums of randomised changes per (category, borough, epsilon);
# `attendance` sums each report's bucket's lowest value. People per (category, borough) cell.
agg_outcome_groups = Table(
    "agg_outcome_groups",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("epsilon", Float, primary_key=True),
    Column("reports", Integer, nullable=False),
    Column("attendance", Integer, nullable=False),
    Column("satisfied", Integer, nullable=False),
    Column("worthwhile", Integer, nullable=False),
    Column("happy", Integer, nullable=False),
    Column("anxious", Integer, nullable=False),
)

agg_outcome_people = Table(
    "agg_outcome_people",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributor_id", String(36), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_agg_outcome_people_contributor", "contributor_id"),
)

agg_outcome_cells = Table(
    "agg_outcome_cells",
    metadata,
    Column("category", String(32), primary_key=True),
    Column("borough", String(32), primary_key=True),
    Column("contributors", Integer, nullable=False),
)

AGGREGATE_TABLES = (
    agg_fft_people,
    agg_fft_cells,
    agg_survey_latest,
    agg_survey_cells,
    agg_ons4_groups,
    agg_ons4_people,
    agg_ons4_boroughs,
    agg_outcome_groups,
    agg_outcome_people,
    agg_outcome_cells,
)
_ONS4_ITEMS = ("satisfied", "worthwhile", "happy", "anxious")
_AGGREGATES_KEY = "aggregates_version"
_AGGREGATES_VERSION = "2"  # 2: outcomes

directory_services = Table(
    "directory_services",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("borough", String(32), nullable=False, index=True),
    # Lower-cased name, description, organisation and categories: portable `q=` search.
    Column("search_text", Text, nullable=False),
    Column("last_modified", DateTime, nullable=False, index=True),
    Column("document", JSON, nullable=False),
)

surveys = Table(
    "surveys",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("closes_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False),
    Column("document", JSON, nullable=False),
)

endpoint_meta = Table(
    "endpoint_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(64), nullable=False),
)

published_results = Table(
    # One row per view (London-wide is "", else a borough) per publication period: every worker
    # serves these bytes, so two downloads in one period are identical (endpoint/publishing.py).
    "published_results",
    metadata,
    Column("period_start", DateTime, primary_key=True),
    Column("view", String(40), primary_key=True),
    Column("data_as_of", DateTime),
    Column("body", Text, nullable=False),
)

# --- the operator console (endpoint/operators.py, endpoint/console.py) ----------------------
# Operators are the staff of organisations, never contributors: nothing here links to
# `contributors` or `contributions`, and no console page reads those tables.

operators = Table(
    "operators",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),  # Argon2id, PHC string
    Column("role", String(16), nullable=False),  # admin | editor | analyst
    Column("disabled", Integer, nullable=False, default=0),
    Column("created_at", DateTime, nullable=False),
)

operator_organisations = Table(
    # The directory organisations (Open Referral `organization.id`) an editor works for.
    "operator_organisations",
    metadata,
    Column("operator_id", Integer, ForeignKey("operators.id", ondelete="CASCADE"),
           primary_key=True),
    Column("organisation_id", String(64), primary_key=True),
)

operator_sessions = Table(
    "operator_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),  # SHA-256 of the cookie's random id
    Column("operator_id", Integer, ForeignKey("operators.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

login_failures = Table(
    # Failed logins, per account and per address, read by every worker (throttling).
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, index=True),
    Column("address", String(64), nullable=False, index=True),
    Column("at", DateTime, nullable=False, index=True),
)

audit_log = Table(
    # Append-only: the code inserts and never updates or deletes. Who, what, when; the target
    # is an id (a consultation, a service, an operator), never contribution contents.
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("operator", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False, default=""),
)

consultation_responses = Table(
    # "You said, we did": an organisation's published answer to a closed consultation.
    "consultation_responses",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("survey_id", String(64), nullable=False, index=True),
    Column("organisation_id", String(64), nullable=False),
    Column("organisation", String(200), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("published_on", Date, nullable=False),
    Column("last_modified", DateTime, nullable=False, index=True),
)

rate_limits = Table(
    # Requests per key per fixed one-minute window, shared by every worker and machine
    # (endpoint/app.py `RateLimiter`). Keys are token hashes or client addresses with a scope
    # prefix, never raw tokens. Rows of past windows are deleted once per window per process.
    "rate_limits",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("window_start", Integer, primary_key=True),  # Unix seconds, a multiple of the window
    Column("count", Integer, nullable=False),
)

_LAST_WITHDRAWAL = "last_withdrawal_at"
_FREE_TEXT = ("comment", "answer_text")  # the columns stored encrypted (endpoint/textcrypt.py)
_MIGRATE_LOCK = 0x4850_4D49  # "HPMI": pg_advisory_xact_lock key held while migrating


@dataclass(frozen=True, slots=True, order=True)
class FreeText:
    """One free-text value for an organisation's editors (`Store.comments_for`)."""

    source: str  # "fft" (a comment on a service) or "survey" (a text answer)
    target_id: str  # the service id or the consultation id
    detail: str  # the FFT rating, or the question id
    text: str


@dataclass(frozen=True, slots=True)
class QuestionRules:
    """What an answer to one consultation question may contain."""

    options: frozenset[str]
    allow_text: bool


SurveyIndex = dict[str, dict[str, QuestionRules]]
"""survey id -> question id -> rules; used to check answers before storing them."""


class ContributorGoneError(Exception):
    """The contributor was withdrawn while its request was in flight."""


def to_utc_naive(moment: datetime) -> datetime:
    """Store form of a datetime: UTC without tzinfo (naive input is taken to be UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def from_db(moment: datetime) -> datetime:
    """Inverse of `to_utc_naive`: what the database gives back, as aware UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


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


class Store:
    """Connection to the endpoint database, with one method per question the app asks.

    Every public method opens its own transaction (`engine.begin()`), so a batch of
    contributions is all-or-nothing and no caller has to think about sessions.
    """

    def __init__(self, url: str, cipher: TextCipher | None = None) -> None:
        # Free text (FFT comments, survey text answers) is stored encrypted when a cipher is
        # given (endpoint/textcrypt.py); without one it is stored as sent (demonstrations).
        self.cipher = cipher
        parsed = make_url(url)
        if parsed.drivername in {"postgresql", "postgres"}:
            # psycopg (3) is the driver we ship; plain postgresql:// would look for psycopg2.
            parsed = parsed.set(drivername="postgresql+psycopg")
        self.engine: Engine = create_engine(parsed, pool_pre_ping=True)
        self.dialect = self.engine.dialect.name
        if self.dialect not in {"sqlite", "postgresql"}:
            raise ValueError(f"unsupported database {self.dialect!r}: use SQLite or PostgreSQL")
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._rate_pruned = 0  # the newest rate-limit window this process pruned before

    # --- lifecycle ------------------------------------------------------------------------

    def create_schema(self) -> None:
        """Upgrade the database to the newest migration (endpoint/migrations; a fresh one gets
        every revision, one made before migrations is brought to the baseline and stamped),
        then fill the aggregate tables when this database has none yet (an older endpoint's).

        Several workers or machines may start at once: on PostgreSQL an advisory lock lets one
        migrate while the others wait, then find nothing left to do."""
        with self._tx() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATE_LOCK})
            migrations.upgrade(conn)
        with self._tx() as conn:
            built = conn.execute(
                select(endpoint_meta.c.value).where(endpoint_meta.c.key == _AGGREGATES_KEY)
            ).scalar()
            if built != _AGGREGATES_VERSION:
                _rebuild_aggregates(conn)
                conn.execute(self._upsert_meta(_AGGREGATES_KEY, _AGGREGATES_VERSION))

    def rebuild_aggregates(self) -> None:
        """Recompute every aggregate table from `contributions` (the full computation)."""
        with self._tx() as conn:
            _rebuild_aggregates(conn)

    def _upsert_meta(self, key: str, value: str) -> Any:
        upsert = self._insert(endpoint_meta).values(key=key, value=value)
        return upsert.on_conflict_do_update(
            index_elements=["key"], set_={"value": upsert.excluded.value}
        )

    def drop_schema(self) -> None:
        """Drop every endpoint table and the migration stamp; tests use it to start from an
        empty database."""
        metadata.drop_all(self.engine)
        with self._tx() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")

    def schema_revision(self) -> str | None:
        """The migration the database is at (`health-planner-endpoint db current`)."""
        with self.engine.connect() as conn:
            return migrations.current(conn)

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Raise if the database cannot answer (used by `/v1/health`)."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def _insert(self, table: Table) -> Any:
        """Dialect-specific INSERT, so `on_conflict_do_nothing/_update` are available."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

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

    # --- contributors ---------------------------------------------------------------------

    def create_contributor(self, contributor_id: str, token_hash: str, now: datetime) -> None:
        with self._tx() as conn:
            conn.execute(
                contributors.insert().values(
                    id=contributor_id, token_hash=token_hash, created_at=to_utc_naive(now)
                )
            )

    def contributor_for_token(self, token_hash: str) -> str | None:
        """The contributor id whose token hashes to `token_hash`, if any."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(contributors.c.id).where(contributors.c.token_hash == token_hash)
            ).scalar_one_or_none()
        return cast(str | None, found)

    def withdraw(self, contributor_id: str, now: datetime) -> int:
        """Delete a contributor and everything it sent; return how many contributions went.

        The time of the last withdrawal is kept (no id) so published results, which may have
        changed, get a new Last-Modified.
        """
        upsert = self._upsert_meta(_LAST_WITHDRAWAL, to_utc_naive(now).isoformat())
        with self._tx() as conn:
            self._count_out(conn, contributor_id)
            deleted = conn.execute(
                delete(contributions).where(contributions.c.contributor_id == contributor_id)
            ).rowcount
            conn.execute(delete(contributors).where(contributors.c.id == contributor_id))
            conn.execute(upsert)
        self._scrub_log()
        return int(deleted or 0)

    def _scrub_log(self) -> None:
        """SQLite: copy the write-ahead log into the database and truncate it, so the withdrawn
        text lingers in neither file (`secure_delete` has already zeroed it in the pages).
        Waits for readers up to busy_timeout; if they outlast it, the next checkpoint does
        it. PostgreSQL keeps dead rows until VACUUM: see docs/PRIVACY.md."""
        if self.dialect != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- contributions --------------------------------------------------------------------

    def add_contributions(
        self, contributor_id: str, items: Sequence[Contribution], received_at: datetime
    ) -> set[str]:
        """Store `items` in one transaction; return the ids that were new.

        Insert-or-ignore on the primary key makes a resend harmless, and RETURNING tells which
        rows were really inserted, even when two retries race each other.
        """
        if not items:
            return set()
        received = to_utc_naive(received_at)
        rows = [_row(contributor_id, item, received) for item in items]
        if self.cipher is not None:
            for row in rows:
                for name in _FREE_TEXT:
                    if row[name] is not None:
                        row[name] = self.cipher.encrypt(row[name], row["id"])
        stmt = (
            self._insert(contributions)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(contributions.c.id)
        )
        try:
            with self._tx() as conn:
                exists = conn.execute(
                    select(contributors.c.id).where(contributors.c.id == contributor_id)
                ).first()
                if exists is None:
                    raise ContributorGoneError(contributor_id)
                inserted = {str(value) for value in conn.execute(stmt, rows).scalars().all()}
                self._count_in(
                    conn, contributor_id, [item for item in items if str(item.id) in inserted]
                )
        except IntegrityError as exc:  # withdrawn between the check and the insert
            raise ContributorGoneError(contributor_id) from exc
        return inserted

    # --- keeping the aggregates -----------------------------------------------------------

    def _add_to(self, conn: Connection, table: Table, keys: dict[str, Any],
                amounts: dict[str, int | float]) -> None:
        """Upsert one aggregate row: insert `amounts`, or add them to what is there."""
        stmt = self._insert(table).values(**keys, **amounts)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: table.c[name] + stmt.excluded[name] for name in amounts},
        )
        conn.execute(stmt)

    def _add_many(self, conn: Connection, table: Table, keys: Sequence[str],
                  rows: list[dict[str, Any]]) -> None:
        """`_add_to` for many rows in one executemany (one compiled statement per batch)."""
        if not rows:
            return
        amounts = [name for name in rows[0] if name not in keys]
        stmt = self._insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: table.c[name] + stmt.excluded[name] for name in amounts},
        )
        conn.execute(stmt, rows)

    def _people_in_many(self, conn: Connection, table: Table, keys: Sequence[str],
                        rows: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
        """`_people_in` for many (cell, contributor) rows; returns the keys that were new.

        The insert-or-ignore with RETURNING names exactly the rows it made, atomically, so the
        distinct-contributor counts stay exact even with racing transactions."""
        if not rows:
            return set()
        stmt = (
            self._insert(table)
            .on_conflict_do_nothing(index_elements=list(keys))
            .returning(*(table.c[name] for name in keys))
        )
        new = {tuple(row) for row in conn.execute(stmt, rows)}
        old = [row for row in rows if tuple(row[name] for name in keys) not in new]
        if old:
            conn.execute(
                table.update()
                .where(*(table.c[name] == bindparam(f"k_{name}") for name in keys))
                .values(n=table.c.n + bindparam("k_n")),
                [{f"k_{name}": value for name, value in row.items()} for row in old],
            )
        return new

    def _count_in(self, conn: Connection, contributor_id: str, items: Sequence[Contribution]
                  ) -> None:
        """Add newly stored contributions to the aggregates (same transaction).

        Keys are handled in sorted order so concurrent PostgreSQL transactions take row locks
        in one order and cannot deadlock.
        """
        fft: dict[tuple[str, str], int] = defaultdict(int)
        latest: dict[tuple[str, str], tuple[datetime, str, str]] = {}
        ons4: dict[tuple[str, float], list[int]] = {}
        boroughs: dict[str, int] = defaultdict(int)
        outcomes: dict[tuple[str, str, float], list[int]] = {}
        outcome_cells: dict[tuple[str, str], int] = defaultdict(int)
        for item in items:
            body = item.body
            if isinstance(body, FFTFeedback):
                fft[(body.service_id, body.rating)] += 1
                fft[(body.service_id, _TOTAL)] += 1
            elif isinstance(body, SurveyAnswer) and body.option_id is not None:
                key = (body.survey_id, body.question_id)
                mark = (to_utc_naive(item.created_at), str(item.id), body.option_id)
                if key not in latest or mark[:2] > latest[key][:2]:
                    latest[key] = mark
            elif isinstance(body, WellbeingONS4):
                sums = ons4.setdefault((body.borough, body.epsilon), [0, 0, 0, 0, 0])
                sums[0] += 1
                for i, name in enumerate(_ONS4_ITEMS, start=1):
                    sums[i] += int(getattr(body, name))
                boroughs[body.borough] += 1
            elif isinstance(body, OutcomeReport):
                key3 = (body.category, body.borough, body.epsilon)
                sums = outcomes.setdefault(key3, [0, 0, 0, 0, 0, 0])
                sums[0] += 1
                sums[1] += ATTENDANCE_LOW[body.attended]
                for i, name in enumerate(_ONS4_ITEMS, start=2):
                    sums[i] += int(getattr(body, name))
                outcome_cells[(body.category, body.borough)] += 1
        cells = sorted(fft.items())
        new = self._people_in_many(
            conn, agg_fft_people, ("service_id", "rating", "contributor_id"),
            [{"service_id": service, "rating": rating, "contributor_id": contributor_id, "n": n}
             for (service, rating), n in cells],
        )
        self._add_many(conn, agg_fft_cells, ("service_id", "rating"), [
            {"service_id": service, "rating": rating, "responses": n,
             "contributors": int((service, rating, contributor_id) in new)}
            for (service, rating), n in cells
        ])
        for (survey, question), (created, contribution, option) in sorted(latest.items()):
            self._survey_latest(conn, contributor_id, survey, question, created, contribution,
                                option)
        self._add_many(conn, agg_ons4_groups, ("borough", "epsilon"), [
            {"borough": borough, "epsilon": epsilon, "reports": sums[0],
             **dict(zip(_ONS4_ITEMS, sums[1:], strict=True))}
            for (borough, epsilon), sums in sorted(ons4.items())
        ])
        places = self._people_in_many(
            conn, agg_ons4_people, ("borough", "contributor_id"),
            [{"borough": borough, "contributor_id": contributor_id, "n": n}
             for borough, n in sorted(boroughs.items())],
        )
        self._add_many(conn, agg_ons4_boroughs, ("borough",), [
            {"borough": borough, "contributors": 1} for borough, _ in sorted(places)
        ])
        self._add_many(conn, agg_outcome_groups, ("category", "borough", "epsilon"), [
            {"category": category, "borough": borough, "epsilon": epsilon, "reports": sums[0],
             "attendance": sums[1], **dict(zip(_ONS4_ITEMS, sums[2:], strict=True))}
            for (category, borough, epsilon), sums in sorted(outcomes.items())
        ])
        joined = self._people_in_many(
            conn, agg_outcome_people, ("category", "borough", "contributor_id"),
            [{"category": category, "borough": borough, "contributor_id": contributor_id,
              "n": n} for (category, borough), n in sorted(outcome_cells.items())],
        )
        self._add_many(conn, agg_outcome_cells, ("category", "borough"), [
            {"category": category, "borough": borough, "contributors": 1}
            for category, borough, _ in sorted(joined)
        ])

    def _survey_latest(self, conn: Connection, contributor_id: str, survey: str, question: str,
                       created: datetime, contribution: str, option: str) -> None:
        """Make this answer the contributor's counted one if it is their latest (by created_at,
        then id, as the full computation orders them), moving their count between options."""
        t = agg_survey_latest
        where = (t.c.contributor_id == contributor_id, t.c.survey_id == survey,
                 t.c.question_id == question)
        current = conn.execute(
            select(t.c.option_id, t.c.created_at, t.c.contribution_id).where(*where)
            .with_for_update()
        ).first()
        cell = {"survey_id": survey, "question_id": question}
        if current is None:
            conn.execute(t.insert().values(
                contributor_id=contributor_id, survey_id=survey, question_id=question,
                option_id=option, created_at=created, contribution_id=contribution))
        elif (created, contribution) > (to_utc_naive(current.created_at),
                                        current.contribution_id):
            conn.execute(t.update().where(*where).values(
                option_id=option, created_at=created, contribution_id=contribution))
            self._add_to(conn, agg_survey_cells, {**cell, "option_id": current.option_id},
                         {"contributors": -1})
        else:
            return
        self._add_to(conn, agg_survey_cells, {**cell, "option_id": option}, {"contributors": 1})

    def _count_out(self, conn: Connection, contributor_id: str) -> None:
        """Take everything one contributor sent out of the aggregates, before it is deleted."""
        f, s, p = agg_fft_people, agg_survey_latest, agg_ons4_people
        mine = conn.execute(
            select(f.c.service_id, f.c.rating, f.c.n).where(f.c.contributor_id == contributor_id)
            .order_by(f.c.service_id, f.c.rating)
        ).all()
        for service, rating, n in mine:
            self._add_to(conn, agg_fft_cells, {"service_id": service, "rating": rating},
                         {"responses": -n, "contributors": -1})
        conn.execute(delete(f).where(f.c.contributor_id == contributor_id))
        chosen = conn.execute(
            select(s.c.survey_id, s.c.question_id, s.c.option_id)
            .where(s.c.contributor_id == contributor_id)
            .order_by(s.c.survey_id, s.c.question_id)
        ).all()
        for survey, question, option in chosen:
            self._add_to(conn, agg_survey_cells,
                         {"survey_id": survey, "question_id": question, "option_id": option},
                         {"contributors": -1})
        conn.execute(delete(s).where(s.c.contributor_id == contributor_id))
        c = contributions.c
        sums = conn.execute(
            select(c.borough, c.epsilon, func.count(),
                   *(func.sum(c[name]) for name in _ONS4_ITEMS))
            .where(c.contributor_id == contributor_id, c.kind == "ons4")
            .group_by(c.borough, c.epsilon)
            .order_by(c.borough, c.epsilon)
        ).all()
        for borough, epsilon, reports, *values in sums:
            self._add_to(
                conn, agg_ons4_groups, {"borough": borough, "epsilon": epsilon},
                {"reports": -int(reports),
                 **{name: -int(v) for name, v in zip(_ONS4_ITEMS, values, strict=True)}},
            )
        places = conn.execute(
            select(p.c.borough).where(p.c.contributor_id == contributor_id)
            .order_by(p.c.borough)
        ).scalars().all()
        for borough in places:
            self._add_to(conn, agg_ons4_boroughs, {"borough": borough}, {"contributors": -1})
        conn.execute(delete(p).where(p.c.contributor_id == contributor_id))
        reported = conn.execute(
            select(c.category, c.borough, c.epsilon, func.count(), func.sum(_attendance_low(c)),
                   *(func.sum(c[name]) for name in _ONS4_ITEMS))
            .where(c.contributor_id == contributor_id, c.kind == "outcome")
            .group_by(c.category, c.borough, c.epsilon)
            .order_by(c.category, c.borough, c.epsilon)
        ).all()
        for category, borough, epsilon, reports, attendance, *values in reported:
            self._add_to(
                conn, agg_outcome_groups,
                {"category": category, "borough": borough, "epsilon": epsilon},
                {"reports": -int(reports), "attendance": -int(attendance),
                 **{name: -int(v) for name, v in zip(_ONS4_ITEMS, values, strict=True)}},
            )
        q = agg_outcome_people
        joined = conn.execute(
            select(q.c.category, q.c.borough).where(q.c.contributor_id == contributor_id)
            .order_by(q.c.category, q.c.borough)
        ).all()
        for category, borough in joined:
            self._add_to(conn, agg_outcome_cells, {"category": category, "borough": borough},
                         {"contributors": -1})
        conn.execute(delete(q).where(q.c.contributor_id == contributor_id))
        # Cells nobody stands behind any more go, as they would from a GROUP BY.
        conn.execute(delete(agg_fft_cells).where(agg_fft_cells.c.contributors <= 0))
        conn.execute(delete(agg_survey_cells).where(agg_survey_cells.c.contributors <= 0))
        conn.execute(delete(agg_ons4_groups).where(agg_ons4_groups.c.reports <= 0))
        conn.execute(delete(agg_ons4_boroughs).where(agg_ons4_boroughs.c.contributors <= 0))
        conn.execute(delete(agg_outcome_groups).where(agg_outcome_groups.c.reports <= 0))
        conn.execute(delete(agg_outcome_cells).where(agg_outcome_cells.c.contributors <= 0))

    def list_contributions(self, contributor_id: str) -> list[dict[str, Any]]:
        """The ledger of one contributor: ids, kinds and times, never contents."""
        query = (
            select(
                contributions.c.id,
                contributions.c.purpose,
                contributions.c.kind,
                contributions.c.created_at,
                contributions.c.received_at,
            )
            .where(contributions.c.contributor_id == contributor_id)
            .order_by(contributions.c.received_at, contributions.c.created_at, contributions.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            {
                "id": row["id"],
                "purpose": row["purpose"],
                "kind": row["kind"],
                "created_at": from_db(row["created_at"]),
                "received_at": from_db(row["received_at"]),
            }
            for row in rows
        ]

    def count_contributions(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(contributions)).scalar_one())

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
            pattern = f"%{_escape_like(q.lower())}%"
            conditions.append(directory_services.c.search_text.like(pattern, escape="\\"))
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

    # --- inputs to published results ------------------------------------------------------

    def fft_tallies(self) -> list[FFTTally]:
        """Per (service, rating) and per service: responses and distinct contributors."""
        t = agg_fft_cells
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.service_id, t.c.rating, t.c.responses,
                                       t.c.contributors).where(t.c.responses > 0)).all()
        return [
            FFTTally(service, None if rating == _TOTAL else rating, int(n), int(people))
            for service, rating, n, people in rows
        ]

    def survey_option_tallies(self) -> list[OptionTally]:
        """Each contributor counts once per question, by their latest answer with an option."""
        t = agg_survey_cells
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.survey_id, t.c.question_id, t.c.option_id,
                                       t.c.contributors).where(t.c.contributors > 0)).all()
        return [OptionTally(survey, question, option, int(n))
                for survey, question, option, n in rows]

    def ons4_groups(self) -> tuple[list[ONS4Group], dict[str, int]]:
        """Report sums per (borough, epsilon), and distinct contributors per borough."""
        g, b = agg_ons4_groups, agg_ons4_boroughs
        with self.engine.connect() as conn:
            groups = [
                ONS4Group(borough=row.borough, epsilon=float(row.epsilon),
                          reports=int(row.reports),
                          sums={name: int(row._mapping[name]) for name in _ONS4_ITEMS})
                for row in conn.execute(select(g).where(g.c.reports > 0))
            ]
            people = {borough: int(n) for borough, n in
                      conn.execute(select(b.c.borough, b.c.contributors)
                                   .where(b.c.contributors > 0))}
        return groups, people

    def outcome_groups(self) -> tuple[list[OutcomeGroup], dict[tuple[str, str], int]]:
        """Sums of randomised changes per (category, borough, epsilon), and distinct
        contributors per (category, borough)."""
        g, cells = agg_outcome_groups, agg_outcome_cells
        with self.engine.connect() as conn:
            groups = [_outcome_group(row) for row in conn.execute(select(g).where(g.c.reports > 0))]
            people = {(category, borough): int(n) for category, borough, n in conn.execute(
                select(cells.c.category, cells.c.borough, cells.c.contributors)
                .where(cells.c.contributors > 0))}
        return groups, people

    def outcome_groups_full(self) -> tuple[list[OutcomeGroup], dict[tuple[str, str], int]]:
        """`outcome_groups` computed from every contribution (what the tables must equal)."""
        c = contributions.c
        outcome = c.kind == "outcome"
        sums = (
            select(c.category, c.borough, c.epsilon, func.count().label("reports"),
                   func.sum(_attendance_low(c)).label("attendance"),
                   *(func.sum(c[name]).label(name) for name in _ONS4_ITEMS))
            .where(outcome).group_by(c.category, c.borough, c.epsilon)
        )
        people = (
            select(c.category, c.borough, func.count(c.contributor_id.distinct()))
            .where(outcome).group_by(c.category, c.borough)
        )
        with self.engine.connect() as conn:
            groups = [_outcome_group(row) for row in conn.execute(sums)]
            cells = {(category, borough): int(n)
                     for category, borough, n in conn.execute(people)}
        return groups, cells

    def category_codes(self) -> frozenset[str]:
        """The taxonomy codes the directory uses: the only categories an outcome may name."""
        return frozenset(
            str(term["code"])
            for doc in self.all_services()
            for term in doc.get("taxonomy_terms") or ()
            if term.get("code")
        )

    # The full computations over every contribution: what the aggregate tables must equal.
    # `rebuild_aggregates` fills the tables from the same rules; tests compare the two.

    def fft_tallies_full(self) -> list[FFTTally]:
        """Per (service, rating) and per service: responses and distinct contributors."""
        c = contributions.c
        fft = c.kind == "fft"
        by_rating = (
            select(c.service_id, c.rating, func.count(), func.count(c.contributor_id.distinct()))
            .where(fft)
            .group_by(c.service_id, c.rating)
        )
        by_service = (
            select(c.service_id, func.count(), func.count(c.contributor_id.distinct()))
            .where(fft)
            .group_by(c.service_id)
        )
        with self.engine.connect() as conn:
            tallies = [
                FFTTally(service, rating, int(n), int(people))
                for service, rating, n, people in conn.execute(by_rating)
            ]
            tallies += [
                FFTTally(service, None, int(n), int(people))
                for service, n, people in conn.execute(by_service)
            ]
        return tallies

    def survey_option_tallies_full(self) -> list[OptionTally]:
        """Each contributor counts once per question, by their latest answer with an option."""
        c = contributions.c
        ranked = (
            select(
                c.survey_id,
                c.question_id,
                c.option_id,
                func.row_number()
                .over(
                    partition_by=(c.contributor_id, c.survey_id, c.question_id),
                    order_by=(c.created_at.desc(), c.id.desc()),
                )
                .label("rank"),
            )
            .where(c.kind == "survey", c.option_id.is_not(None))
            .subquery()
        )
        query = (
            select(ranked.c.survey_id, ranked.c.question_id, ranked.c.option_id, func.count())
            .where(ranked.c.rank == 1)
            .group_by(ranked.c.survey_id, ranked.c.question_id, ranked.c.option_id)
        )
        with self.engine.connect() as conn:
            return [
                OptionTally(survey, question, option, int(n))
                for survey, question, option, n in conn.execute(query)
            ]

    def ons4_groups_full(self) -> tuple[list[ONS4Group], dict[str, int]]:
        """Report sums per (borough, epsilon), and distinct contributors per borough."""
        c = contributions.c
        ons4 = c.kind == "ons4"
        sums = (
            select(
                c.borough,
                c.epsilon,
                func.count(),
                func.sum(c.satisfied),
                func.sum(c.worthwhile),
                func.sum(c.happy),
                func.sum(c.anxious),
            )
            .where(ons4)
            .group_by(c.borough, c.epsilon)
        )
        people = (
            select(c.borough, func.count(c.contributor_id.distinct()))
            .where(ons4)
            .group_by(c.borough)
        )
        with self.engine.connect() as conn:
            groups = [
                ONS4Group(
                    borough=borough,
                    epsilon=float(epsilon),
                    reports=int(n),
                    sums={
                        "satisfied": int(s1),
                        "worthwhile": int(s2),
                        "happy": int(s3),
                        "anxious": int(s4),
                    },
                )
                for borough, epsilon, n, s1, s2, s3, s4 in conn.execute(sums)
            ]
            contributors_by_borough = {borough: int(n) for borough, n in conn.execute(people)}
        return groups, contributors_by_borough

    def results_last_modified(self) -> datetime | None:
        """Latest change to anything `/v1/results` is built from (for Last-Modified)."""
        with self.engine.connect() as conn:
            received = conn.execute(select(func.max(contributions.c.received_at))).scalar()
            withdrawn = conn.execute(
                select(endpoint_meta.c.value).where(endpoint_meta.c.key == _LAST_WITHDRAWAL)
            ).scalar()
        moments = [from_db(received)] if received is not None else []
        if withdrawn is not None:
            moments.append(from_db(datetime.fromisoformat(withdrawn)))
        for other in (self.services_last_modified(), self.surveys_last_modified()):
            if other is not None:
                moments.append(other)
        return max(moments, default=None)


    # --- free text, for the console's editors (issue 15 part 5) ----------------------------

    def comments_for(self, organisation_id: str) -> list[FreeText]:
        """Every FFT comment on the organisation's directory services and every free-text
        answer to its consultations, decrypted: only for the console's editors of that
        organisation. No contributor id, contribution id or time comes out, and the order is
        by service or question and then the text itself, so nothing links two texts."""
        services = {str(doc["id"]) for doc in self.all_services()
                    if str((doc.get("organization") or {}).get("id") or "") == organisation_id}
        consultations = {str(doc["id"]) for doc in self.list_surveys(drafts=True)
                         if str(doc.get("organisation_id") or "") == organisation_id}
        c = contributions.c
        found: list[FreeText] = []
        with self.engine.connect() as conn:
            if services:
                for row in conn.execute(
                    select(c.id, c.service_id, c.rating, c.comment).where(
                        c.kind == "fft", c.comment.is_not(None), c.service_id.in_(services))
                ):
                    found.append(FreeText("fft", row.service_id, row.rating or "",
                                          self._reveal(row.comment, row.id)))
            if consultations:
                for row in conn.execute(
                    select(c.id, c.survey_id, c.question_id, c.answer_text).where(
                        c.kind == "survey", c.answer_text.is_not(None),
                        c.survey_id.in_(consultations))
                ):
                    found.append(FreeText("survey", row.survey_id, row.question_id,
                                          self._reveal(row.answer_text, row.id)))
        return sorted(found)

    def _reveal(self, stored: str, contribution_id: str) -> str:
        if self.cipher is None:
            if stored.startswith(TEXT_PREFIX):
                raise TextKeyError("free text is encrypted: start with the key")
            return stored
        return self.cipher.decrypt(stored, contribution_id)

    def rekey_text(self, batch: int = 500) -> int:
        """Encrypt every free-text value under the current key (plaintext from before
        encryption, or values made with an old key during a rotation); the count changed."""
        if self.cipher is None:
            raise TextKeyError("no text-encryption key: set HEALTH_PLANNER_ENDPOINT_KEY")
        c = contributions.c
        changed, after = 0, ""
        while True:
            with self._tx() as conn:
                rows = conn.execute(
                    select(c.id, c.comment, c.answer_text)
                    .where(c.id > after, (c.comment.is_not(None)) | (c.answer_text.is_not(None)))
                    .order_by(c.id).limit(batch)
                ).all()
                for row in rows:
                    values = {}
                    for name in _FREE_TEXT:
                        stored = getattr(row, name)
                        if stored is not None and not self.cipher.is_current(stored):
                            values[name] = self.cipher.encrypt(
                                self.cipher.decrypt(stored, row.id), row.id)
                    if values:
                        conn.execute(contributions.update().where(c.id == row.id)
                                     .values(**values))
                        changed += 1
            if len(rows) < batch:
                return changed
            after = rows[-1].id

    # --- rate limits (endpoint/app.py RateLimiter) -----------------------------------------

    def count_request(self, key: str, window_start: int) -> int:
        """Count one request for `key` in the window starting at `window_start` (Unix seconds)
        and return the window's count so far, this request included.

        One atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so concurrent
        workers never lose a count. The first request a process sees in a new window also
        deletes the rows of earlier windows: a cheap indexed delete, once a minute."""
        upsert = self._insert(rate_limits).values(key=key, window_start=window_start, count=1)
        upsert = upsert.on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": rate_limits.c.count + 1},
        ).returning(rate_limits.c.count)
        with self._tx() as conn:
            if self.dialect == "postgresql":
                # A count lost in a crash is harmless; waiting for the WAL flush on every
                # request is not (5 ms -> 0.3 ms per request on a plain disk).
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            count = int(conn.execute(upsert).scalar_one())
        if window_start > self._rate_pruned:
            self._rate_pruned = window_start
            with self._tx() as conn:
                conn.execute(delete(rate_limits).where(rate_limits.c.window_start < window_start))
        return count

    # --- published snapshots (endpoint/publishing.py) -------------------------------------

    def published(self, period_start: datetime, view: str) -> tuple[str, datetime | None] | None:
        """The stored body and data time of one view for one period, if it was published."""
        t = published_results.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.body, t.data_as_of).where(
                    t.period_start == to_utc_naive(period_start), t.view == view
                )
            ).first()
        if row is None:
            return None
        return row.body, None if row.data_as_of is None else from_db(row.data_as_of)

    def publish(
        self, period_start: datetime, bodies: Mapping[str, str], data_as_of: datetime | None
    ) -> None:
        """Store every view of one period in one transaction, and forget older periods.

        When another worker published the same period first, its rows stand and ours are
        dropped: the first publication of a period is the one everybody serves."""
        start = to_utc_naive(period_start)
        as_of = None if data_as_of is None else to_utc_naive(data_as_of)
        rows = [
            {"period_start": start, "view": view, "data_as_of": as_of, "body": body}
            for view, body in bodies.items()
        ]
        try:
            with self._tx() as conn:
                conn.execute(delete(published_results).where(
                    published_results.c.period_start < start))
                conn.execute(published_results.insert(), rows)
        except IntegrityError:
            return


def _rebuild_aggregates(conn: Connection) -> None:
    """Fill every aggregate table from `contributions` with INSERT ... SELECT (no rows travel
    through Python), by the same rules as the full computations."""
    for table in AGGREGATE_TABLES:
        conn.execute(delete(table))
    c = contributions.c
    fft = c.kind == "fft"
    conn.execute(agg_fft_people.insert().from_select(
        ["service_id", "rating", "contributor_id", "n"],
        select(c.service_id, c.rating, c.contributor_id, func.count()).where(fft)
        .group_by(c.service_id, c.rating, c.contributor_id),
    ))
    conn.execute(agg_fft_people.insert().from_select(
        ["service_id", "rating", "contributor_id", "n"],
        select(c.service_id, literal(_TOTAL), c.contributor_id, func.count()).where(fft)
        .group_by(c.service_id, c.contributor_id),
    ))
    p = agg_fft_people.c
    conn.execute(agg_fft_cells.insert().from_select(
        ["service_id", "rating", "responses", "contributors"],
        select(p.service_id, p.rating, func.sum(p.n), func.count()).group_by(p.service_id,
                                                                           p.rating),
    ))
    ranked = (
        select(
            c.contributor_id, c.survey_id, c.question_id, c.option_id, c.created_at,
            c.id.label("contribution_id"),
            func.row_number().over(
                partition_by=(c.contributor_id, c.survey_id, c.question_id),
                order_by=(c.created_at.desc(), c.id.desc()),
            ).label("rank"),
        )
        .where(c.kind == "survey", c.option_id.is_not(None))
        .subquery()
    )
    conn.execute(agg_survey_latest.insert().from_select(
        ["contributor_id", "survey_id", "question_id", "option_id", "created_at",
         "contribution_id"],
        select(ranked.c.contributor_id, ranked.c.survey_id, ranked.c.question_id,
               ranked.c.option_id, ranked.c.created_at, ranked.c.contribution_id)
        .where(ranked.c.rank == 1),
    ))
    s = agg_survey_latest.c
    conn.execute(agg_survey_cells.insert().from_select(
        ["survey_id", "question_id", "option_id", "contributors"],
        select(s.survey_id, s.question_id, s.option_id, func.count())
        .group_by(s.survey_id, s.question_id, s.option_id),
    ))
    ons4 = c.kind == "ons4"
    conn.execute(agg_ons4_groups.insert().from_select(
        ["borough", "epsilon", "reports", *_ONS4_ITEMS],
        select(c.borough, c.epsilon, func.count(), *(func.sum(c[name]) for name in _ONS4_ITEMS))
        .where(ons4).group_by(c.borough, c.epsilon),
    ))
    conn.execute(agg_ons4_people.insert().from_select(
        ["borough", "contributor_id", "n"],
        select(c.borough, c.contributor_id, func.count()).where(ons4)
        .group_by(c.borough, c.contributor_id),
    ))
    o = agg_ons4_people.c
    conn.execute(agg_ons4_boroughs.insert().from_select(
        ["borough", "contributors"], select(o.borough, func.count()).group_by(o.borough),
    ))
    outcome = c.kind == "outcome"
    conn.execute(agg_outcome_groups.insert().from_select(
        ["category", "borough", "epsilon", "reports", "attendance", *_ONS4_ITEMS],
        select(c.category, c.borough, c.epsilon, func.count(), func.sum(_attendance_low(c)),
               *(func.sum(c[name]) for name in _ONS4_ITEMS))
        .where(outcome).group_by(c.category, c.borough, c.epsilon),
    ))
    conn.execute(agg_outcome_people.insert().from_select(
        ["category", "borough", "contributor_id", "n"],
        select(c.category, c.borough, c.contributor_id, func.count()).where(outcome)
        .group_by(c.category, c.borough, c.contributor_id),
    ))
    q = agg_outcome_people.c
    conn.execute(agg_outcome_cells.insert().from_select(
        ["category", "borough", "contributors"],
        select(q.category, q.borough, func.count()).group_by(q.category, q.borough),
    ))


def _attendance_low(c: Any) -> Any:
    """SQL: the lowest number of sessions the row's attendance bucket stands for."""
    return case(
        *((c.attended == bucket, literal(low)) for bucket, low in ATTENDANCE_LOW.items()),
        else_=literal(0),
    )


def _outcome_group(row: Any) -> OutcomeGroup:
    values = row._mapping
    return OutcomeGroup(
        category=values["category"],
        borough=values["borough"],
        epsilon=float(values["epsilon"]),
        reports=int(values["reports"]),
        attendance=int(values["attendance"]),
        sums={name: int(values[name]) for name in _ONS4_ITEMS},
    )


def _row(contributor_id: str, item: Contribution, received: datetime) -> dict[str, Any]:
    row: dict[str, Any] = {column.name: None for column in contributions.columns}
    row.update(
        id=str(item.id),
        contributor_id=contributor_id,
        purpose=item.purpose,
        kind=item.body.kind,
        created_at=to_utc_naive(item.created_at),
        received_at=received,
    )
    body = item.body
    if isinstance(body, FFTFeedback):
        row.update(service_id=body.service_id, rating=body.rating, comment=body.comment)
    elif isinstance(body, SurveyAnswer):
        row.update(
            survey_id=body.survey_id,
            question_id=body.question_id,
            option_id=body.option_id,
            answer_text=body.text,
        )
    elif isinstance(body, WellbeingONS4):
        row.update(
            borough=body.borough,
            satisfied=body.satisfied,
            worthwhile=body.worthwhile,
            happy=body.happy,
            anxious=body.anxious,
            epsilon=body.epsilon,
        )
    elif isinstance(body, OutcomeReport):
        row.update(
            category=body.category,
            borough=body.borough,
            attended=body.attended,
            satisfied=body.satisfied,
            worthwhile=body.worthwhile,
            happy=body.happy,
            anxious=body.anxious,
            epsilon=body.epsilon,
        )
    return row


def _load_seed(name: str) -> dict[str, Any]:
    source = resources.files("endpoint.seed").joinpath(name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(source))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run during a write; busy_timeout makes writers wait, not fail;
    secure_delete zeroes deleted rows, so a withdrawal leaves no text behind in the file."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
