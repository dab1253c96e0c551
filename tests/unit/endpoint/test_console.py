"""The operator console over HTTP against the real server, on SQLite and PostgreSQL.

Roles (an editor of one organisation cannot touch another's consultation; an analyst cannot
edit), a disabled operator locked out at once, CSRF, login throttling, audit rows without
contents, the consultation life cycle up to "you said, we did" on /v1/responses, and results
pages and CSV that show exactly the published cells of /v1/results and nothing narrower.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import requests
from sqlalchemy import select

from endpoint.console.web import SESSION_COOKIE
from endpoint.operators import MAX_FAILURES_PER_ACCOUNT, Operators
from endpoint.store import audit_log, consultation_responses, operator_sessions
from tests.privacy_auditor import assert_no_disclosure
from tests.unit.endpoint.conftest import PINNED_TODAY, TIMEOUT, RunningEndpoint

PASSWORD = "a long enough passphrase"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Console:
    """One operator's browser: a cookie jar and the page's CSRF token."""

    def __init__(self, endpoint: RunningEndpoint) -> None:
        self.endpoint = endpoint
        self.http = requests.Session()
        self.csrf = ""

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        response = self.http.get(self.endpoint.url(path), timeout=TIMEOUT,
                                 allow_redirects=False, **kwargs)
        found = CSRF.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def post(self, path: str, data: dict[str, Any] | None = None, *, csrf: bool = True,
             **kwargs: Any) -> requests.Response:
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf", self.csrf)
        return self.http.post(self.endpoint.url(path), data=form, timeout=TIMEOUT,
                              allow_redirects=False, **kwargs)

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        self.get("/console/login")
        response = self.post("/console/login", {"username": username, "password": password})
        if response.status_code == 303:
            self.get("/console/")
        return response


def _ops(endpoint: RunningEndpoint) -> Operators:
    ops = endpoint.app.state.operators
    assert isinstance(ops, Operators)
    return ops


def _orgs(endpoint: RunningEndpoint) -> list[str]:
    return list(_ops(endpoint).organisations())


def _operator(endpoint: RunningEndpoint, name: str, role: str,
              orgs: tuple[str, ...] = ()) -> Console:
    _ops(endpoint).add(name, PASSWORD, role, orgs, now=endpoint.app.state.context.now())
    console = Console(endpoint)
    assert console.login(name).status_code == 303
    return console


def _consultation(org: str, title: str = "Bus or walk?", **extra: Any) -> dict[str, Any]:
    form = {
        "title": title,
        "description": "How do you get to the lunch club?",
        "organisation": org,
        "closes_on": "2027-01-31",
        "q0_text": "How do you usually get there?",
        "q0_type": "single",
        "q0_options": "Walk\nBus\nCar",
        "q0_allow_text": "1",
        "q1_text": "How easy is it, from 0 to 10?",
        "q1_type": "scale",
    }
    form.update(extra)
    return form


def _create(console: Console, org: str, **extra: Any) -> str:
    before = {doc["id"] for doc in console.endpoint.store.list_surveys(drafts=True)}
    response = console.post("/console/consultations/new", _consultation(org, **extra))
    assert response.status_code == 303, response.text
    made = {doc["id"] for doc in console.endpoint.store.list_surveys(drafts=True)} - before
    assert len(made) == 1
    return made.pop()


def test_login_sets_a_strict_httponly_cookie_and_logout_ends_the_session(
    endpoint: RunningEndpoint,
) -> None:
    console = _operator(endpoint, "ada", "analyst")
    cookie = next(c for c in console.http.cookies if c.name == SESSION_COOKIE)
    assert cookie.has_nonstandard_attr("HttpOnly")
    assert not cookie.secure  # plain http to 127.0.0.1 only; Secure everywhere else
    page = console.get("/console/")
    assert page.status_code == 200 and "Signed in as ada" in page.text
    assert "Content-Security-Policy" in page.headers
    # The session id is stored hashed, never as sent.
    with endpoint.store.engine.connect() as conn:
        stored = conn.execute(select(operator_sessions.c.id_hash)).scalars().all()
    assert cookie.value not in stored and len(stored) == 1
    stolen = cookie.value or ""
    assert console.post("/console/logout").status_code == 303
    again = requests.get(endpoint.url("/console/"), cookies={SESSION_COOKIE: stolen},
                         allow_redirects=False, timeout=TIMEOUT)
    assert again.status_code == 303 and again.headers["location"] == "/console/login"


def test_secure_cookie_flag_set_login_header() -> None:
    from starlette.requests import Request

    from endpoint.console.web import secure_cookie as _secure_cookie

    def request(scheme: str, host: str) -> Request:
        return Request({"type": "http", "scheme": scheme, "server": (host, 80), "path": "/",
                        "headers": [(b"host", host.encode())], "query_string": b""})

    assert not _secure_cookie(request("http", "127.0.0.1"))
    assert not _secure_cookie(request("http", "localhost"))
    assert _secure_cookie(request("http", "hp.example.org"))
    assert _secure_cookie(request("https", "127.0.0.1"))


def test_an_editor_cannot_touch_another_organisations_consultation(
    endpoint: RunningEndpoint,
) -> None:
    first, second = _orgs(endpoint)[:2]
    mine = _operator(endpoint, "eve", "editor", (first,))
    theirs = _operator(endpoint, "bob", "editor", (second,))
    survey_id = _create(mine, first)
    for path in (f"/console/consultations/{survey_id}/edit",
                 f"/console/consultations/{survey_id}/open",
                 f"/console/consultations/{survey_id}/close",
                 f"/console/consultations/{survey_id}/response"):
        theirs.get("/console/consultations")
        refused = theirs.post(path, _consultation(second))
        assert refused.status_code == 403, path
    assert theirs.get(f"/console/consultations/{survey_id}/edit").status_code == 403
    # Nor can they create one in the other organisation's name.
    theirs.get("/console/consultations/new")
    assert theirs.post("/console/consultations/new", _consultation(first)).status_code == 422
    doc = next(d for d in endpoint.store.list_surveys(drafts=True) if d["id"] == survey_id)
    assert doc["draft"] is True and doc["title"] == "Bus or walk?"


def test_an_analyst_cannot_edit_but_reads_results(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    analyst = _operator(endpoint, "ann", "analyst")
    assert analyst.get("/console/consultations/new").status_code == 403
    assert analyst.post("/console/consultations/new", _consultation(org)).status_code == 403
    assert analyst.post(f"/console/consultations/{survey_id}/open").status_code == 403
    service = endpoint.store.all_services()[0]["id"]
    assert analyst.post(f"/console/directory/{service}/retire").status_code == 403
    assert analyst.get("/console/audit").status_code == 403
    assert analyst.get("/console/results").status_code == 200
    assert analyst.get("/console/results.csv").status_code == 200


def test_a_disabled_operator_is_locked_out_at_once(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    assert editor.get("/console/consultations").status_code == 200
    _ops(endpoint).set_disabled("eve")
    locked = editor.get("/console/consultations")
    assert locked.status_code == 303 and locked.headers["location"] == "/console/login"
    assert editor.post("/console/consultations/new", _consultation(org)).status_code == 303
    assert endpoint.store.list_surveys(drafts=True) == [
        d for d in endpoint.store.list_surveys(drafts=True) if d.get("organisation_id") != org]
    assert editor.login("eve").status_code == 401


def test_a_post_without_the_csrf_token_is_refused(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    before = endpoint.store.list_surveys(drafts=True)
    missing = editor.post("/console/consultations/new", _consultation(org), csrf=False)
    wrong = editor.post("/console/consultations/new", {**_consultation(org), "csrf": "x" * 43})
    assert missing.status_code == 403 and wrong.status_code == 403
    assert endpoint.store.list_surveys(drafts=True) == before
    assert editor.post("/console/logout", csrf=False).status_code == 403
    # The login form has its own token (a cookie and a field that must match).
    stranger = Console(endpoint)
    refused = stranger.post("/console/login", {"username": "eve", "password": PASSWORD},
                            csrf=False)
    assert refused.status_code == 403


def test_login_is_throttled_per_account_across_the_database(
    endpoint_factory: Callable[..., RunningEndpoint],
) -> None:
    first = endpoint_factory()
    second = endpoint_factory()  # another "worker" on the same database
    _ops(first).add("eve", PASSWORD, "analyst", now=first.app.state.context.now())
    for n in range(MAX_FAILURES_PER_ACCOUNT):
        server = first if n % 2 else second
        assert Console(server).login("eve", "wrong password!").status_code == 401
    throttled = Console(second).login("eve")
    assert throttled.status_code == 429 and "Retry-After" in throttled.headers
    assert Console(first).login("eve").status_code == 429


def test_audit_rows_are_written_and_hold_no_contents(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    editor.get("/console/consultations")
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    who = endpoint.register()
    answer = {"kind": "survey", "survey_id": survey_id, "question_id": "q1",
              "option_id": "bus", "text": "SECRET REMARK about my neighbour"}
    from tests.unit.endpoint.conftest import make_item

    assert endpoint.send(who, [make_item(answer)]).status_code == 200
    editor.get("/console/results")
    editor.get("/console/results.csv")
    with endpoint.store.engine.connect() as conn:
        rows = conn.execute(select(audit_log)).all()
    actions = [row.action for row in rows]
    for wanted in ("login", "consultation.create", "consultation.open", "results.view",
                   "results.export"):
        assert wanted in actions
    dump = repr(rows)
    assert "SECRET" not in dump and who.contributor_id not in dump and who.token not in dump
    assert all(row.operator == "eve" for row in rows)


def test_consultation_life_cycle_to_you_said_we_did(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    org_name = _ops(endpoint).organisations()[org]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org, title="<script>alert(1)</script> Lunch clubs")
    # A draft is nobody's business outside the console.
    assert survey_id not in {s["id"] for s in endpoint.get("/v1/surveys").json()["surveys"]}
    page = editor.get("/console/consultations")
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert editor.post(f"/console/consultations/{survey_id}/response").status_code == 409
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    served = {s["id"]: s for s in endpoint.get("/v1/surveys").json()["surveys"]}[survey_id]
    assert served["organisation"] == org_name
    assert [o["label"] for o in served["questions"][1]["options"]] == [str(n) for n in range(11)]
    assert "draft" not in served and "organisation_id" not in served
    assert editor.get(f"/console/consultations/{survey_id}/edit").status_code == 409
    assert editor.post(f"/console/consultations/{survey_id}/close").status_code == 303
    assert survey_id not in {s["id"] for s in endpoint.get("/v1/surveys").json()["surveys"]}
    published = editor.post(f"/console/consultations/{survey_id}/response",
                            {"title": "More buses", "body": "You said the 394 is rare.\nWe "
                             "asked TfL, and it now runs every 12 minutes."})
    assert published.status_code == 303
    reply = endpoint.get("/v1/responses")
    assert reply.status_code == 200
    (response,) = reply.json()["responses"]
    assert response["survey_id"] == survey_id and response["organisation"] == org_name
    assert response["title"] == "More buses" and response["published_on"] == str(PINNED_TODAY)
    assert response["survey_title"].endswith("Lunch clubs")
    again = endpoint.get("/v1/responses", headers={"If-None-Match": reply.headers["ETag"]})
    assert again.status_code == 304
    with endpoint.store.engine.connect() as conn:
        assert conn.execute(select(consultation_responses.c.published_on)).scalar() == date(
            2026, 12, 1)


def _published_cells(view: dict[str, Any]) -> list[tuple[str, str]]:
    cells: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if set(node) == {"value", "suppressed"}:
                cells.append(("" if node["value"] is None else str(node["value"]),
                              "yes" if node["suppressed"] else "no"))
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for table in ("surveys", "services", "wellbeing", "outcomes"):
        walk(view.get(table, []))
    return cells


def test_results_pages_and_csv_show_exactly_the_published_cells(
    endpoint: RunningEndpoint,
) -> None:
    from tests.unit.endpoint.conftest import make_item

    survey = endpoint.get("/v1/surveys").json()["surveys"][0]
    question = survey["questions"][0]
    people = [endpoint.register() for _ in range(13)]
    for n, who in enumerate(people):
        option = question["options"][0 if n < 11 else 1]["id"]  # 11 and 2: one cell hidden
        body = {"kind": "survey", "survey_id": survey["id"], "question_id": question["id"],
                "option_id": option}
        assert endpoint.send(who, [make_item(body)]).status_code == 200
    analyst = _operator(endpoint, "ann", "analyst")
    views = []
    for borough in (None, "Hackney"):
        params = {} if borough is None else {"borough": borough}
        public = endpoint.get("/v1/results", params=params).json()
        views.append(public)
        exported = analyst.get("/console/results.csv", params=params)
        assert exported.status_code == 200
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert [(r["value"], r["suppressed"]) for r in rows] == _published_cells(public)
        page = analyst.get("/console/results", params=params)
        assert page.status_code == 200
        shown: list[dict[str, Any]] = []
        for s in public["surveys"]:
            for q in s["questions"]:
                shown += [q["respondents"], *(o["count"] for o in q["options"])]
        shown += [c for sv in public["services"] for c in (sv["responses"],
                                                            sv["percent_positive"])]
        shown += [w[k] for w in public["wellbeing"]
                  for k in ("reports", "satisfied", "worthwhile", "happy", "anxious")]
        if borough is None:  # how people took part: London-wide, as /v1/channels has it
            shown += [c[k] for c in endpoint.get("/v1/channels").json()["consultations"]
                      for k in ("total", "online", "assisted", "paper")]
        assert page.text.count('class="hidden-cell"') == sum(c["suppressed"] for c in shown)
        assert any(c["suppressed"] for c in shown)
        for c in shown:
            if not c["suppressed"]:
                assert f">{c['value']}<" in page.text
    assert_no_disclosure(views)
    # Nothing narrower than the public views: no other filter, no unknown view.
    for params in ({"question": question["id"]}, {"borough": "Hackney", "option": "bus"},
                   {"borough": "Atlantis"}, {"survey_id": survey["id"]}):
        assert analyst.get("/console/results", params=params).status_code == 422
        assert analyst.get("/console/results.csv", params=params).status_code == 422


def test_directory_export_import_round_trip_and_retire(endpoint: RunningEndpoint) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    exported = editor.get("/console/directory/export.json").json()["services"]
    assert len(exported) == len(endpoint.store.all_services())
    own = [s for s in exported if s["organization"]["id"] == org]
    other = [s for s in exported if s["organization"]["id"] != org]
    own[0]["name"] = "Renamed walk"
    editor.get("/console/directory")
    refused = editor.post("/console/directory/import",
                          files={"file": ("d.json", _json({"services": [other[0]]}))})
    assert refused.status_code == 422
    done = editor.post("/console/directory/import",
                       files={"file": ("d.json", _json({"services": [own[0]]}))})
    assert done.status_code == 303
    names = {s["id"]: s for s in endpoint.store.all_services()}
    assert names[own[0]["id"]]["name"] == "Renamed walk"
    assert editor.post(f"/console/directory/{other[0]['id']}/retire").status_code == 403
    assert editor.post(f"/console/directory/{own[0]['id']}/retire").status_code == 303
    assert {s["id"]: s for s in endpoint.store.all_services()}[own[0]["id"]]["status"] == (
        "defunct")


def _json(data: Any) -> bytes:
    import json

    return json.dumps(data).encode()


def test_services_are_added_and_edited_only_for_ones_own_organisations(
    endpoint: RunningEndpoint,
) -> None:
    first, second = _orgs(endpoint)[:2]
    editor = _operator(endpoint, "eve", "editor", (first,))
    editor.get("/console/directory/new")
    form = {"name": "Tuesday Tea Club", "description": "Tea & <b>talk</b>.",
            "organisation": first, "borough": "Hackney", "url": "https://example.org/tea",
            "email": "", "status": "active"}
    assert editor.post("/console/directory/new", form).status_code == 303
    (made,) = [s for s in endpoint.store.all_services() if s["name"] == "Tuesday Tea Club"]
    assert made["organization"]["id"] == first and made["borough"] == "Hackney"
    listed = editor.get("/console/directory")
    assert "Tuesday Tea Club" in listed.text
    public = endpoint.get("/v1/directory/services", params={"q": "tea club"}).json()
    assert made["id"] in {s["id"] for s in public["contents"]}
    assert editor.post("/console/directory/new", {**form, "organisation": second}
                       ).status_code == 422
    assert editor.post("/console/directory/new", {**form, "url": "javascript:alert(1)"}
                       ).status_code == 422
    edited = editor.post(f"/console/directory/{made['id']}/edit",
                         {**form, "name": "Tuesday Tea and Talk", "status": "inactive"})
    assert edited.status_code == 303
    after = next(s for s in endpoint.store.all_services() if s["id"] == made["id"])
    assert after["name"] == "Tuesday Tea and Talk" and after["status"] == "inactive"
    other = next(s for s in endpoint.store.all_services()
                 if s["organization"]["id"] == second)
    assert editor.get(f"/console/directory/{other['id']}/edit").status_code == 403
    assert editor.post(f"/console/directory/{other['id']}/edit", form).status_code == 403
    analyst = _operator(endpoint, "ann", "analyst")
    assert analyst.post("/console/directory/new", form).status_code == 403


def test_a_free_text_question_is_answered_but_its_words_are_never_published(
    endpoint: RunningEndpoint,
) -> None:
    from tests.unit.endpoint.conftest import make_item

    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org, q2_text="Anything else?", q2_type="text")
    editor.get("/console/consultations")
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    served = {s["id"]: s for s in endpoint.get("/v1/surveys").json()["surveys"]}[survey_id]
    free = served["questions"][2]
    assert free["options"] == [] and free["allow_text"] is True
    who = endpoint.register()
    answer = {"kind": "survey", "survey_id": survey_id, "question_id": free["id"],
              "text": "MY OWN WORDS about the club"}
    assert endpoint.send(who, [make_item(answer)]).status_code == 200
    public = endpoint.get("/v1/results")
    assert public.status_code == 200 and "MY OWN WORDS" not in public.text
    for path in ("/console/results", "/console/results.csv"):
        shown = editor.get(path)
        assert shown.status_code == 200 and "MY OWN WORDS" not in shown.text
    form = editor.get(f"/console/consultations/{survey_id}/edit")
    assert form.status_code == 409  # opened: no more edits


def test_remarks_are_read_only_by_editors_of_the_organisation_they_were_written_to(
    endpoint: RunningEndpoint,
) -> None:
    from tests.unit.endpoint.conftest import make_item

    first, second = _orgs(endpoint)[:2]
    mine = _operator(endpoint, "eve", "editor", (first,))
    theirs = _operator(endpoint, "bob", "editor", (second,))
    survey_id = _create(mine, first)
    mine.get("/console/consultations")
    assert mine.post(f"/console/consultations/{survey_id}/open").status_code == 303
    service = next(s for s in endpoint.store.all_services()
                   if s["organization"]["id"] == first)
    who = endpoint.register()
    items = [
        make_item({"kind": "survey", "survey_id": survey_id, "question_id": "q1",
                   "option_id": "bus", "text": "<script>x</script> the 394 is late"}),
        make_item({"kind": "fft", "service_id": service["id"], "rating": "good",
                   "comment": "Lovely staff"}),
    ]
    assert endpoint.send(who, items).status_code == 200
    page = mine.get("/console/remarks")
    assert page.status_code == 200
    assert "&lt;script&gt;x&lt;/script&gt; the 394 is late" in page.text
    assert "Lovely staff" in page.text and service["name"] in page.text
    assert who.contributor_id not in page.text
    other = theirs.get("/console/remarks")
    assert other.status_code == 200 and "394 is late" not in other.text
    assert "Lovely" not in other.text
    for role, name in (("analyst", "ann"), ("admin", "root")):
        reader = _operator(endpoint, name, role)
        assert reader.get("/console/remarks").status_code == 403
    with endpoint.store.engine.connect() as conn:
        dump = repr(conn.execute(select(audit_log)).all())
    # The remark's words, not "394" alone, which a timestamp's microseconds can hold.
    assert "remarks.view" in dump and "394 is late" not in dump and "Lovely" not in dump


def test_multiple_choice_travels_as_yes_only_questions_counted_on_their_own(
    endpoint: RunningEndpoint,
) -> None:
    from tests.unit.endpoint.conftest import make_item

    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org, q2_text="Which do you use?", q2_type="multiple",
                        q2_options="Bus\nTube\nBike")
    form = editor.get(f"/console/consultations/{survey_id}/edit").text
    assert form.count('value="multiple" selected') == 1 and "Bus\nTube\nBike" in form
    editor.get("/console/consultations")
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    served = {s["id"]: s for s in endpoint.get("/v1/surveys").json()["surveys"]}[survey_id]
    ticks = [q for q in served["questions"] if q.get("group") == "Which do you use?"]
    assert [q["text"] for q in ticks] == ["Bus", "Tube", "Bike"]
    assert all(q["options"] == [{"id": "yes", "label": "Yes"}] for q in ticks)
    bus, tube, _bike = ticks
    for n in range(12):
        who = endpoint.register()
        chosen = [bus] if n >= 3 else [bus, tube]  # 12 tick bus, 3 also tick tube
        items = [make_item({"kind": "survey", "survey_id": survey_id, "question_id": q["id"],
                            "option_id": "yes"}) for q in chosen]
        assert endpoint.send(who, items).status_code == 200
    public = endpoint.get("/v1/results").json()
    result = next(s for s in public["surveys"] if s["survey_id"] == survey_id)
    cells = {q["question_id"]: q["respondents"] for q in result["questions"]}
    assert cells[bus["id"]] == {"value": 12, "suppressed": False}
    assert cells[tube["id"]] == {"value": None, "suppressed": True}
    assert_no_disclosure([public])
    exported = editor.get("/console/results.csv").text
    assert "12" in exported
    page = editor.get("/console/results").text
    assert "Which do you use? (tick all that apply): Bus" in page


def test_the_audit_log_is_append_only_in_the_database(endpoint: RunningEndpoint) -> None:
    import pytest
    from sqlalchemy import delete, update
    from sqlalchemy.exc import DBAPIError

    _operator(endpoint, "ann", "analyst")  # writes a login row
    engine = endpoint.store.engine
    for statement in (update(audit_log).values(operator="someone else"), delete(audit_log)):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(statement)
    with engine.connect() as conn:
        rows = conn.execute(select(audit_log.c.operator, audit_log.c.action)).all()
    assert [tuple(row) for row in rows] == [("ann", "login")]


def test_login_is_throttled_per_address_and_sessions_expire(endpoint: RunningEndpoint) -> None:
    from datetime import timedelta

    from endpoint.operators import MAX_FAILURES_PER_ADDRESS, SESSION_LIFETIME

    ops = _ops(endpoint)
    now = endpoint.app.state.context.now()
    ops.add("eve", PASSWORD, "analyst", now=now)
    for n in range(MAX_FAILURES_PER_ADDRESS):  # a different (unknown) name each time
        assert Console(endpoint).login(f"guess{n}", "wrong password!").status_code == 401
    assert Console(endpoint).login("eve").status_code == 429  # this address is throttled
    # Elsewhere the account still works: the limit was on the address.
    assert ops.authenticate("eve", PASSWORD, "192.0.2.7", now) is not None
    account = ops.get("eve")
    assert account is not None
    session_id, _csrf = ops.start_session(account, now)
    assert ops.session(session_id, now + SESSION_LIFETIME - timedelta(seconds=1)) is not None
    assert ops.session(session_id, now + SESSION_LIFETIME) is None


def test_a_password_typed_into_the_name_field_never_reaches_the_audit_log(
    endpoint: RunningEndpoint,
) -> None:
    _operator(endpoint, "ann", "analyst")
    slip = Console(endpoint)
    assert slip.login("Correct-Horse-Battery-9", "Correct-Horse-Battery-9").status_code == 401
    assert slip.login("ann", "not her password").status_code == 401
    with endpoint.store.engine.connect() as conn:
        rows = conn.execute(select(audit_log.c.operator, audit_log.c.action)).all()
    assert "correct-horse" not in repr(rows).lower()
    assert ("(no such account)", "login.failed") in [tuple(r) for r in rows]
    assert ("ann", "login.failed") in [tuple(r) for r in rows]  # a real account is named
