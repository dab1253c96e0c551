"""The community-services directory in the console: list, add, edit, retire, import and export.

An editor changes only their own organisations' services; a service is retired (status
"defunct") rather than deleted, so a person's outbox that names it still drains. Imports and
exports are Open Referral UK 3.0 services, as `/oruk/services/{id}` serves them, so a
borough's own ORUK tools read what we export and we read what they write.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from endpoint import oruk
from endpoint.console import web
from endpoint.operators import Operator
from sync.protocol import LONDON_BOROUGHS, Service
from sync.protocol.oruk import from_oruk

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)


@router.get("/directory")
def directory(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    docs = sorted(web.context(request).store.all_services(),
                  key=lambda d: (d["borough"], d["name"]))
    rows = [{"doc": doc, "editable": operator.may_edit((doc.get("organization") or {}).get("id"))}
            for doc in docs]
    return web.page(request, "directory.html", **web.layout(operator, csrf, rows=rows, errors=[]))


@router.get("/directory/export.json")
def directory_export(request: Request, session: web.SignedIn) -> Response:
    operator, _csrf = session
    services = [oruk.full_service(Service.model_validate(doc).model_dump(mode="json"))
                for doc in web.context(request).store.all_services()]
    web.audit(request, operator, "directory.export", str(len(services)))
    return Response(json.dumps({"services": services}, indent=2, ensure_ascii=False),
                    media_type="application/json", headers={
                        "Content-Disposition": 'attachment; filename="directory.json"'})


@router.post("/directory/import")
async def directory_import(request: Request, session: web.Posted) -> Response:
    """Open Referral UK 3.0 services (or the app feed's shape, which carries `borough`), as
    `{"services": [...]}` or a page `{"contents": [...]}`; an editor may import only
    services of their own organisations."""
    operator, csrf, form = session
    upload = form.get("file")
    raw = b""
    if upload is not None and not isinstance(upload, str):
        raw = await upload.read(5_000_001)
    errors: list[str] = []
    docs: list[dict[str, Any]] = []
    if len(raw) > 5_000_000:
        errors.append("The file is larger than 5 MB.")
    else:
        try:
            data = json.loads(raw.decode("utf-8"))
            items = data.get("services", data.get("contents")) if isinstance(data, dict) else data
            if not isinstance(items, list) or not items:
                raise ValueError("no services in it")
            for item in items:
                service = Service.model_validate(from_oruk(item))
                if service.borough is None:
                    errors.append(f"{service.name}: names no London borough in its service "
                                  "areas or address.")
                if not operator.may_edit(service.organization.id):
                    errors.append(f"{service.name}: not one of your organisations' services.")
                docs.append(service.model_dump(mode="json"))
        except (UnicodeDecodeError, ValueError, AttributeError, TypeError, KeyError) as exc:
            errors.append(f"This is not an Open Referral UK services file ({str(exc)[:200]}).")
    if errors:
        docs_now = sorted(web.context(request).store.all_services(),
                          key=lambda d: (d["borough"], d["name"]))
        rows = [{"doc": doc, "editable": operator.may_edit(
            (doc.get("organization") or {}).get("id"))} for doc in docs_now]
        return web.page(request, "directory.html", 422, **web.layout(operator, csrf, rows=rows,
                                                                     errors=errors[:20]))
    now = web.now(request).astimezone(UTC).isoformat()
    for doc in docs:
        doc["last_modified"] = now
    web.context(request).store.upsert_services(docs)
    web.audit(request, operator, "directory.import", str(len(docs)))
    return RedirectResponse("/console/directory", status_code=303)


_SERVICE_STATUSES = ("active", "temporarily closed", "inactive", "defunct")


def _org_documents(request: Request) -> dict[str, dict[str, Any]]:
    """Each directory organisation's Open Referral object, as its services carry it."""
    found: dict[str, dict[str, Any]] = {}
    for doc in web.context(request).store.all_services():
        org = doc.get("organization") or {}
        if org.get("id"):
            found.setdefault(str(org["id"]), dict(org))
    return found


def _service_form(request: Request, operator: Operator, csrf: str, doc: Mapping[str, Any],
                  errors: list[str], status: int = 200, *, new: bool = False) -> HTMLResponse:
    orgs = web.operators(request).organisations()
    mine = {org: name for org, name in orgs.items() if operator.may_edit(org)}
    return web.page(request, "service_form.html", status, **web.layout(
        operator, csrf, doc=doc, errors=errors, organisations=mine, boroughs=LONDON_BOROUGHS,
        statuses=_SERVICE_STATUSES, new=new))


def _service_doc(request: Request, service_id: str) -> dict[str, Any]:
    doc = next((d for d in web.context(request).store.all_services() if d["id"] == service_id),
               None)
    if doc is None:
        raise web.Refused(404, "There is no such service.")
    return dict(doc)


@router.get("/directory/new")
def new_service(request: Request, session: web.SignedIn) -> Response:
    operator, csrf = session
    if not operator.may_edit_anything:
        raise web.Refused(403, "Only editors can add services.")
    return _service_form(request, operator, csrf, {"status": "active"}, [], new=True)


@router.get("/directory/{service_id}/edit")
def edit_service(request: Request, session: web.SignedIn, service_id: str) -> Response:
    operator, csrf = session
    doc = _service_doc(request, service_id)
    if not operator.may_edit((doc.get("organization") or {}).get("id")):
        raise web.Refused(403, "This service belongs to an organisation you do not edit for.")
    return _service_form(request, operator, csrf, doc, [])


@router.post("/directory/new")
@router.post("/directory/{service_id}/edit")
async def save_service(
    request: Request, session: web.Posted, service_id: str | None = None
) -> Response:
    """Name, description, borough, organisation, web address, email and status; locations,
    schedules, costs and categories of an existing service are kept (import changes those)."""
    operator, csrf, form = session
    if service_id is None:
        if not operator.may_edit_anything:
            raise web.Refused(403, "Only editors can add services.")
        doc: dict[str, Any] = {"id": str(uuid.uuid4())}
    else:
        doc = _service_doc(request, service_id)
        if not operator.may_edit((doc.get("organization") or {}).get("id")):
            raise web.Refused(403, "This service belongs to an organisation you do not edit for.")
    org_id = str(form.get("organisation") or "")
    organisations = _org_documents(request)
    errors: list[str] = []
    if org_id not in organisations or not operator.may_edit(org_id):
        errors.append("Choose one of your organisations.")
    doc.update({
        "name": str(form.get("name") or "").strip(),
        "description": str(form.get("description") or "").strip() or None,
        "url": str(form.get("url") or "").strip() or None,
        "email": str(form.get("email") or "").strip() or None,
        "status": str(form.get("status") or ""),
        "borough": str(form.get("borough") or ""),
        "organization": organisations.get(org_id, {"id": org_id, "name": ""}),
        "last_modified": web.now(request).astimezone(UTC).isoformat(),
    })
    if not doc["name"]:
        errors.append("Give the service a name.")
    if doc["url"] and not str(doc["url"]).startswith(("https://", "http://")):
        errors.append("A web address starts with https://.")
    if not errors:
        try:
            doc = Service.model_validate(doc).model_dump(mode="json")
        except ValidationError as exc:
            errors.extend(f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    if errors:
        return _service_form(request, operator, csrf, doc, errors, 422, new=service_id is None)
    web.context(request).store.upsert_services([doc])
    web.audit(request, operator, "directory.add" if service_id is None else "directory.edit",
              str(doc["id"]))
    return RedirectResponse("/console/directory", status_code=303)


@router.post("/directory/{service_id}/retire")
async def retire_service(request: Request, session: web.Posted, service_id: str) -> Response:
    operator = session.operator
    doc = next((d for d in web.context(request).store.all_services() if d["id"] == service_id),
               None)
    if doc is None:
        raise web.Refused(404, "There is no such service.")
    if not operator.may_edit((doc.get("organization") or {}).get("id")):
        raise web.Refused(403, "This service belongs to an organisation you do not edit for.")
    doc = dict(doc)
    doc["status"] = "defunct"
    doc["last_modified"] = web.now(request).astimezone(UTC).isoformat()
    web.context(request).store.upsert_services([doc])
    web.audit(request, operator, "directory.retire", service_id)
    return RedirectResponse("/console/directory", status_code=303)
