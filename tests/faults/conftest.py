"""Drive-fault tests say loudly when this machine could not run them (tests/faults/disks.py)."""

from __future__ import annotations

from typing import Any

import pytest
from disks import NOT_PROVEN


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if NOT_PROVEN:
        terminalreporter.write_sep("!", "DRIVE FAULTS NOT PROVEN ON THIS MACHINE", red=True)
        for reason in dict.fromkeys(NOT_PROVEN):
            terminalreporter.write_line(f"  {reason}")
