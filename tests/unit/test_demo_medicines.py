"""The demo's medicines, two years of doses, appointments and health summary (issue #13)."""

from __future__ import annotations

import math
import time as clock
from collections import Counter
from datetime import UTC, datetime, timedelta

from planner import demo
from planner.domain.medicine import DoseStatus
from planner.services import doses as svc
from planner.vault import Profiles, Vault


def test_the_demo_has_medicines_doses_appointments_and_a_summary(demo_vault: Vault) -> None:
    now = datetime.now(UTC)
    medicines = {m.name: m for m in demo_vault.medicines.all()}
    assert len(medicines) == 4
    stopped = [m for m in medicines.values() if not m.active]
    assert len(stopped) == 1 and stopped[0].stop_reason
    assert [m.name for m in medicines.values() if m.as_needed] == ["Blue inhaler"]
    assert [m.name for m in svc.running_low(demo_vault)] == ["Amlodipine"]
    assert medicines["Amlodipine"].concept_id

    records = demo_vault.doses.all()
    assert len(records) > 1500
    assert min(r.at for r in records) < now - timedelta(days=700)
    scheduled = [r for r in records if r.due is not None]
    missed = [r for r in scheduled if r.status is DoseStatus.MISSED]
    # A few a month, as the demo's routine slips: the misses match its chance per dose
    # (10 % at weekends, 3 % on weekdays, 2 % more in the evening) within four spreads.
    zone = svc.local_zone()
    chances = [(0.10 if r.due.astimezone(zone).weekday() >= 5 else 0.03)
               + (0.02 if r.due.astimezone(zone).hour >= 18 else 0.0)
               for r in scheduled if r.due]
    expected = sum(chances)
    spread = math.sqrt(sum(p * (1 - p) for p in chances))
    assert abs(len(missed) - expected) < 4 * spread, (len(missed), expected)
    weekend = Counter(r.due.weekday() >= 5 for r in missed if r.due)
    weekend_share = sum(1 for r in scheduled if r.due and r.due.weekday() >= 5) / len(scheduled)
    assert weekend[True] / len(missed) > 1.5 * weekend_share  # more at weekends
    skips = [r for r in scheduled if r.status is DoseStatus.SKIPPED]
    assert skips and all(r.reason for r in skips)
    assert any(r.due is None for r in records)  # the inhaler
    # Everything past its grace period is recorded: opening the demo marks nothing missed.
    assert svc.mark_missed(demo_vault, now) == 0
    week = svc.adherence(demo_vault, medicines["Paracetamol"].id, 90, now)
    assert week.rate is not None and 0.8 < week.rate < 1

    coming = svc.upcoming_appointments(demo_vault, now)
    assert len(demo_vault.appointments.all()) == 3 and len(coming) == 1
    assert coming[0].questions
    past = [a for a in demo_vault.appointments.all() if a.at < now]
    assert all(a.notes and a.follow_ups for a in past)
    summary = demo_vault.summary.get()
    assert len(summary.conditions) == 2 and len(summary.allergies) == 1 and summary.contacts
    assert demo_vault.verify() == []


def test_the_demo_stays_fast(profiles: Profiles) -> None:
    vault, _ = profiles.create("Demo", demo.DEMO_PASSPHRASE)
    with vault:
        started = clock.perf_counter()
        demo._medicines(vault, datetime.now(UTC).date(), demo.random.Random(1))
        took = clock.perf_counter() - started
    assert took < 1.5, f"two years of doses took {took:.2f} s"
