"""What an import leaves out because the profile already holds it (issue #23).

A carer imports the same spreadsheet every week, and the app's own exports come back (a second
computer, a restore of a laptop): refusing the whole file for thousands of "already in the
profile" lines, or adding every entry a second time, are both wrong. So each incoming record is
sorted into new (added), already here (skipped and counted) or a conflict (the import is refused
and nothing is added). "Already here" means:

- **A record with an id** (every record in the app's FHIR files; CSV rows with the `id` column,
  which the app's own export writes): the profile holds that id with the same content, compared
  as stored (times to the millisecond). The same id with different content is a conflict: one
  copy was edited since the file was made, and an import never overwrites the person's record,
  nor keeps a stale copy while saying "already here". A plan version has a number rather than an
  id, and numbers are given afresh on import: it is already here when a version of the profile
  equals it in everything but its number (same plan, saved at the same moment).
- **A CSV row without an id** (a spreadsheet typed or kept by hand): the profile holds an entry
  for the same tracker at the same moment with the same value (a text tracker's value is its
  text). Without an id, that is what makes two entries the same reading; the note is left out
  because people add and change notes afterwards, and a reading with a note added is still the
  same reading. Matched one for one: a file holding two identical rows adds both the first time,
  and the second time finds both already here, but only one if the profile has only one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any
from uuid import UUID

from planner.vault.bulk import read_all
from planner.vault.codec import to_ms
from planner.vault.entry_lookup import entries_by_id
from planner.vault.snapshot import Snapshot
from planner.vault.vault import Vault

# A checked CSV row, as planner.share.csv.EntryRow: (id, tracker key, at, value, text, note).
CsvRow = tuple[bytes, str, datetime, float | None, str | None, str]
# A log entry as stored: (tracker row number, ms since the epoch, value, text, note).
Stored = tuple[int, int, float | None, str | None, str]
Conflict = Callable[[str, str], None]  # (where, message), as importing.Problems.add takes

DIFFERENT = "the profile already has an entry with this id, with a different {what}"


def stored_entries(vault: Vault, ids: Iterable[bytes]) -> dict[bytes, Stored]:
    """The stored content of those of `ids` the profile holds (entry_lookup.entries_by_id)."""
    return {
        i: (int(tracker), int(at), value, text, note or "")
        for i, tracker, at, value, text, note in entries_by_id(
            vault, ids, "e.id, e.tracker, e.at, e.value, e.text, e.note"
        )
    }


def difference(mine: Stored, theirs: Stored) -> str | None:
    """Which part of an entry differs (for the person's "line 7: ..."), or None when none."""
    for what, a, b in (
        ("tracker", mine[0], theirs[0]),
        ("time", mine[1], theirs[1]),
        ("value", mine[2], theirs[2]),
        ("text", mine[3] or None, theirs[3] or None),
        ("note", mine[4] or "", theirs[4] or ""),
    ):
        if a != b:
            return what
    return None


class AlreadyHere:
    """The CSV import's sorter: `parse_rows` hands it the checked rows, it keeps the new ones,
    counts those already here in `skipped`, and reports each conflict by its line."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.skipped = 0

    def __call__(
        self, rows: list[CsvRow], lines: dict[bytes, int], unnamed: set[bytes],
        conflict: Conflict,
    ) -> list[CsvRow]:
        numbers = {str(k): int(n) for n, k in self.vault.store.query(
            "SELECT n, key FROM trackers"
        )}
        named = [r[0] for r in rows if r[0] not in unnamed]
        stored = stored_entries(self.vault, named) if named else {}
        loose = self._loose(rows, unnamed, numbers) if unnamed else Counter()
        if not stored and not loose:  # all new (a first import): nothing to compare
            return rows
        kept: list[CsvRow] = []
        for row in rows:
            entry_id, key, at, value, text, note = row
            if entry_id in unnamed:
                same = (numbers[key], to_ms(at), value, text if value is None else None)
                if loose[same] > 0:
                    loose[same] -= 1
                    self.skipped += 1
                    continue
            elif entry_id in stored:
                what = difference((numbers[key], to_ms(at), value, text, note),
                                  stored[entry_id])
                if what is None:
                    self.skipped += 1
                else:
                    conflict(f"line {lines[entry_id]}", DIFFERENT.format(what=what))
                continue
            kept.append(row)
        return kept

    def _loose(
        self, rows: list[CsvRow], unnamed: set[bytes], numbers: dict[str, int]
    ) -> Counter[tuple[int, int, float | None, str | None]]:
        """How many entries the profile holds for each (tracker, time, value) the rows
        without ids have: one range of the (tracker, at) index read per tracker."""
        spans: dict[int, tuple[int, int]] = {}
        for entry_id, key, at, *_ in rows:
            if entry_id in unnamed:
                n, ms = numbers[key], to_ms(at)
                low, high = spans.get(n, (ms, ms))
                spans[n] = (min(low, ms), max(high, ms))
        held: Counter[tuple[int, int, float | None, str | None]] = Counter()
        for n, (low, high) in spans.items():
            for at, value, text in self.vault.store.query(
                "SELECT at, value, text FROM log_entries WHERE tracker = ? AND at BETWEEN ? "
                "AND ?",
                (n, low, high),
            ):
                held[(n, int(at), value, text if value is None else None)] += 1
        return held


# Snapshot fields whose records carry an `id`, and their words in Snapshot.counts.
WITH_IDS = (
    ("trackers", "trackers", "tracker"),
    ("goals", "goals", "goal"),
    ("questionnaires", "questionnaires", "questionnaire"),
    ("reminders", "reminders", "reminder"),
    ("medicines", "medicines", "medicine"),
    ("doses", "doses", "dose"),
    ("appointments", "appointments", "appointment"),
    ("referrals", "social prescribing referrals", "referral"),
    ("chosen_services", "chosen services", "chosen service"),
    ("attendance", "attendance records", "attendance record"),
    ("decisions", "decisions", "decision"),
    ("treatment_referrals", "treatment referrals", "treatment referral"),
    ("budgets", "personal health budgets", "budget"),
    ("spends", "budget spends", "spend"),
)


def leave_out_present(vault: Vault, snapshot: Snapshot) -> tuple[Snapshot, dict[str, int],
                                                                   list[str]]:
    """`snapshot` without the records the profile already holds (see the module's rules), how
    many of each kind were left out (Snapshot.counts' words), and the conflicts: records whose
    id the profile holds with different content. With any conflict the caller refuses the
    file."""
    conflicts: list[str] = []
    skipped: dict[str, int] = {}
    update: dict[str, Any] = {}
    mine = read_all(vault, with_logs=False)
    for field, words, kind in WITH_IDS:
        incoming = getattr(snapshot, field)
        if not incoming:
            continue
        have = {x.id: x for x in getattr(mine, field)}
        kept = []
        for record in incoming:
            held = have.get(record.id)
            if held is None:
                kept.append(record)
            elif held == record:
                skipped[words] = skipped.get(words, 0) + 1
            else:
                conflicts.append(
                    f"{kind} {record.id} is already in this profile, with different details"
                )
        update[field] = tuple(kept)
    if snapshot.receipts:  # a receipt travels with its spend: left out with it
        kept_spends = {spend.id for spend in update.get("spends", snapshot.spends)}
        update["receipts"] = tuple(r for r in snapshot.receipts if r.spend_id in kept_spends)
    if snapshot.plan_versions:
        versions = [v.model_dump(exclude={"version"}) for v in mine.plan_versions]
        kept_versions = [
            v for v in snapshot.plan_versions if v.model_dump(exclude={"version"}) not in versions
        ]
        if len(kept_versions) < len(snapshot.plan_versions):
            skipped["plan versions"] = len(snapshot.plan_versions) - len(kept_versions)
        update["plan_versions"] = tuple(kept_versions)
    if snapshot.log_entries:
        kept_entries, n, clashes = _entries(vault, snapshot)
        update["log_entries"] = kept_entries
        if n:
            skipped["log entries"] = n
        conflicts += clashes
    order = list(Snapshot().counts())  # the order the person reads counts in elsewhere
    skipped = dict(sorted(skipped.items(), key=lambda kv: order.index(kv[0])))
    return snapshot.model_copy(update=update), skipped, conflicts


def _entries(vault: Vault, snapshot: Snapshot) -> tuple[tuple[Any, ...], int, list[str]]:
    numbers = {UUID(i): int(n) for n, i in vault.store.query("SELECT n, id FROM trackers")}
    stored = stored_entries(vault, (e.id.bytes for e in snapshot.log_entries))
    kept = []
    skipped = 0
    conflicts: list[str] = []
    for entry in snapshot.log_entries:
        held = stored.get(entry.id.bytes)
        if held is None:
            kept.append(entry)
            continue
        mine = (numbers.get(entry.tracker_id, -1), to_ms(entry.at), entry.value, entry.text,
                entry.note)
        what = difference(mine, held)
        if what is None:
            skipped += 1
        else:
            conflicts.append(f"log entry {entry.id}: {DIFFERENT.format(what=what)}")
    return tuple(kept), skipped, conflicts
