"""How domain values become columns and back: one place for times, ids and JSON bodies.

Aggregates that are read whole (goals, plans, reminders) are stored as validated JSON bodies; the
high-volume log entries get real columns so range queries use the (tracker, at) index.
"""

from datetime import UTC, datetime, timedelta
from typing import TypeVar

from pydantic import BaseModel

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
M = TypeVar("M", bound=BaseModel)


def to_ms(at: datetime) -> int:
    """Milliseconds since the epoch, UTC; integer maths so no float rounding moves an entry."""
    return (at - EPOCH) // timedelta(milliseconds=1)


def from_ms(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def dump(model: BaseModel) -> str:
    return model.model_dump_json()


def load(cls: type[M], body: str) -> M:
    """Bodies were validated on the way in, but validate again: a vault outlives app versions."""
    return cls.model_validate_json(body)
