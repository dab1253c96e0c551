"""Opening the endpoint's database for a command-line verb (`operator ...`, `budget ...`), so
each verb answers a bad URL with exit 2 and an unreachable or broken database with exit 1, in
one line and the same words. Imported lazily: it needs the endpoint extras (SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from endpoint.store import Store

__all__ = ["CommandFailed", "db_reason", "open_store"]


class CommandFailed(Exception):
    """What the verb should exit with, and its one line for stderr."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def db_reason(exc: SQLAlchemyError) -> str:
    """The driver's own first line (never the SQL or a traceback), else the error's kind."""
    return str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0]


def open_store(url: str) -> Store:
    """The store at `url` with its schema brought up to date."""
    try:
        store = Store(url)
        store.create_schema()
    except (ArgumentError, ValueError) as exc:
        raise CommandFailed(2, f"--db: {exc}") from exc
    except SQLAlchemyError as exc:
        raise CommandFailed(1, f"cannot open database: {db_reason(exc)}") from exc
    return store
