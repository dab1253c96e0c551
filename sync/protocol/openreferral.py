"""The community-services directory in the Open Referral UK 3.0 (HSDS 3.0) shape.

It follows a published standard rather than our own design, so it stays apart from the models
we define, and its fields can be checked against the standard in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from sync.protocol.common import (
    Borough,
    Line,
    Text,
    _Response,
)


class TaxonomyTerm(_Response):
    id: str
    code: Line
    name: Line
    vocabulary: Line
    description: Text | None = None


class Organization(_Response):
    id: str
    name: Line
    description: Text | None = None
    website: Line | None = None
    email: Line | None = None


class Address(_Response):
    id: str
    address_1: Line
    address_2: Line | None = None
    city: Line
    state_province: Line | None = None
    postal_code: Line
    country: Line = "GB"
    address_type: Line = "physical"


class Accessibility(_Response):
    """What a place does for disabled visitors (HSDS 3.0 `accessibility`)."""

    id: str
    description: Text | None = None
    details: Text | None = None


class Location(_Response):
    id: str
    location_type: Line = "physical"
    name: Line | None = None
    latitude: float | None = None
    longitude: float | None = None
    transportation: Text | None = None  # how to get there (HSDS 3.0)
    addresses: list[Address] = Field(default_factory=list)
    accessibility: list[Accessibility] = Field(default_factory=list)


class ServiceAtLocation(_Response):
    id: str
    location: Location


class Schedule(_Response):
    """When a service runs, in the iCalendar-like terms HSDS 3.0 uses (freq, byday, times)."""

    id: str
    freq: Line | None = None
    byday: Line | None = None
    opens_at: Line | None = None
    closes_at: Line | None = None
    description: Text | None = None


class CostOption(_Response):
    """What going costs (HSDS 3.0 `cost_option`): an amount of 0 is free."""

    id: str
    option: Line | None = None
    amount: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: Line | None = None
    amount_description: Text | None = None


class Service(_Response):
    """An Open Referral UK 3.0 service, plus `borough` (our extension for London filtering)."""

    id: str
    name: Line
    description: Text | None = None
    url: Line | None = None
    email: Line | None = None
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    last_modified: datetime | None = None  # optional in ORUK 3.0; our own feed always says
    # Our own feed always says; a borough's ORUK feed may name no London borough we know.
    borough: Borough | None = None
    organization: Organization
    service_at_locations: list[ServiceAtLocation] = Field(default_factory=list)
    taxonomy_terms: list[TaxonomyTerm] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    cost_options: list[CostOption] = Field(default_factory=list)
    minimum_age: float | None = Field(default=None, ge=0, le=150, allow_inf_nan=False)
    maximum_age: float | None = Field(default=None, ge=0, le=150, allow_inf_nan=False)
    # Where the app's copy came from (the endpoint's address, a feed's): filled in when the
    # offline copies are merged, never stored or sent.
    sources: tuple[str, ...] = Field(default=(), exclude=True)


class ServicePage(_Response):
    """One page of services, in the Open Referral UK paged-result shape."""

    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[Service]
