"""Run every atheris harness (tests/fuzz/atheris_*.py) for a bounded time; print what each tried.

    .venv/bin/python tests/fuzz/run_atheris.py --seconds 60          # what `make soak` runs
    .venv/bin/python tests/fuzz/run_atheris.py --seconds 10 --only csv fhir

Each harness writes its seed inputs (valid files made by the app itself) to build/fuzz/seeds/,
then libFuzzer mutates them, keeping inputs that reach new code in build/fuzz/corpus/ (kept
between runs, so each soak starts where the last one stopped). An input that crashes a harness
is saved as build/fuzz/crashes/<harness>-crash-*; replay it with
`.venv/bin/python tests/fuzz/atheris_<harness>.py build/fuzz/crashes/<file>`.
Exit status 1 if any harness crashed or did not run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = ROOT / "build" / "fuzz"
MAX_LEN = {"fhir": 131072, "backup": 65536, "csv": 16384, "endpoint": 8192, "phone": 16384}


def harnesses() -> list[str]:
    return sorted(p.stem.removeprefix("atheris_") for p in HERE.glob("atheris_*.py"))


def run(name: str, seconds: int) -> tuple[bool, str]:
    script = HERE / f"atheris_{name}.py"
    work, seeds, corpus = BUILD / "work" / name, BUILD / "seeds" / name, BUILD / "corpus" / name
    crashes, log = BUILD / "crashes", BUILD / f"{name}.log"
    for folder in (seeds, work):
        shutil.rmtree(folder, ignore_errors=True)
    for folder in (seeds, corpus, crashes, work):
        folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HEALTH_PLANNER_FUZZ_WORK=str(work), PYTHONHASHSEED="0")
    made = subprocess.run([sys.executable, str(script)], env=dict(
        env, HEALTH_PLANNER_FUZZ_SEEDS=str(seeds)), capture_output=True, text=True, check=False)
    if made.returncode != 0:
        return False, f"{name}: could not write its seeds:\n{made.stderr[-2000:]}"
    command = [sys.executable, str(script), f"-max_total_time={seconds}", "-print_final_stats=1",
               "-timeout=30", "-rss_limit_mb=4096", f"-artifact_prefix={crashes}/{name}-",
               str(corpus), str(seeds)]
    if name in MAX_LEN:
        command.insert(2, f"-max_len={MAX_LEN[name]}")
    started = time.monotonic()
    with log.open("w") as sink:
        done = subprocess.run(command, env=env, stdout=sink, stderr=subprocess.STDOUT,
                              check=False, timeout=seconds + 300)
    took = time.monotonic() - started
    shutil.rmtree(work, ignore_errors=True)
    text = log.read_text(errors="replace")
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", text)
    cov = re.findall(r"cov: (\d+) ft: (\d+)", text)
    tried = int(runs.group(1)) if runs else 0
    coverage = f"cov {cov[-1][0]}, features {cov[-1][1]}" if cov else "no coverage figures"
    files = sum(1 for _ in corpus.iterdir())
    crashed = done.returncode != 0 or "Uncaught Python exception" in text
    line = (f"atheris {name:<13} {tried:>10,} inputs tried in {took:4.0f} s "
            f"({tried / max(took, 1):,.0f}/s), {coverage}, corpus {files} inputs, "
            f"{'CRASHED, see ' + str(log) if crashed else 'no crash'}")
    if crashed:
        tail = text[text.find("=== Uncaught Python exception"):] if "Uncaught" in text else text
        line += "\n" + tail[-3000:]
    return not crashed and tried > 0, line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="per harness (60)")
    parser.add_argument("--only", nargs="*", choices=harnesses(), help="just these harnesses")
    args = parser.parse_args()
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: run `make soak` (it installs the soak extra)",
              file=sys.stderr)
        return 1
    names = args.only or harnesses()
    results = []
    for name in names:
        ok, line = run(name, args.seconds)
        print(line, flush=True)
        results.append(ok)
    print(f"atheris: {sum(results)} of {len(results)} harnesses ran {args.seconds} s without a "
          "crash" if all(results) else "atheris: SOME HARNESSES FAILED", flush=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
