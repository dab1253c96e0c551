"""The shared base for domain models, so every aggregate validates the same way.

Models are frozen: an edit is `model_copy(update=...)` followed by `revalidate()`, which keeps a
half-edited object from ever reaching the vault. Strict mode stops silent coercion ("12" is not 12),
but JSON input may still carry ISO dates and UUID strings, as pydantic allows in strict JSON mode.
"""

from datetime import UTC, datetime
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints


def _aware(value: datetime) -> datetime:
    """Times are stored in UTC; a naive time is ambiguous across a clock change, so refuse it."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("time must include a time zone")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]


def now() -> datetime:
    """The current time in UTC (one place, so tests and services agree on the clock)."""
    return datetime.now(UTC)


class Model(BaseModel):
    """Base for every domain model."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, str_strip_whitespace=True)

    def revalidate(self) -> Self:
        """Validate again after `model_copy(update=...)`, which itself skips validation."""
        return type(self).model_validate(self.model_dump())

    def edit(self, **changes: Any) -> Self:
        """A validated copy with `changes` applied."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)
