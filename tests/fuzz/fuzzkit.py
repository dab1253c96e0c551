"""Shared pieces of the fuzz suites: hypothesis profiles, a small realistic profile to import into,
valid inputs to mutate, and the canonical dump that says "nothing changed".

Profiles: `fast` (50 examples a test) is what `make test` runs; `make soak` sets
HYPOTHESIS_PROFILE=soak (2,000 examples a test). They are applied with `@FUZZ` on these tests
only, so the rest of the suite keeps hypothesis's own defaults.

The atheris harnesses (tests/fuzz/atheris_*.py, run by `make soak`) import this module too, so
it must not import pytest.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sealing
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from planner import demo
from planner.errors import InputError
from planner.share import backup, fhir
from planner.share import csv as csv_share
from planner.vault import KdfParams, Profiles, Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
SMALL = "Small"
SMALL_PASS = "small pass"
BACKUP_PASS = "fuzz backup pass"

_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
          HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("fast", max_examples=50, deadline=None, suppress_health_check=_QUIET,
                          print_blob=True)
settings.register_profile("soak", max_examples=2000, deadline=None,
                          suppress_health_check=_QUIET, print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fast")
if PROFILE not in ("fast", "soak"):
    raise RuntimeError(f"HYPOTHESIS_PROFILE must be 'fast' or 'soak', not {PROFILE!r}")
FUZZ = settings(settings.get_profile(PROFILE))

ALLOWED = (InputError,)  # planner.errors: WrongPassphrase, InvalidFile, ValidationFailed, ...


# -- the small profile -----------------------------------------------------------------------


def build_small(folder: Path) -> Path:
    """A data folder holding "Small": the demo's last three days (every kind of record: person,
    trackers, entries, goals, plan versions, questionnaires), a consent and an outbox item."""
    from sync import consent, outbox

    demo_home = folder / "demo"
    made, _ = Profiles(demo_home, kdf=CHEAP).create(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    try:
        demo.populate(made)
        bundle = fhir.export_bundle(made, datetime.now(UTC) - timedelta(days=3))
    finally:
        made.lock()
    shutil.rmtree(demo_home)
    home = folder / "small"
    vault, _ = Profiles(home, kdf=CHEAP).create(SMALL, SMALL_PASS)
    try:
        snapshot, _notes = fhir.parse_bundle(bundle, [])
        from planner.vault.bulk import insert_all

        insert_all(vault, snapshot)
        consent.record(vault, "feedback", "given")
        outbox.queue_feedback(vault, "svc-1", "good", "Kind")
    finally:
        vault.lock()
    return home


def copy_small(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def open_small(home: Path) -> Vault:
    return Profiles(home, kdf=CHEAP).unlock(SMALL, SMALL_PASS)


def content(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean equal contents (SQLCipher pages differ
    after any write, even a rolled-back one, so bytes on disk cannot be compared)."""
    conn = vault.store.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')), key=repr)
            for t in tables}


# -- valid inputs to start from ----------------------------------------------------------------


def small_inputs(vault: Vault) -> dict[str, Any]:
    """A FHIR bundle (as JSON-able data), a CSV export and a backup of `vault`."""
    return {
        "bundle": fhir.export_bundle(vault),
        "csv": csv_share.export_csv(vault).decode("utf-8-sig"),
        "backup": backup.make_backup(vault, BACKUP_PASS, kdf=CHEAP),
    }


def seal(plain: bytes, passphrase: str = BACKUP_PASS, *, compress: bool = True) -> bytes:
    """`sealing.seal` with the fuzzers' passphrase and KDF."""
    return sealing.seal(plain, passphrase, CHEAP, compress=compress)


# -- mutating JSON -----------------------------------------------------------------------------

json_scalars = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
                | st.sampled_from(["", "2026-03-01", "2026-03-01T08:00:00+00:00",
                                   "2026-02-30T08:00:00Z", "9999-12-31T23:59:59-23:59",
                                   "0001-01-01T00:00:00+14:00", "urn:uuid:x", "NaN",
                                   "00000000-0000-0000-0000-000000000000", "9990000018",
                                   "http://loinc.org", "\u0000", "\ud800x"[:1] + "x", "-1e309"]))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, parents before children."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, document: Any, most: int = 3) -> Any:
    """`document` with 1..`most` changes: a value replaced, a key dropped or added, a list
    item repeated or removed. Changes deep inside real files reach the checks a random file
    never gets past."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, most))):
        places = paths(doc)
        where = draw(st.sampled_from(places))
        parent: Any = doc
        for step in where[:-1]:
            parent = parent[step]
        if not where:
            return draw(json_values)
        last = where[-1]
        action = draw(st.sampled_from(["replace", "drop", "add", "repeat", "type"]))
        target = parent[last]
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "type":  # the same value as another JSON type
            parent[last] = draw(st.sampled_from(
                [str(target), [target], {"value": target}, None, 0, True]))
        elif action == "drop":
            del parent[last]
        elif action == "add" and isinstance(target, dict):
            target[draw(st.text(max_size=12))] = draw(json_values)
        elif action == "repeat" and isinstance(target, list) and target:
            target.append(copy.deepcopy(draw(st.sampled_from(target))))
        else:
            parent[last] = draw(json_values)
    return doc


def dumps(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")
