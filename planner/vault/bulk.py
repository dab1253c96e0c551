"""Reading and writing a whole profile at once, for backups, restores and imports.

The repositories write one aggregate per transaction, which is right for the app's screens but
wrong for an import: a restore that failed after the goals but before the log entries would leave
a profile that is neither the old one nor the new one. Here every write is ONE transaction, after
every check has passed, so an import either lands whole or changes nothing.

This module mirrors the column layout the repositories use (see codec.py and each repository);
a new migration that changes those tables must change this file too (the round-trip tests fail
if it does not). What a whole profile holds, with the row shapes of the participation tables,
is `planner.vault.snapshot.Snapshot`.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from operator import itemgetter
from typing import Any
from uuid import UUID

import sqlcipher3

from planner.domain.base import now
from planner.domain.summary import HealthSummary
from planner.domain.tracker import Tracker, TrackerKind
from planner.errors import ValidationFailed
from planner.instruments import AnswerError, validate_response
from planner.vault import store
from planner.vault.bulk_care import CARE_TABLES, CLASH_TABLES, check_care, read_care, write_care
from planner.vault.codec import EPOCH, dump, to_ms
from planner.vault.logs import Row, merge_days, summarise
from planner.vault.medicines import dose_row, slot_of
from planner.vault.snapshot import ConsentRow, OutboxRow, Snapshot, SyncStateRow
from planner.vault.social import (
    INSERT_ATTENDANCE,
    INSERT_CHOSEN,
    INSERT_REFERRAL,
    attendance_row,
    chosen_row,
    referral_row,
)
from planner.vault.vault import Vault

PERSON_KEY = "person"  # the meta row PersonRepository uses
PATIENT_ID_KEY = "share.patient_id"  # the FHIR Patient id, kept so it survives device moves

# Tables this module owns the contents of during replace_all, children first.
TABLES = (
    *CARE_TABLES,  # migration 8, children first (bulk_care.py)
    "log_days",  # derived from log_entries (logs.py); rebuilt from what is written
    "entry_authors",  # who entered a log entry, when a carer did (issue #24)
    "log_entries",
    "trackers",
    "goals",
    "plan_versions",
    "questionnaire_responses",
    "reminders",
    "consents",
    "outbox",
    "doses",  # before medicines, which they refer to
    "medicines",
    "appointments",
    "health_summary",
    "attendance",  # before chosen_services, which it refers to
    "chosen_services",  # before social_referrals
    "social_referrals",
)
PARTICIPATION_TABLES = ("consents", "outbox", "sync_state")

# The participation purposes and outbox states (sync/consent.py and migration 3 define them;
# planner cannot import sync, so the lists are repeated here and a test keeps them equal).
PURPOSES = ("directory", "surveys", "feedback", "wellbeing", "outcomes", "panel")
SENDING_PURPOSES = ("surveys", "feedback", "wellbeing", "outcomes")
# sync_state keys that let this computer reach what it already sent (to withdraw it): a restore
# over a profile keeps the profile's own rather than lose them (see replace_all).
CREDENTIAL_PREFIXES = ("token:", "contributor:", "withdraw:")


# -- reading ------------------------------------------------------------------------------


def stored_patient_id(vault: Vault) -> UUID | None:
    rows = vault.store.query("SELECT value FROM meta WHERE key = ?", (PATIENT_ID_KEY,))
    return UUID(rows[0][0]) if rows else None


def patient_id(vault: Vault) -> UUID:
    """The FHIR Patient id: the one kept from an earlier import or restore, else the profile's."""
    return stored_patient_id(vault) or vault.profile_id


def read_all(vault: Vault, *, with_logs: bool = True) -> Snapshot:
    """The whole profile as one snapshot (log entries oldest first, plan versions in order).

    `with_logs=False` leaves the log entries out, for callers that stream only a period of them
    (the FHIR export): validating 200,000 entries nobody asked for cost seconds."""
    return Snapshot(
        person=vault.person.get(),
        patient_id=patient_id(vault),
        trackers=tuple(vault.trackers.all(include_archived=True)),
        log_entries=tuple(vault.logs.iterate()) if with_logs else (),
        goals=tuple(vault.goals.all()),
        plan_versions=tuple(vault.plans.history()),
        questionnaires=tuple(vault.questionnaires.all()),
        reminders=tuple(vault.reminders.all()),
        **_read_participation(vault),
        medicines=tuple(vault.medicines.all()),
        doses=tuple(vault.doses.all()),
        appointments=tuple(vault.appointments.all()),
        summary=_summary_if_any(vault),
        referrals=tuple(vault.referrals.all()),
        chosen_services=tuple(vault.chosen_services.all()),
        attendance=tuple(vault.attendance.all()),
        **read_care(vault),
    )


def _summary_if_any(vault: Vault) -> HealthSummary | None:
    summary = vault.summary.get()
    return None if summary == HealthSummary() else summary


def _read_participation(vault: Vault) -> dict[str, Any]:
    query = vault.store.query
    return {
        "consents": tuple(
            ConsentRow(purpose=p, action=a, text_version=v, at=t)
            for p, a, v, t in query(
                "SELECT purpose, action, text_version, at FROM consents ORDER BY n"
            )
        ),
        "outbox": tuple(
            OutboxRow(
                id=UUID(i), purpose=p, created_at=c, body=b, state=s, attempts=int(n),
                sent_at=sa, endpoint=e,
            )
            for i, p, c, b, s, n, sa, e in query(
                "SELECT id, purpose, created_at, body, state, attempts, sent_at, endpoint "
                "FROM outbox ORDER BY created_at, id"
            )
        ),
        "sync_state": tuple(
            SyncStateRow(key=k, value=v)
            for k, v in query("SELECT key, value FROM sync_state ORDER BY key")
        ),
    }


def has_participation(vault: Vault) -> bool:
    """Whether the profile has any consent, outbox item or sync setting of its own."""
    return any(
        vault.store.query(f"SELECT 1 FROM {table} LIMIT 1") for table in PARTICIPATION_TABLES
    )


# -- checking -----------------------------------------------------------------------------


def _repeats(kind: str, ids: Iterable[object]) -> list[str]:
    counts = Counter(ids)
    return [f"{kind} {value} appears {n} times" for value, n in counts.items() if n > 1]


def check(
    snapshot: Snapshot,
    existing_trackers: Iterable[Tracker] = (),
    existing_medicines: Iterable[UUID] = (),
    existing_referrals: Iterable[UUID] = (),
    existing_chosen: Iterable[UUID] = (),
    existing_budgets: Iterable[UUID] = (),
) -> list[str]:
    """Problems inside the snapshot itself (repeated ids, entries for missing trackers, values a
    tracker would refuse, questionnaire answers that do not fit). [] when it can be written.

    The models validated each record on its own; these are the rules that need more than one
    record to check, which pydantic cannot see.
    """
    problems: list[str] = []
    problems += _repeats("tracker", (t.id for t in snapshot.trackers))
    problems += _repeats("tracker name", (t.key for t in snapshot.trackers))
    problems += _repeats("log entry", (e.id for e in snapshot.log_entries))
    problems += _repeats("goal", (g.id for g in snapshot.goals))
    problems += _repeats("plan version", (v.version for v in snapshot.plan_versions))
    problems += _repeats("questionnaire", (q.id for q in snapshot.questionnaires))
    problems += _repeats("reminder", (r.id for r in snapshot.reminders))
    problems += _repeats("outbox item", (o.id for o in snapshot.outbox))
    problems += _repeats("sync setting", (s.key for s in snapshot.sync_state))
    problems += _repeats("medicine", (m.id for m in snapshot.medicines))
    problems += _repeats("dose", (d.id for d in snapshot.doses))
    problems += _repeats("appointment", (a.id for a in snapshot.appointments))
    scheduled = [d for d in snapshot.doses if d.due is not None]
    problems += _repeats(
        "the dose of medicine and time", ((d.medicine_id, slot_of(d.due)) for d in scheduled)
    )
    problems += _repeats(
        "the dose of medicine at", ((d.medicine_id, to_ms(d.due)) for d in scheduled if d.due)
    )
    known = {m.id for m in snapshot.medicines} | set(existing_medicines)
    for dose in snapshot.doses:
        if dose.medicine_id not in known:
            problems.append(f"dose {dose.id} is for a medicine that is not there")
    problems += _repeats("referral", (r.id for r in snapshot.referrals))
    problems += _repeats("chosen service", (c.id for c in snapshot.chosen_services))
    problems += _repeats("attendance record", (a.id for a in snapshot.attendance))
    problems += _repeats(
        "the attendance of service and day", ((a.chosen_id, a.on) for a in snapshot.attendance)
    )
    referrals = {r.id for r in snapshot.referrals} | set(existing_referrals)
    for chosen in snapshot.chosen_services:
        if chosen.referral_id is not None and chosen.referral_id not in referrals:
            problems.append(f"chosen service {chosen.id} is for a referral that is not there")
    chosen_ids = {c.id for c in snapshot.chosen_services} | set(existing_chosen)
    for record in snapshot.attendance:
        if record.chosen_id not in chosen_ids:
            problems.append(f"attendance record {record.id} is for a service that is not there")
    problems += check_care(snapshot, existing_budgets)

    trackers = {t.id: t for t in existing_trackers}
    trackers.update({t.id: t for t in snapshot.trackers})
    for entry in snapshot.log_entries:
        tracker = trackers.get(entry.tracker_id)
        if tracker is None:
            problems.append(f"log entry {entry.id} is for a tracker that is not there")
            continue
        try:
            if entry.value is not None:
                tracker.check_value(entry.value)
            elif tracker.kind is not TrackerKind.TEXT:
                raise ValueError(f"{tracker.label}: the entry has no value")
        except ValueError as exc:
            problems.append(f"log entry {entry.id}: {exc}")
    for response in snapshot.questionnaires:
        try:
            validate_response(response)
        except AnswerError as exc:
            problems.append(f"questionnaire {response.id}: {exc}")
    return problems


# What a write of many log entries lands all over: the id index (random ids) and both time
# indexes (the entries spread over the years), read into the write's page cache while the file
# is checked (`prepare_entries_write`; planner/vault/apart.py says why).
WARM_ENTRY_INDEXES = (
    "SELECT sum(length(id)) FROM log_entries INDEXED BY sqlite_autoindex_log_entries_1",
    "SELECT sum(at) FROM log_entries INDEXED BY log_entries_by_time",
    "SELECT sum(tracker) FROM log_entries INDEXED BY log_entries_by_tracker_time",
)


def prepare_entries_write(vault: Vault, rows: int) -> None:
    """For an import of about `rows` log entries: a big one's write connection warmed in a
    thread meanwhile (`Store.prepare_bulk_write`)."""
    if rows >= store.BULK_WRITE_AT:
        vault.store.prepare_bulk_write(vault.data_key, WARM_ENTRY_INDEXES)


SORT_STEP = 2048


def sorted_in_steps(items: list[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """`sorted(items, key=key)` in short steps: one `sorted` of 100,000 rows is one call that
    holds Python's interpreter lock throughout (0.4-0.8 s with the machine loaded), and the
    window waits that long for its next event. Runs of SORT_STEP are sorted, then merged by
    heapq.merge, whose Python loop lets the UI thread in between items."""
    if len(items) <= SORT_STEP:
        return sorted(items, key=key)
    runs = [sorted(items[i : i + SORT_STEP], key=key) for i in range(0, len(items), SORT_STEP)]
    return list(heapq.merge(*runs, key=key))


def change_mark(vault: Vault) -> tuple[int, int]:
    """Changes so far to the profile, by this connection and by any other (another process):
    equal marks mean nothing was written in between, so a check made then still holds."""
    conn = vault.store.conn
    return int(conn.total_changes), int(conn.execute("PRAGMA data_version").fetchone()[0])


class StaleRows(Exception):
    """Checked rows that no longer fit the profile: one of their ids is in it now, or one of
    their trackers is gone (changed by another process since the check). Nothing was added."""


def add_checked_entries(
    vault: Vault, rows: list[tuple[bytes, str, datetime, float | None, str | None, str]]
) -> int:
    """Add log entries that were checked already (the CSV import's parse: known trackers,
    values each tracker accepts, ids neither repeated nor in the profile), in one
    transaction with their day summaries; returns how many. Each row is (id, tracker key,
    at, value, text, note), in file order. The rows are handed over: `rows` is left empty
    (`release`), whether they were added or not.

    The rows go in in time order, entries at the same moment in file order (a stable sort;
    an export's file is in that order already, so nothing moves), and SQLite numbers them in
    that order: the table and its two time indexes are appended to or walked once, and row
    numbers keep the file's order among entries at the same moment, as lists and exports
    show them. Only the random ids land all over their index, whose pages the import's page
    cache holds (`Store.bulk_write`); in file order with the usual 8 MiB cache the same
    import missed the cache on most rows (45.9 s on the loaded 2-core box), and id order
    made both time indexes random instead (benchmarks/README.md).
    Raises StaleRows, having added nothing, when the UNIQUE id index or a missing tracker
    refuses the rows.
    """
    epoch = EPOCH
    table: list[Any] = []
    try:
        with vault.store.bulk_write(vault.data_key, rows=len(rows)) as c:
            numbers = {k: int(n) for n, k in c.execute("SELECT n, key FROM trackers")}
            append = table.append
            ordered, previous = True, -(1 << 62)
            for entry_id, key, at, value, text, note in rows:
                delta = at - epoch  # to_ms, inlined: 100,000 calls
                ms = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
                append((entry_id, numbers[key], ms, value, text, note))
                if ms < previous:
                    ordered = False
                previous = ms
            release(rows)
            if not ordered:  # in time order, stably: rows at one moment keep the file's order
                table = sorted_in_steps(table, key=itemgetter(2))
            c.executemany(
                "INSERT INTO log_entries(id, tracker, at, value, text, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                table,
            )
            merge_days(c, summarise(table))
            if vault.author is not None:  # a carer's import: each entry names them
                c.executemany("INSERT INTO entry_authors(entry, author) VALUES (?, ?)",
                              [(row[0], vault.author) for row in table])
            vault.store.changed(c, "log entries", len(table))
    except (sqlcipher3.IntegrityError, KeyError):
        raise StaleRows from None
    finally:
        vault.trackers.forget_cache()
        release(rows)
        added = len(table)
        release(table)
    return added


def release(items: list[Any]) -> None:
    """Empty a big list a step at a time. Freeing 100,000 rows in one go is one C call that
    holds Python's interpreter lock throughout (the import's rows: 20-70 ms on the 2-core
    box), and the window cannot paint meanwhile; between steps the UI thread gets in."""
    while items:
        del items[-SORT_STEP:]


def _clashes(vault: Vault, snapshot: Snapshot) -> list[str]:
    """Records the profile already holds: refused, because an import must never overwrite."""
    problems: list[str] = []
    have = {t.id: t for t in vault.trackers.all(include_archived=True)}
    keys = {t.key for t in have.values()}
    for tracker in snapshot.trackers:
        if tracker.id in have:
            problems.append(f"tracker '{tracker.key}' is already in this profile")
        elif tracker.key in keys:
            problems.append(f"there is already a tracker called '{tracker.key}'")

    def existing(table: str, column: str, values: list[Any]) -> set[Any]:
        found: set[Any] = set()
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = vault.store.query(
                f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
            )
            found.update(r[0] for r in rows)
        return found

    for entry_id in existing("log_entries", "id", [e.id.bytes for e in snapshot.log_entries]):
        problems.append(f"log entry {UUID(bytes=entry_id)} is already in this profile")
    for kind, table, items in (
        ("goal", "goals", snapshot.goals),
        ("questionnaire", "questionnaire_responses", snapshot.questionnaires),
        ("reminder", "reminders", snapshot.reminders),
        ("medicine", "medicines", snapshot.medicines),
        ("dose", "doses", snapshot.doses),
        ("appointment", "appointments", snapshot.appointments),
        ("referral", "social_referrals", snapshot.referrals),
        ("chosen service", "chosen_services", snapshot.chosen_services),
        ("attendance record", "attendance", snapshot.attendance),
        *((kind, table, getattr(snapshot, name)) for kind, table, name in CLASH_TABLES),
    ):
        for found in existing(table, "id", [str(x.id) for x in items]):
            problems.append(f"{kind} {found} is already in this profile")
    slots = {(str(d.medicine_id), slot_of(d.due)): d.id for d in snapshot.doses if d.due}
    for medicine_id in {m for m, _ in slots}:
        for (slot,) in vault.store.query(
            "SELECT slot FROM doses WHERE medicine_id = ? AND slot IS NOT NULL", (medicine_id,)
        ):
            if (medicine_id, slot) in slots:
                problems.append(f"dose {slots[medicine_id, slot]} is already recorded here")
    days = {(str(a.chosen_id), a.on.isoformat()): a.id for a in snapshot.attendance}
    for chosen_id in {c for c, _ in days}:
        for (day,) in vault.store.query(
            "SELECT on_day FROM attendance WHERE chosen_id = ?", (chosen_id,)
        ):
            if (chosen_id, day) in days:
                problems.append(f"attendance record {days[chosen_id, day]} is already here")
    return problems


# -- writing ------------------------------------------------------------------------------


def _write(
    c: Any, snapshot: Snapshot, *, first_version: int, author: str | None = None
) -> None:
    """Insert every record with the connection `c` inside an open transaction; `author`
    (a carer's session) is named on log entries that name nobody."""
    if snapshot.person is not None:
        c.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (PERSON_KEY, dump(snapshot.person)),
        )
    if snapshot.patient_id is not None:
        c.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
            (PATIENT_ID_KEY, str(snapshot.patient_id)),
        )
    c.executemany(
        "INSERT INTO trackers(id, key, body) VALUES (?, ?, ?)",
        [(str(t.id), t.key, dump(t)) for t in snapshot.trackers],
    )
    numbers = {UUID(i): int(n) for n, i in c.execute("SELECT n, id FROM trackers")}
    entries: list[Row] = [
        (e.id.bytes, numbers[e.tracker_id], to_ms(e.at), e.value, e.text, e.note)
        for e in snapshot.log_entries
    ]
    c.executemany(
        "INSERT INTO log_entries(id, tracker, at, value, text, note) VALUES (?, ?, ?, ?, ?, ?)",
        entries,
    )
    # The per-day summary streaks and long charts read, in this same transaction.
    merge_days(c, summarise(entries))
    c.executemany(
        "INSERT OR REPLACE INTO entry_authors(entry, author) VALUES (?, ?)",
        [(e.id.bytes, e.author or author) for e in snapshot.log_entries
         if e.author is not None or author is not None],
    )
    c.executemany(
        "INSERT INTO goals(id, status, updated_at, body) VALUES (?, ?, ?, ?)",
        [(str(g.id), g.status.value, g.updated_at.isoformat(), dump(g)) for g in snapshot.goals],
    )
    versions = sorted(snapshot.plan_versions, key=lambda v: v.version)
    rows = []
    for offset, version in enumerate(versions):
        numbered = version.edit(version=first_version + offset)
        rows.append((numbered.version, numbered.saved_at.isoformat(), dump(numbered)))
    c.executemany("INSERT INTO plan_versions(version, saved_at, body) VALUES (?, ?, ?)", rows)
    c.executemany(
        "INSERT INTO questionnaire_responses(id, instrument, completed_at, body) "
        "VALUES (?, ?, ?, ?)",
        [
            (str(q.id), q.instrument, to_ms(q.completed_at), dump(q))
            for q in snapshot.questionnaires
        ],
    )
    c.executemany(
        "INSERT INTO reminders(id, body) VALUES (?, ?)",
        [(str(r.id), dump(r)) for r in snapshot.reminders],
    )
    c.executemany(  # in ledger order, so the new row numbers keep it
        "INSERT INTO consents(purpose, action, text_version, at) VALUES (?, ?, ?, ?)",
        [(r.purpose, r.action, r.text_version, r.at) for r in snapshot.consents],
    )
    c.executemany(
        "INSERT INTO outbox(id, purpose, created_at, body, state, attempts, sent_at, endpoint) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (str(o.id), o.purpose, o.created_at, o.body, o.state, o.attempts, o.sent_at,
             o.endpoint)
            for o in snapshot.outbox
        ],
    )
    c.executemany(
        "INSERT INTO sync_state(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO NOTHING",  # replace_all may have kept this profile's own
        [(s.key, s.value) for s in snapshot.sync_state],
    )
    added = to_ms(now())
    c.executemany(
        "INSERT INTO medicines(id, added_at, body) VALUES (?, ?, ?)",
        [(str(m.id), added, dump(m)) for m in snapshot.medicines],
    )
    c.executemany(
        "INSERT INTO doses(id, medicine_id, due, slot, t, status, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [dose_row(d) for d in snapshot.doses],
    )
    c.executemany(
        "INSERT INTO appointments(id, at, body) VALUES (?, ?, ?)",
        [(str(a.id), to_ms(a.at), dump(a)) for a in snapshot.appointments],
    )
    if snapshot.summary is not None:
        c.execute(
            "INSERT INTO health_summary(id, body) VALUES (1, ?) "
            "ON CONFLICT(id) DO UPDATE SET body = excluded.body",
            (dump(snapshot.summary),),
        )
    c.executemany(INSERT_REFERRAL, [referral_row(r) for r in snapshot.referrals])
    c.executemany(INSERT_CHOSEN, [chosen_row(x) for x in snapshot.chosen_services])
    c.executemany(INSERT_ATTENDANCE, [attendance_row(a) for a in snapshot.attendance])
    write_care(c, snapshot)


def insert_all(vault: Vault, snapshot: Snapshot) -> None:
    """Add everything in `snapshot` to the profile in one transaction, or nothing at all.

    Merging rules, chosen so an import never silently overwrites what the person has:
    records whose id is already in the profile are refused (ValidationFailed lists them);
    the person's details are taken only if the profile has none yet; plan versions are added
    after the profile's own, keeping their order, because the history only ever grows.
    Consents, the outbox and sync settings are taken whole, and only into a profile that has
    none of its own (a restore as a new profile): merging another file's "given" rows must never
    switch sharing on, or queue someone else's contributions, behind the person's back.
    """
    have = vault.trackers.all(include_archived=True)
    medicines = [m.id for m in vault.medicines.all()]
    referrals = [r.id for r in vault.referrals.all()]
    chosen = [x.id for x in vault.chosen_services.all()]
    budgets = [b.id for b in vault.budgets.all()]
    problems = check(snapshot, have, medicines, referrals, chosen, budgets)
    problems += _clashes(vault, snapshot)
    if problems:
        raise ValidationFailed(_summary(problems), problems)
    if vault.person.get() is not None:
        # The profile is someone's already: keep their details and their FHIR identity.
        snapshot = snapshot.model_copy(update={"person": None, "patient_id": None})
    if vault.summary.get() != HealthSummary():
        snapshot = snapshot.model_copy(update={"summary": None})  # keep the person's own
    if snapshot.has_participation and has_participation(vault):
        snapshot = snapshot.model_copy(update={"consents": (), "outbox": (), "sync_state": ()})
    try:
        with vault.store.transaction() as c:
            (last,) = c.execute("SELECT coalesce(max(version), 0) FROM plan_versions").fetchone()
            _write(c, snapshot, first_version=int(last) + 1, author=vault.author)
    finally:
        vault.trackers.forget_cache()


def replace_all(vault: Vault, snapshot: Snapshot) -> None:
    """Make the profile hold exactly `snapshot` (a restore over an existing profile).

    One transaction: if anything fails the old contents are all still there. Tables this module
    does not know (added later by other features) are left alone.

    The consent ledger, outbox and sync settings are replaced too, except the profile's own
    contributor tokens and ids (and pending withdrawals): they are what lets this computer ask
    the endpoint to delete what it already sent, and an older backup may not hold them.
    """
    problems = check(snapshot)
    if problems:
        raise ValidationFailed(_summary(problems), problems)
    first = min((v.version for v in snapshot.plan_versions), default=1)
    kept = " AND ".join("key NOT LIKE ?" for _ in CREDENTIAL_PREFIXES)
    try:
        with vault.store.transaction() as c:
            for table in TABLES:
                c.execute(f"DELETE FROM {table}")
            c.execute(
                f"DELETE FROM sync_state WHERE {kept}",
                tuple(f"{prefix}%" for prefix in CREDENTIAL_PREFIXES),
            )
            c.execute("DELETE FROM meta WHERE key IN (?, ?)", (PERSON_KEY, PATIENT_ID_KEY))
            _write(c, snapshot, first_version=first, author=vault.author)
    finally:
        vault.trackers.forget_cache()


def _summary(problems: list[str]) -> str:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"Nothing was imported: {first}{more}."
