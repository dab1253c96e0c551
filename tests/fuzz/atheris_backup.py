"""atheris harness: backup restore. The first byte chooses what the rest is:
0: a whole backup file (header, encryption and all);
1: the decrypted contents, sealed with the right key, so the fuzzer works on what lies inside;
2: the same, but the rest is the compressed stream itself (zlib bombs, truncations).
A backup that opens is restored as a new profile, which must be whole or absent.

Run by tests/fuzz/run_atheris.py (`make soak`).
"""

from __future__ import annotations

import sys

import atheris
import harness_kit as kit

with atheris.instrument_imports(include=kit.INSTRUMENTED):
    from fuzzkit import BACKUP_PASS, CHEAP, open_small, seal

    from planner.errors import InputError
    from planner.share import backup
    from planner.share.limits import Limits
    from planner.vault import Profiles

HOME = kit.small_vault_home("backup")
SOURCE = open_small(HOME)
BLOB = backup.make_backup(SOURCE, BACKUP_PASS, kdf=CHEAP)
SOURCE.lock()
INSIDE = backup.open_backup(BLOB, BACKUP_PASS).model_dump_json().encode()
PROFILES = Profiles(kit.fresh_dir("backup-restores"), kdf=CHEAP)
# small limits, so a zlib bomb is found at kilobytes, not at a gigabyte
LIMITS = Limits(max_backup_bytes=1024 * 1024, max_backup_plain_bytes=4 * 1024 * 1024)


def TestOneInput(data: bytes) -> None:
    mode, rest = data[:1], data[1:]
    if mode == b"\x01":
        blob = seal(rest)
    elif mode == b"\x02":
        blob = seal(rest, compress=False)
    else:
        blob = rest
    try:
        contents = backup.open_backup(blob, BACKUP_PASS, LIMITS)
    except InputError:
        return
    before = PROFILES.names()
    try:
        vault, _code = backup.restore_as_new(PROFILES, contents, "Restored", "restored pass")
    except InputError:
        if PROFILES.names() != before:
            raise kit.PropertyBroken("a failed restore left a profile behind") from None
        return
    try:
        if vault.verify() or vault.logs.count() != len(contents.snapshot.log_entries):
            raise kit.PropertyBroken("a restored profile is not what the backup held")
    finally:
        vault.lock()
        PROFILES.delete("Restored")


if __name__ == "__main__":
    if kit.write_seeds({
        "file.bin": b"\x00" + BLOB,
        "inside.json": b"\x01" + INSIDE,
        "stream.bin": b"\x02" + __import__("zlib").compress(INSIDE),
    }):
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
