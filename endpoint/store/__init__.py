"""The endpoint's storage: SQLAlchemy Core tables and every query the app runs.

One package talks to the database so the HTTP layer never writes SQL and the same code runs on
SQLite (the default, one file, nothing to install) and PostgreSQL (`postgresql+psycopg://`,
for a shared deployment). Only portable Core constructs are used; the two dialect-specific
bits (insert-or-ignore and upsert) are chosen in `StoreCore._insert()` (core.py).

Privacy shapes the schema: a contributor is a random id and the SHA-256 of its bearer token,
nothing else. Contributions hang off that id, so withdrawal is one `DELETE` per table.
Datetimes are stored as naive UTC (SQLite has no time zones; PostgreSQL gets the same values)
and come back out as aware UTC.

`Store` is composed of one part per area, each in its own module: tables.py (the schema),
core.py (engine, transactions, migrations), tallying.py and rebuild.py (the aggregate tables),
ingest.py (contributors, contributions, rate limits), directory.py (services and
consultations), results.py (inputs to and stored copies of published results) and
freetext.py (free text for editors, re-keying), panel.py and panel_tables.py (the citizens'
panel). Everything other modules use is importable
from `endpoint.store`.
"""

from __future__ import annotations

from endpoint.store.accountability import (
    Accountability,
    assisted_contributions,
    commitment_updates,
    commitments,
    helper_codes,
    paper_batches,
)
from endpoint.store.budgets import RoundExistsError, pb_ballots, pb_rounds
from endpoint.store.core import ContributorGoneError, from_db, to_utc_naive
from endpoint.store.directory import QuestionRules, SurveyIndex
from endpoint.store.freetext import FreeText, FreeTexts
from endpoint.store.ingest import Ingest
from endpoint.store.panel import Panel, PanelGoneError
from endpoint.store.panel_tables import (
    panel_invitations,
    panel_members,
    panel_population,
    panel_snapshots,
)
from endpoint.store.results import Results
from endpoint.store.tables import (
    AGGREGATE_TABLES,
    agg_fft_cells,
    agg_fft_people,
    agg_ons4_boroughs,
    agg_ons4_groups,
    agg_ons4_people,
    agg_outcome_cells,
    agg_outcome_groups,
    agg_outcome_people,
    agg_survey_cells,
    agg_survey_latest,
    audit_log,
    consultation_responses,
    contributions,
    contributors,
    directory_services,
    endpoint_meta,
    login_failures,
    metadata,
    operator_organisations,
    operator_sessions,
    operators,
    published_results,
    rate_limits,
    surveys,
)

__all__ = [
    "AGGREGATE_TABLES",
    "ContributorGoneError",
    "FreeText",
    "PanelGoneError",
    "QuestionRules",
    "RoundExistsError",
    "Store",
    "SurveyIndex",
    "agg_fft_cells",
    "agg_fft_people",
    "agg_ons4_boroughs",
    "agg_ons4_groups",
    "agg_ons4_people",
    "agg_outcome_cells",
    "agg_outcome_groups",
    "agg_outcome_people",
    "agg_survey_cells",
    "agg_survey_latest",
    "assisted_contributions",
    "audit_log",
    "commitment_updates",
    "commitments",
    "consultation_responses",
    "contributions",
    "contributors",
    "directory_services",
    "endpoint_meta",
    "from_db",
    "helper_codes",
    "login_failures",
    "metadata",
    "operator_organisations",
    "operator_sessions",
    "operators",
    "panel_invitations",
    "panel_members",
    "panel_population",
    "panel_snapshots",
    "paper_batches",
    "pb_ballots",
    "pb_rounds",
    "published_results",
    "rate_limits",
    "surveys",
    "to_utc_naive",
]


class Store(Ingest, Results, FreeTexts, Panel, Accountability):
    """Connection to the endpoint database, with one method per question the app asks.

    Every public method opens its own transaction (`engine.begin()`), so a batch of
    contributions is all-or-nothing and no caller has to think about sessions.
    """
