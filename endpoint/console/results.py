"""Results in the console: the published tables only, as a page and as CSV.

Nothing is computed here: both read the very bytes `GET /v1/results` serves
(endpoint/publishing.py, through endpoint/disclosure.py), for the same views (London, or one
borough) and nothing narrower; any other filter is refused. Each view and export is audited.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from endpoint.channels import published_channels
from endpoint.console import web
from endpoint.deps import canonical_borough
from sync.protocol import LONDON_BOROUGHS, ChannelCountsList, Results

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


def _published(request: Request, borough: str | None) -> tuple[str | None, Results]:
    """The view exactly as /v1/results serves it; an unknown borough is refused, never
    narrowed or widened."""
    canonical = canonical_borough(borough) if borough else None
    if borough and canonical is None:
        raise web.Refused(422, "Results are published for London and for each London "
                          "borough, nothing narrower.")
    publisher = web.context(request).publisher
    body = publisher.view(canonical).body
    return canonical, Results.model_validate_json(body)


def _results_operator(request: Request, session: web.SignedIn) -> web.Visit:
    if session.operator.is_helper:
        raise web.Refused(403, "Helpers start assisted sessions; results are for analysts and "
                          "editors.")
    if len(request.query_params) > 1 or set(request.query_params) - {"borough"}:
        raise web.Refused(422, "Results have no filters beyond the published views (a borough).")
    return session


ResultsOperator = Annotated[web.Visit, Depends(_results_operator)]
"""A signed-in operator asking for a published view and nothing narrower (else 422)."""


@router.get("/results")
def results_page(
    request: Request, session: ResultsOperator, borough: str | None = None
) -> Response:
    operator, csrf = session
    view, results = _published(request, borough)
    web.audit(request, operator, "results.view", view or "London")
    # Words only (a multiple-choice option's question), never a figure: the cells shown are
    # the published ones above.
    groups = {
        (str(doc["id"]), str(q["id"])): str(q["group"])
        for doc in web.context(request).store.list_surveys() for q in doc.get("questions", [])
        if q.get("group")
    }
    # How people took part (online, with a helper, on paper) is published London-wide only:
    # the very bytes /v1/channels serves this period, never counted again here.
    channels = (None if view else
                ChannelCountsList.model_validate_json(published_channels(web.context(request))))
    return web.page(request, "results.html", **web.layout(
        operator, csrf, view=view, results=results, boroughs=LONDON_BOROUGHS,
        rows=_cells(results), groups=groups, channels=channels))


_ROW_KEYS = ("survey_id", "question_id", "option_id", "service_id", "rating", "category",
             "borough")


def _cells(results: Results) -> list[tuple[str, str, str, str, str]]:
    """Every published cell as (table, row, cell, value, suppressed): the CSV's rows, read
    from the published body only (nothing is recomputed, so nothing can be narrowed)."""
    rows: list[tuple[str, str, str, str, str]] = []

    def walk(table: str, node: Any, path: list[str]) -> None:
        if isinstance(node, list):
            for item in node:
                walk(table, item, path)
            return
        if not isinstance(node, dict):
            return
        if set(node) == {"value", "suppressed"}:
            value = "" if node["value"] is None else str(node["value"])
            rows.append((table, "/".join(path[:-1]), path[-1], value,
                         "yes" if node["suppressed"] else "no"))
            return
        here = [str(node[k]) for k in _ROW_KEYS if node.get(k) is not None][:1]
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                walk(table, value, [*path, *here, key])

    data = results.model_dump(mode="json")
    for table in ("surveys", "services", "wellbeing", "outcomes"):
        walk(table, data.get(table, []), [])
    return rows


@router.get("/results.csv")
def results_csv(
    request: Request, session: ResultsOperator, borough: str | None = None
) -> Response:
    operator, _csrf = session
    view, results = _published(request, borough)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["view", "table", "row", "cell", "value", "suppressed"])
    for table, row, cell, value, suppressed in _cells(results):
        writer.writerow([_csv_safe(view or "London"), _csv_safe(table), _csv_safe(row),
                         _csv_safe(cell), value, suppressed])
    web.audit(request, operator, "results.export", view or "London")
    name = f"results-{web.slug(view or 'london')}.csv"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _csv_safe(text: str) -> str:
    """No spreadsheet formulas out of ids or labels."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
