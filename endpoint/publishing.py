"""What `GET /v1/results` serves: every view built at once, then published in steps.

Why steps: a reader who downloads the results just before and just after one person's
contribution learns that person's answer from the difference, whatever the suppression does
(differencing; docs/PRIVACY.md measures it). Publishing once per period (a day by default)
means two downloads inside a period are byte-identical, and two in different periods differ by
everything that came in between, not by one person, except on a day when only one person took
part: that residue is documented, not hidden.

Why all views at once: the London-wide view and every borough view show the same service and
survey tables. If each view were built at a different moment, a reader could play one view off
against another. So the first request of a period builds all of them from one reading of the
tallies and stores them together in the database; every worker then serves those stored bytes,
so nothing depends on which process answers (the endpoint keeps no state in one process).

`period=0` publishes live (tests, a demonstration server): each change is visible at once, and
the built views are cached per process by the data's last change, so a flood of `/results`
requests, or of requests with odd parameters, costs one dictionary lookup each.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from endpoint import aggregates
from endpoint.store import Store
from sync.protocol import LONDON_BOROUGHS

__all__ = ["DEFAULT_PERIOD", "LONDON", "Publication", "Publisher"]

DEFAULT_PERIOD = timedelta(days=1)
LONDON = ""
"""The view key of the London-wide results (a borough's view is keyed by its name)."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LIVE_CACHE_SIZE = 4


@dataclass(frozen=True, slots=True)
class Publication:
    """The exact bytes of one view, and when the data behind them last changed."""

    body: bytes
    data_as_of: datetime | None


class Publisher:
    """Builds, stores and serves the published results of one endpoint."""

    def __init__(
        self, store: Store, *, period: timedelta, now: Callable[[], datetime]
    ) -> None:
        if period < timedelta(0):
            raise ValueError("the publication period cannot be negative")
        self.store = store
        self.period = period
        self.now = now
        self._live: OrderedDict[datetime | None, dict[str, Publication]] = OrderedDict()
        self._lock = threading.Lock()

    def view(self, borough: str | None) -> Publication:
        """The results London-wide (`None`) or for one borough, as published now."""
        key = LONDON if borough is None else borough
        if self.period == timedelta(0):
            return self._live_views()[key]
        start = self.period_start(self.now())
        stored = self.store.published(start, key)
        if stored is None:
            views, as_of = self._build_all()
            self.store.publish(start, {k: v.body.decode() for k, v in views.items()}, as_of)
            stored = self.store.published(start, key)
            if stored is None:  # pragma: no cover - only if the row vanished between calls
                return views[key]
        body, as_of = stored
        return Publication(body.encode(), as_of)

    def period_start(self, moment: datetime) -> datetime:
        steps = (moment.astimezone(UTC) - _EPOCH) // self.period
        return _EPOCH + steps * self.period

    def _live_views(self) -> dict[str, Publication]:
        as_of = self.store.results_last_modified()
        with self._lock:
            cached = self._live.get(as_of)
            if cached is not None:
                self._live.move_to_end(as_of)
                return cached
        views, _ = self._build_all(as_of)
        with self._lock:
            self._live[as_of] = views
            while len(self._live) > _LIVE_CACHE_SIZE:
                self._live.popitem(last=False)
        return views

    def _build_all(
        self, as_of: datetime | None = None
    ) -> tuple[dict[str, Publication], datetime | None]:
        """Every view from one reading of the tallies."""
        store = self.store
        if as_of is None:
            as_of = store.results_last_modified()
        all_surveys = store.list_surveys()
        all_services = store.all_services()
        fft = store.fft_tallies()
        options = store.survey_option_tallies()
        groups, people = store.ons4_groups()
        outcomes, outcome_people = store.outcome_groups()
        categories = aggregates.directory_categories(all_services)
        by_service: dict[str, list[aggregates.FFTTally]] = defaultdict(list)
        for tally in fft:
            by_service[tally.service_id].append(tally)
        views: dict[str, Publication] = {}
        for borough in (None, *LONDON_BOROUGHS):
            if borough is None:
                services, surveys, fft_here = all_services, all_surveys, fft
            else:
                services = [doc for doc in all_services if doc["borough"] == borough]
                surveys = [
                    doc for doc in all_surveys
                    if not doc.get("boroughs") or borough in doc["boroughs"]
                ]
                # A borough view shows only its own services: hand it only their tallies.
                fft_here = [t for doc in services for t in by_service.get(doc["id"], ())]
            results = aggregates.build_results(
                borough=borough,
                services=services,
                surveys=surveys,
                fft=fft_here,
                options=options,
                ons4=groups,
                ons4_contributors=people,
                data_as_of=as_of,
                outcomes=outcomes,
                outcome_people=outcome_people,
                categories=categories,
            )
            views[LONDON if borough is None else borough] = Publication(
                results.model_dump_json().encode("utf-8"), as_of
            )
        return views, as_of
