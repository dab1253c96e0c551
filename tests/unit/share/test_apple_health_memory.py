"""An Apple Health export is read streaming: peak memory does not grow with the file (#19).

A generated 50 MB export.xml against a 5 MB one, each read in a fresh interpreter; peak memory
is VmHWM from /proc/self/status (ru_maxrss would carry this test process's size across fork).
`make bench` has the 1 GB row (benchmarks/phone_bench.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.phone_bench import MB, measure, write_export  # noqa: E402


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_peak_memory_is_flat_in_the_size_of_the_export(tmp_path: Path) -> None:
    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    write_export(small, 5 * MB)
    write_export(big, 50 * MB)
    little, large = measure(small), measure(big)
    assert little["problems"] == large["problems"] == 0
    assert large["days"] > 8 * little["days"]
    assert large["peak_kib"] <= little["peak_kib"] * 1.15 + 4096, (little, large)
