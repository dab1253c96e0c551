"""The Store's foundation: the engine, its transactions and the schema's lifecycle, which
every per-area part of `Store` (endpoint/store/__init__.py) builds on.

One engine serves SQLite (the default, one file, nothing to install) and PostgreSQL
(`postgresql+psycopg://`, for a shared deployment). Only portable Core constructs are used; the
two dialect-specific bits (insert-or-ignore and upsert) are chosen in `_insert()`. Datetimes
go in as naive UTC and come back out as aware UTC (`to_utc_naive`, `from_db`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from endpoint import migrations
from endpoint.store.rebuild import _rebuild_aggregates
from endpoint.store.tables import _AGGREGATES_KEY, _AGGREGATES_VERSION, endpoint_meta, metadata
from endpoint.textcrypt import TextCipher

_MIGRATE_LOCK = 0x4850_4D49  # "HPMI": pg_advisory_xact_lock key held while migrating


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


class StoreCore:
    """The connection and the schema: what every area of the store needs."""

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

    def _insert_new(self, conn: Connection, table: Table, rows: Sequence[dict[str, Any]],
                    keys: Sequence[str], returning: Sequence[Column[Any]]) -> list[Any]:
        """Insert `rows` (all with the same columns), ignoring those whose `keys` are already
        stored, and return the `returning` columns of the rows really inserted.

        On PostgreSQL the rows travel as one array per column through `unnest`: one short
        statement whatever the batch size. The portable form (SQLAlchemy's "insertmanyvalues",
        one `VALUES (...), (...)` row per item) made a 500-item batch one statement of 10,500
        placeholders, too long for psycopg's statement cache (4,096 bytes, 50 parameters), so
        psycopg parsed it again in Python on every batch: 40 % of `add_contributions`
        (benchmarks/README.md, `pg-ingest`). SQLite parses in C and keeps the portable form."""
        if not rows:
            return []
        if self.dialect != "postgresql":
            stmt = (self._insert(table).on_conflict_do_nothing(index_elements=list(keys))
                    .returning(*returning))
            return list(conn.execute(stmt, list(rows)).all())
        names = list(rows[0])
        arrays = [bindparam(f"all_{name}", type_=postgresql.ARRAY(table.c[name].type))
                  for name in names]
        source = func.unnest(*arrays).table_valued(*names).render_derived()
        stmt = (
            postgresql.insert(table)
            .from_select(names, select(*(source.c[name] for name in names)))
            .on_conflict_do_nothing(index_elements=list(keys))
            .returning(*returning)
        )
        columns = {f"all_{name}": [row[name] for row in rows] for name in names}
        return list(conn.execute(stmt, columns).all())


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
