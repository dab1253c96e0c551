"""Size limits for files coming in, in one place so the messages and the tests agree.

A file from a USB stick or an email may be anything: a 4 GB video renamed to .csv, or a backup
crafted to expand to fill the disk. Checking sizes before reading keeps the app responsive and
lets us say clearly what went wrong, instead of freezing or crashing half way.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The most an import or restore will read. Tests pass smaller ones to stay fast."""

    max_file_bytes: int = 50 * MB  # CSV and FHIR files
    max_rows: int = 1_000_000  # CSV rows, FHIR entries, log entries in a backup
    max_backup_bytes: int = 512 * MB  # the encrypted backup file
    max_backup_plain_bytes: int = 1024 * MB  # the backup once decrypted and unpacked
    max_problems_listed: int = 50  # a person cannot act on 10,000 messages; show the first few

    def describe_bytes(self, size: int) -> str:
        """Sizes in whole megabytes, the unit people see in their file manager."""
        return f"{max(1, round(size / MB)):,} MB"


DEFAULT_LIMITS = Limits()
