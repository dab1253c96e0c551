"""Failure half way: the earlier file stays whole, no temporary file is left, and an import that
fails inside its transaction leaves the profile as it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sharekit import CHEAP, content

from planner import atomic
from planner.errors import StorageError
from planner.share import backup, fhir, ics
from planner.share import csv as csv_share
from planner.vault import Vault, bulk

OLD = b"the earlier export, which must survive\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    path = tmp_path / "exports" / "mine.out"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def _boom(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.EIO, "the USB stick was pulled out")


@pytest.mark.parametrize("kind", ["csv", "fhir", "ics", "backup"])
def test_rename_fails(monkeypatch: pytest.MonkeyPatch, demo: Vault, earlier: Path,
                      kind: str) -> None:
    monkeypatch.setattr(atomic.os, "replace", _boom)
    with pytest.raises(StorageError):  # a drive's failure, in one plain sentence
        if kind == "csv":
            csv_share.write_csv(demo, earlier)
        elif kind == "fhir":
            fhir.write_fhir(demo, earlier)
        elif kind == "ics":
            ics.write_ics(demo, earlier)
        else:
            backup.write_backup(demo, earlier, "stick passphrase", kdf=CHEAP)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent) == []


def test_disk_full_half_way_through_writing(monkeypatch: pytest.MonkeyPatch, demo: Vault,
                                            earlier: Path) -> None:
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen",
                        lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(StorageError, match="no space left"):
        fhir.write_fhir(demo, earlier)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent) == []


def test_export_that_fails_while_reading_entries(monkeypatch: pytest.MonkeyPatch, demo: Vault,
                                                 earlier: Path) -> None:
    real = demo.logs.iterate

    def failing(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for n, entry in enumerate(real(*args, **kwargs)):
            if n == 1000:
                raise RuntimeError("the disk holding the vault went away")
            yield entry

    monkeypatch.setattr(demo.logs, "iterate", failing)
    with pytest.raises(RuntimeError):
        csv_share.write_csv(demo, earlier)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent) == []


def test_pdf_rename_fails(monkeypatch: pytest.MonkeyPatch, demo: Vault, earlier: Path) -> None:
    from planner.share import report
    from ui.printing import html_to_pdf

    html = report.build_report(demo, report.ReportOptions(charts=False))
    monkeypatch.setattr(atomic.os, "replace", _boom)
    with pytest.raises(StorageError):
        html_to_pdf(html, earlier)
    assert earlier.read_bytes() == OLD
    assert leftovers(earlier.parent) == []


def test_import_failing_inside_the_transaction_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, demo: Vault, blank: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    fhir.write_fhir(demo, path)
    before = content(blank)
    real_write = bulk._write

    def half(c: Any, snapshot: bulk.Snapshot, *, first_version: int, **more: Any) -> None:
        real_write(c, snapshot.model_copy(update={"goals": (), "plan_versions": ()}),
                   first_version=first_version, **more)  # trackers, entries ... are in by now
        raise OSError(errno.EIO, "power cut")

    monkeypatch.setattr(bulk, "_write", half)
    with pytest.raises(OSError):
        fhir.import_fhir(blank, path)
    assert content(blank) == before
    assert blank.trackers.all() == []  # the cache was dropped too
