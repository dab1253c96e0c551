"""A full drive (ENOSPC on a real, size-limited tmpfs) during every kind of write: one plain
sentence (a `StorageError` of kind FULL), never "damaged vault"; the vault stays openable and
sound, no partial export or backup is left, and the same operation works once space is freed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from disks import Filler, small_tmpfs

from planner.domain.plan import Action, CarePlan, Contingency
from planner.domain.tracker import LogEntry, Tracker, TrackerKind
from planner.errors import StorageError
from planner.share import backup, csv, fhir, ics
from planner.vault import KdfParams, Profiles, Vault
from planner.vault.migrations import LATEST
from planner.vault.store import Store
from sync import consent, outbox

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
BASE = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "stick", 8192) as folder:
        yield folder


@pytest.fixture
def stick(disk: Path) -> Profiles:
    return Profiles(disk / "data", kdf=CHEAP)


def _entries(tracker_id: object, n: int, start: int = 0) -> list[LogEntry]:
    return [
        LogEntry(tracker_id=tracker_id, at=BASE + timedelta(minutes=start + i), value=float(i),
                 note="a note long enough to take room " * 3)
        for i in range(n)
    ]


def _ready(stick: Profiles) -> Vault:
    vault, _ = stick.create("Ann", "correct horse")
    vault.trackers.save(Tracker(key="steps", label="Steps", kind=TrackerKind.NUMERIC, unit="n"))
    vault.logs.add_many(_entries(vault.trackers.by_key("steps").id, 20))
    return vault


def _sound(stick: Profiles, entries: int) -> None:
    """The vault opens, verifies, and holds exactly the committed entries."""
    again = stick.unlock("Ann", "correct horse")
    try:
        assert again.verify() == []
        assert again.store.query("SELECT count(*) FROM log_entries")[0][0] == entries
    finally:
        again.lock()


def _no_parts(folder: Path) -> None:
    left = [p.name for p in folder.rglob("*") if p.name.endswith(".part")]
    assert left == [], left


def _full_then_freed(disk: Path, attempt: Callable[[], object]) -> StorageError:
    filler = Filler(disk)
    filler.fill()
    with pytest.raises(StorageError) as caught:
        attempt()
    assert caught.value.kind == StorageError.FULL
    assert str(caught.value).startswith("There is no space left on the drive")
    filler.free()
    attempt()  # works once there is room again
    return caught.value


def test_log_save_on_a_full_drive(disk: Path, stick: Profiles) -> None:
    vault = _ready(stick)
    tracker = vault.trackers.by_key("steps").id
    counter = iter(range(100, 10_000, 500))
    _full_then_freed(disk, lambda: vault.logs.add_many(_entries(tracker, 400, next(counter))))
    assert vault.store.query("SELECT count(*) FROM log_entries")[0][0] == 420
    vault.lock()
    _sound(stick, 420)


def test_plan_save_on_a_full_drive(disk: Path, stick: Profiles) -> None:
    vault = _ready(stick)
    plan = CarePlan(
        what_matters=("Family",),
        actions=tuple(Action(text=f"Walk {i} " * 20) for i in range(40)),
        contingency=Contingency(warning_signs="w" * 5000, what_i_do="d" * 5000,
                                who_to_contact="c" * 5000),
    )
    error = _full_then_freed(disk, lambda: vault.plans.save(plan))
    assert error.target == StorageError.PROFILE
    assert len(vault.plans.history()) == 1
    vault.lock()
    _sound(stick, 20)


def test_ledger_write_of_a_sync_on_a_full_drive(disk: Path, stick: Profiles) -> None:
    vault = _ready(stick)
    consent.record(vault, "feedback", "given")
    queued = [outbox.queue_feedback(vault, "svc-food-bank", "good", "x" * 400) for _ in range(60)]
    ids = [item.id for item in queued]
    _full_then_freed(disk, lambda: outbox.mark_sent(vault, ids, "http://127.0.0.1:8765"))
    assert len(outbox.sent(vault)) == 60
    vault.lock()
    _sound(stick, 20)


def test_migration_on_a_full_drive(disk: Path, stick: Profiles) -> None:
    vault = _ready(stick)
    path, key = vault.store.path, bytearray(vault.data_key)
    vault.lock()
    # Take the vault back a version by rebuilding it at LATEST - 1 with the same key.
    path.unlink()
    older = Store(path, key, create=True, schema=LATEST - 1)
    older.close()
    filler = Filler(disk)
    filler.fill()
    with pytest.raises(StorageError) as caught:
        Store(path, key, schema=LATEST)
    assert caught.value.kind == StorageError.FULL
    _no_parts(disk)
    assert not list(path.parent.glob("*.bak")), "a half copy was left"
    filler.free()
    store = Store(path, key)
    assert store.schema_version == LATEST and store.verify() == []
    store.close()


def test_backup_and_export_on_a_full_drive(disk: Path, stick: Profiles, tmp_path: Path) -> None:
    vault = _ready(stick)
    with small_tmpfs(tmp_path / "target", 512) as target:
        filler = Filler(target)
        filler.fill()
        for write in (
            lambda: backup.write_backup(vault, target / "ann.hpbackup", "stick passphrase",
                                        kdf=CHEAP),
            lambda: csv.write_csv(vault, target / "ann.csv"),
            lambda: fhir.write_fhir(vault, target / "ann.json"),
            lambda: ics.write_ics(vault, target / "ann.ics"),
        ):
            with pytest.raises(StorageError) as caught:
                write()
            assert caught.value.kind == StorageError.FULL
            assert caught.value.target == StorageError.FILE
            assert sorted(p.name for p in target.iterdir()) == ["filler.bin"]
        filler.free()
        backup.write_backup(vault, target / "ann.hpbackup", "stick passphrase", kdf=CHEAP)
        csv.write_csv(vault, target / "ann.csv")
        assert (target / "ann.csv").stat().st_size > 0
        saved = target / "ann.hpbackup"
        copy = tmp_path / "ann.hpbackup"
        copy.write_bytes(saved.read_bytes())
    vault.lock()
    _sound(stick, 20)

    # Restore as a new profile onto the full stick: refused whole, no half profile left.
    contents = backup.read_backup(copy, "stick passphrase")
    filler = Filler(disk)
    filler.fill()
    # A profile on a full drive still opens: read-only, saying why.
    full = stick.unlock("Ann", "correct horse")
    assert full.read_only is not None and full.read_only.kind == StorageError.FULL
    assert full.verify() == [] and len(list(full.logs.iterate())) == 20
    full.lock()
    filler.free()
    vault = stick.unlock("Ann", "correct horse")
    assert vault.read_only is None
    filler.fill()
    with pytest.raises(StorageError):
        backup.restore_as_new(stick, contents, "Ann again", "another pass")
    assert stick.names() == ["Ann"]
    # Restore over the open profile: the copy aside does not fit; nothing changed.
    with pytest.raises(StorageError):
        backup.restore_replacing(vault, contents)
    _no_parts(disk)
    filler.free()
    restored, _ = backup.restore_as_new(stick, contents, "Ann again", "another pass")
    assert restored.store.query("SELECT count(*) FROM log_entries")[0][0] == 20
    restored.lock()
    backup.restore_replacing(vault, contents)
    vault.lock()
    _sound(stick, 20)


def test_every_drive_sentence_is_offered_for_translation() -> None:
    from planner.errors import STORAGE_MESSAGES
    from ui.forms import CORE_MESSAGES

    assert set(STORAGE_MESSAGES.values()) <= set(CORE_MESSAGES)


@pytest.mark.parametrize("lang", ["pl", "ur"])
def test_every_drive_sentence_is_translated(lang: str) -> None:
    import xml.etree.ElementTree as ET

    from planner.errors import STORAGE_MESSAGES

    ts = Path(__file__).parents[2] / "resources" / "translations" / f"health_planner_{lang}.ts"
    done = {
        m.findtext("source"): m.findtext("translation")
        for c in ET.parse(ts).getroot().iter("context") if c.findtext("name") == "CoreMessages"
        for m in c.iter("message")
    }
    for sentence in STORAGE_MESSAGES.values():
        assert done.get(sentence), f"{lang}: {sentence}"


def test_a_real_sync_on_a_full_drive_sends_each_item_once(disk: Path, stick: Profiles,
                                                          server) -> None:  # type: ignore[no-untyped-def]
    """The ledger write of a real sync (a live endpoint over HTTP) hits a full drive: the sync
    stops with the sentence, nothing is marked sent that was not; with space again the next
    sync finishes, and the endpoint holds every item exactly once (idempotency keys)."""
    import requests

    from sync.access import Here
    from sync.client import EndpointClient
    from sync.engine import sync_now
    from sync.tokens import tokens_of

    url, _faults = server
    vault = _ready(stick)
    consent.record(vault, "feedback", "given")
    service = requests.get(f"{url}/v1/directory/services?per_page=1",
                           timeout=5).json()["contents"][0]["id"]
    queued = {str(outbox.queue_feedback(vault, service, "good", f"thanks {i}").id)
              for i in range(60)}
    client = EndpointClient(url, retries=2, backoff=0.01, timeout=(2.0, 2.0))
    tokens_of(vault)  # the contributor token is made before the drive fills
    filler = Filler(disk)
    filler.fill()
    with pytest.raises(StorageError) as caught:
        sync_now(Here(vault), client, tokens_of(vault), batch_size=20)
    assert caught.value.kind == StorageError.FULL
    filler.free()
    sync_now(Here(vault), client, tokens_of(vault), batch_size=20)
    assert outbox.pending(vault) == [] and len(outbox.sent(vault)) == 60
    token = tokens_of(vault).get("feedback")
    held = requests.get(f"{url}/v1/contributors/me/contributions",
                        headers={"Authorization": f"Bearer {token}"}, timeout=5).json()["items"]
    assert sorted(item["id"] for item in held) == sorted(queued)
    vault.lock()
    _sound(stick, 20)
