"""Accountability and help at the community centre (issue #26, points 4 and 5) over HTTP on
the real server, SQLite and PostgreSQL: commitments with milestones and dated updates on
/v1/commitments; the helper role (what it may do, 403 for the rest) and its one-time codes;
assisted and paper contributions counted and marked on /v1/channels under k >= 10, never
linked to a helper.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select

from endpoint.store import assisted_contributions, audit_log, helper_codes
from tests.privacy_auditor import assert_no_disclosure
from tests.unit.endpoint.conftest import RunningEndpoint, make_item
from tests.unit.endpoint.test_console import Console, _create, _operator, _orgs


def _closed_with_response(endpoint: RunningEndpoint, editor: Console, org: str) -> str:
    survey_id = _create(editor, org)
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    assert editor.post(f"/console/consultations/{survey_id}/close").status_code == 303
    published = editor.post(f"/console/consultations/{survey_id}/response",
                            {"title": "More buses", "body": "We asked for a new route."})
    assert published.status_code == 303
    (response,) = endpoint.get("/v1/responses").json()["responses"]
    return str(response["id"])


def test_commitments_with_milestones_and_updates_round_trip(endpoint: RunningEndpoint) -> None:
    org, other_org = _orgs(endpoint)[:2]
    editor = _operator(endpoint, "eve", "editor", (org,))
    response_id = _closed_with_response(endpoint, editor, org)
    page = editor.get("/console/commitments")
    assert page.status_code == 200 and "<h1>Commitments</h1>" in page.text
    made = editor.post("/console/commitments/new", {
        "response": response_id, "title": "A bus every 12 minutes on the 394",
        "milestones": "2027-01-15 Ask TfL\nNew timetable"})
    assert made.status_code == 303, made.text
    (commitment,) = endpoint.get("/v1/commitments").json()["commitments"]
    assert commitment["status"] == "planned" and commitment["percent"] == 0
    assert commitment["milestones"] == [
        {"title": "Ask TfL", "due_on": "2027-01-15", "done": False},
        {"title": "New timetable", "due_on": None, "done": False}]
    first = endpoint.get("/v1/commitments")
    # A bad update is refused whole: nothing changes.
    bad = editor.post(f"/console/commitments/{commitment['id']}/update", {
        "on": "2026-11-30", "percent": "150", "status": "in_progress", "text": "Halfway"})
    assert bad.status_code == 422 and "0 to 100" in bad.text
    assert endpoint.get("/v1/commitments", headers={
        "If-None-Match": first.headers["ETag"]}).status_code == 304
    good = editor.post(f"/console/commitments/{commitment['id']}/update", {
        "on": "2026-11-30", "percent": "50", "status": "in_progress",
        "text": "TfL agreed; the timetable changes in March.", "milestone-0": "on"})
    assert good.status_code == 303
    changed = endpoint.get("/v1/commitments", headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200
    (after,) = changed.json()["commitments"]
    assert (after["status"], after["percent"]) == ("in_progress", 50)
    assert [m["done"] for m in after["milestones"]] == [True, False]
    assert after["updates"] == [{"on": "2026-11-30", "percent": 50, "status": "in_progress",
                                 "text": "TfL agreed; the timetable changes in March."}]
    # Another organisation's editor, an analyst and a helper may not touch it.
    stranger = _operator(endpoint, "olga", "editor", (other_org,))
    assert stranger.post(f"/console/commitments/{commitment['id']}/update", {
        "on": "2026-11-30", "percent": "90", "status": "done", "text": "x"}).status_code == 403
    assert stranger.post("/console/commitments/new", {
        "response": response_id, "title": "Mine now"}).status_code == 403
    for role in ("analyst", "helper"):
        who = _operator(endpoint, f"a-{role}", role)
        assert who.get("/console/commitments").status_code == 403
    with endpoint.store.engine.connect() as conn:
        actions = [row.action for row in conn.execute(select(audit_log))]
    assert actions.count("commitment.update") == 1 and "commitment.create" in actions


def test_the_helper_role_starts_sessions_and_may_do_nothing_else(
    endpoint: RunningEndpoint,
) -> None:
    org = _orgs(endpoint)[0]
    helper = _operator(endpoint, "hal", "helper")
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    for path in ("/console/", "/console/consultations", "/console/assisted"):
        assert helper.get(path).status_code == 200, path
    for path in ("/console/results", "/console/results.csv", "/console/panel",
                 "/console/panel/counts.json", "/console/commitments",
                 "/console/paper", f"/console/paper/{survey_id}", "/console/consultations/new",
                 "/console/remarks", "/console/audit"):
        assert helper.get(path).status_code == 403, path
    for path in ("/console/consultations/new", f"/console/consultations/{survey_id}/open",
                 "/console/commitments/new", f"/console/paper/{survey_id}"):
        assert helper.post(path, {"title": "x"}).status_code == 403, path
    assert editor.get("/console/assisted").status_code == 403
    assert editor.post("/console/assisted/code").status_code == 403
    assert helper.post("/console/assisted/code", csrf=False).status_code == 403  # CSRF
    page = helper.post("/console/assisted/code")
    assert page.status_code == 200
    code = page.text.split('<p class="code"')[1].split("<strong>")[1].split("</strong>")[0]
    assert len(code) == 8
    # The code starts one session, once; a wrong one is refused.
    assert endpoint.post("/v1/assisted-sessions", json={"code": "ZZZZZZZZ"}).status_code == 403
    started = endpoint.post("/v1/assisted-sessions", json={"code": code})
    assert started.status_code == 201 and started.json() == {"minutes": 30}
    assert endpoint.post("/v1/assisted-sessions", json={"code": code}).status_code == 403
    # Nothing ties the code to the helper: no operator column, and the audit log never
    # holds the code.
    columns = {c["name"] for c in inspect(endpoint.store.engine).get_columns("helper_codes")}
    assert columns == {"code_hash", "expires_at", "spent"}
    with endpoint.store.engine.connect() as conn:
        rows = conn.execute(select(audit_log)).all()
        stored = conn.execute(select(helper_codes.c.code_hash)).scalars().all()
    assert code not in repr(rows) and code not in stored
    assert [r.target for r in rows if r.action == "assisted.code"] == ["one-time code"]


def _answer(endpoint: RunningEndpoint, survey_id: str, option: str, *, assisted: bool) -> None:
    who = endpoint.register()
    body: dict[str, Any] = {"kind": "survey", "survey_id": survey_id, "question_id": "q1",
                            "option_id": option}
    if assisted:
        body["assisted"] = True
    sent = endpoint.send(who, [make_item(body)])
    assert sent.status_code == 200, sent.text


def _paper(editor: Console, survey_id: str, forms: int, walk: int) -> None:
    assert editor.get(f"/console/paper/{survey_id}").status_code == 200
    saved = editor.post(f"/console/paper/{survey_id}",
                        {"forms": str(forms), "q1:walk": str(walk), "q1:bus": str(forms - walk)})
    assert saved.status_code == 303, saved.text


def test_assisted_and_paper_contributions_are_counted_and_marked(
    endpoint: RunningEndpoint,
) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    for n in range(12):
        _answer(endpoint, survey_id, "walk" if n % 2 else "bus", assisted=False)
    for _ in range(3):
        _answer(endpoint, survey_id, "walk", assisted=True)
    _paper(editor, survey_id, 11, 4)
    # Three assisted: hidden, and a second channel with it, or 26 - 12 - 11 would tell.
    view = endpoint.get("/v1/channels").json()
    assert view["suppression_threshold"] == 10
    (row,) = [c for c in view["consultations"] if c["survey_id"] == survey_id]
    assert row["total"] == {"value": 26, "suppressed": False}
    assert row["assisted"] == {"value": None, "suppressed": True}
    assert row["paper"] == {"value": None, "suppressed": True}
    assert row["online"] == {"value": 12, "suppressed": False}
    for _ in range(7):
        _answer(endpoint, survey_id, "walk", assisted=True)
    (row,) = [c for c in endpoint.get("/v1/channels").json()["consultations"]
              if c["survey_id"] == survey_id]
    assert {k: row[k]["value"] for k in ("total", "online", "assisted", "paper")} == {
        "total": 33, "online": 12, "assisted": 10, "paper": 11}
    # The console's results page shows the same published row (London-wide only).
    page = editor.get("/console/results")
    assert page.status_code == 200 and "<h2>How people took part</h2>" in page.text
    title = row["title"]
    assert (f'<th scope="row">{title}</th><td class="num">33</td><td class="num">12</td>'
            f'<td class="num">10</td><td class="num">11</td>') in page.text
    assert "How people took part" not in editor.get(
        "/console/results", params={"borough": "Hackney"}).text
    # The paper answers themselves, per option, under the same rule as the online ones:
    # 4 walk, 7 bus, 0 car show only the 11 who answered.
    paper = _paper_q1(endpoint, survey_id)
    assert paper == {"respondents": 11, "walk": None, "bus": None, "car": None}
    _paper(editor, survey_id, 10, 6)  # a second batch: 10 walk, 11 bus, 0 car in all
    paper = _paper_q1(endpoint, survey_id)
    # "Nobody by car" would be a figure from no one: it hides, and walk with it.
    assert paper == {"respondents": 21, "walk": None, "bus": 11, "car": None}
    # Assisted answers count in the consultation's results like any other answer.
    results = endpoint.get("/v1/results").json()
    (question,) = [q for s in results["surveys"] if s["survey_id"] == survey_id
                   for q in s["questions"] if q["question_id"] == "q1"]
    assert question["respondents"]["value"] == 22
    # The mark is the only thing stored: no helper, no session, no code.
    columns = {c["name"] for c in inspect(endpoint.store.engine).get_columns(
        "assisted_contributions")}
    assert columns == {"contribution_id"}
    with endpoint.store.engine.connect() as conn:
        assert len(conn.execute(select(assisted_contributions)).all()) == 10
    channels = endpoint.get("/v1/channels").json()
    assert_no_disclosure([_as_results_view(channels)])
    assert_no_disclosure([{"suppression_threshold": 10, "surveys": channels["paper"]}])
    # The page lists the batch as paper.
    page = editor.get("/console/paper")
    assert "<td>11</td>" in page.text and "<td>10</td>" in page.text


def _paper_q1(endpoint: RunningEndpoint, survey_id: str) -> dict[str, int | None]:
    (survey,) = [s for s in endpoint.get("/v1/channels").json()["paper"]
                 if s["survey_id"] == survey_id]
    (q1,) = [q for q in survey["questions"] if q["question_id"] == "q1"]
    return {"respondents": q1["respondents"]["value"],
            **{o["option_id"]: o["count"]["value"] for o in q1["options"]}}


def test_a_paper_batch_with_more_ticks_than_forms_is_refused_whole(
    endpoint: RunningEndpoint,
) -> None:
    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    survey_id = _create(editor, org)
    assert editor.post(f"/console/consultations/{survey_id}/open").status_code == 303
    editor.get(f"/console/paper/{survey_id}")
    refused = editor.post(f"/console/paper/{survey_id}",
                          {"forms": "5", "q1:walk": "4", "q1:bus": "3"})
    assert refused.status_code == 422 and "more answers than paper forms" in refused.text
    assert endpoint.store.paper_batches() == []
    assert 'value="4"' in refused.text  # what was typed is kept


def _as_results_view(channels: dict[str, Any]) -> dict[str, Any]:
    """The channel table in the shape the auditor reads: a question's respondents over its
    options is the same tree (a total over disjoint cells)."""
    return {"suppression_threshold": channels["suppression_threshold"], "surveys": [
        {"survey_id": row["survey_id"], "title": row["title"], "questions": [
            {"question_id": "channels", "text": "How people took part",
             "respondents": row["total"],
             "options": [{"option_id": c, "label": c, "count": row[c]}
                         for c in ("online", "assisted", "paper")]}]}
        for row in channels["consultations"]]}


def test_channel_tables_pass_the_privacy_auditor() -> None:
    from endpoint.channels import channel_counts

    people = {"s1": {"online": 25, "assisted": 3, "paper": 12},
              "s2": {"online": 9, "assisted": 0, "paper": 30},
              "s3": {"online": 40, "assisted": 10, "paper": 0},
              "s4": {"online": 2, "assisted": 1, "paper": 1}}
    shown = channel_counts(people, {s: s.upper() for s in people}, 10)
    view = {"suppression_threshold": 10,
            "consultations": [row.model_dump(mode="json") for row in shown]}
    assert_no_disclosure([_as_results_view(view)])
    published = {row.survey_id: {k: getattr(row, k).value for k in
                                 ("total", "online", "assisted", "paper")} for row in shown}
    assert published == {
        "s1": {"total": 40, "online": 25, "assisted": None, "paper": None},
        # 9 online and 0 assisted hide together at 9 people: too few, so paper goes too.
        "s2": {"total": 39, "online": None, "assisted": None, "paper": None},
        # "nobody on paper" is a figure too: it hides, and the smallest other channel with it.
        "s3": {"total": 50, "online": 40, "assisted": None, "paper": None},
        "s4": {"total": None, "online": None, "assisted": None, "paper": None},
    }


def test_a_helper_account_is_made_from_the_command_line(
    tmp_path: Any, capsys: Any, monkeypatch: Any
) -> None:
    import io

    from endpoint.__main__ import main
    from endpoint.operators import ROLES, Operators
    from endpoint.store import Store

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough passphrase\n"))
    assert main(["operator", "--db", db, "add", "hal", "--role", "helper",
                 "--password-stdin"]) == 0
    store = Store(db)
    try:
        helper = Operators(store).get("hal")
        assert helper is not None and helper.role == "helper" and "helper" in ROLES
        assert helper.may_start_assisted and not helper.may_edit_anything
    finally:
        store.dispose()
