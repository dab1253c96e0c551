"""Measure differencing: how often two publications, before and after ONE new rating, give
that rating away. Prints the figures quoted in docs/PRIVACY.md.

    .venv/bin/python scripts/differencing.py [--tables 20000] [--seed 1]

A reader holds the published service table before and after; for each of the six ratings
they ask "would the rule publish exactly what I see now if the newcomer had said this?". When
one rating alone fits, the newcomer's answer is known. Tables are drawn at random: 10 to 60
people, each rating once, with a skewed, realistic mix of ratings.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from endpoint.aggregates import FFTTally, build_results
from sync.protocol import FFT_RATINGS

WEIGHTS = (40, 30, 10, 8, 7, 5)  # very good .. don't know, roughly as NHS FFT returns run


def _published(counts: Counter[str]) -> str:
    tallies = [FFTTally("s", rating, n, n) for rating, n in counts.items() if n]
    tallies.append(FFTTally("s", None, sum(counts.values()), sum(counts.values())))
    results = build_results(
        borough=None,
        services=[{"id": "s", "name": "S", "borough": "Hackney"}],
        surveys=[],
        fft=tallies,
        options=[],
        ons4=[],
        ons4_contributors={},
        data_as_of=None,
    )
    return results.services[0].model_dump_json()


def measure(tables: int, seed: int) -> tuple[int, int, int]:
    """(tables tried, newcomer's rating given away, the table changed at all)."""
    rng = random.Random(seed)
    leaked = changed = 0
    for _ in range(tables):
        people = rng.randint(10, 60)
        before = Counter(rng.choices(FFT_RATINGS, WEIGHTS, k=people))
        newcomer = rng.choices(FFT_RATINGS, WEIGHTS)[0]
        after = before.copy()
        after[newcomer] += 1
        seen_before, seen_after = _published(before), _published(after)
        changed += seen_before != seen_after
        fits = [r for r in FFT_RATINGS if _published(before + Counter({r: 1})) == seen_after]
        leaked += fits == [newcomer]
    return tables, leaked, changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tables, leaked, changed = measure(args.tables, args.seed)
    print(f"tables tried:                         {tables:,}")
    print(f"published table changed:              {changed:,} ({100 * changed / tables:.1f} %)")
    print(f"newcomer's rating given away (live):  {leaked:,} ({100 * leaked / tables:.1f} %)")
    print("within one publication period (daily): 0 (two downloads are byte-identical)")


if __name__ == "__main__":
    main()
