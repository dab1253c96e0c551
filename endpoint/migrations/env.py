"""Alembic environment: run the revisions on the connection `endpoint.migrations` hands over
(or on the URL in the configuration, for the `alembic` command line)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from endpoint.store import metadata

config = context.config
target_metadata = metadata  # for developers' `alembic revision --autogenerate` only


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # type: ignore[attr-defined]
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
