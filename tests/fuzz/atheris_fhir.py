"""atheris harness: FHIR import. Any bytes as a FHIR file; a Bundle that parses is imported
into a real profile, and a refused one changes nothing.

Run by tests/fuzz/run_atheris.py (`make soak`); by hand:
    .venv/bin/python tests/fuzz/atheris_fhir.py -max_total_time=60 build/fuzz/corpus/fhir
"""

from __future__ import annotations

import json
import sys

import atheris
import harness_kit as kit

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from fuzzkit import CHEAP, content, open_small

    from planner.errors import InputError
    from planner.share import fhir
    from planner.share.fhir.bundle import _load_json
    from planner.share.importing import decode_utf8
    from planner.vault import Profiles
    from planner.vault.bulk import insert_all

HOME = kit.small_vault_home("fhir")
SOURCE = open_small(HOME)
BUNDLE = fhir.export_bundle(SOURCE)
SOURCE.lock()
TARGET, _ = Profiles(HOME, kdf=CHEAP).create("Target", "target pass")
BASELINE = [content(TARGET)]


def TestOneInput(data: bytes) -> None:
    try:
        document = _load_json(decode_utf8(data, "in.json"), "in.json")
        snapshot, _notes = fhir.parse_bundle(
            document, TARGET.trackers.all(include_archived=True), "in.json")
    except InputError:
        return
    try:
        insert_all(TARGET, snapshot)
    except InputError:
        kit.must_not_change(BASELINE[0], content(TARGET), "FHIR import")
        return
    if TARGET.verify():
        raise kit.PropertyBroken("the vault failed its integrity check after an import")
    BASELINE[0] = content(TARGET)


if __name__ == "__main__":
    small = dict(BUNDLE, entry=BUNDLE["entry"][:6])
    if kit.write_seeds({
        "bundle.json": json.dumps(BUNDLE, indent=1).encode(),
        "bundle-compact.json": json.dumps(BUNDLE, separators=(",", ":")).encode(),
        "bundle-small.json": json.dumps(small).encode(),
    }):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
