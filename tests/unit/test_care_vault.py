"""Personalised care in real vaults (migration 8, issue #25): decisions and their "not doing
anything for now" option, treatment referrals and their wait, the personal health budget
and its receipts."""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from planner.domain.appointment import Appointment
from planner.domain.budget import MAX_RECEIPT_BYTES, Budget, HeldAs, PlannedSpend, Spend
from planner.domain.decision import (
    ASK_3_QUESTIONS,
    BRAN_QUESTIONS,
    NOTHING_FOR_NOW,
    Decision,
    DecisionOption,
    nothing_id,
)
from planner.domain.treatment import TreatmentReferral, booking_reference
from planner.errors import InputError
from planner.services.budget import Pace, budget_state
from planner.services.schedule import occurrences
from planner.services.waits import local_day, wait_for
from planner.share import backup
from planner.vault import KdfParams, Profiles
from planner.vault.budgets import ReceiptRefused
from planner.vault.bulk import read_all
from planner.vault.keys import new_data_key
from planner.vault.migrations import LATEST
from planner.vault.store import Store
from planner.vault.vault import Vault

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
LONDON = ZoneInfo("Europe/London")
# A JPEG's first bytes, then a marker no vault page could hold by chance in plaintext.
MARKER = b"RECEIPT-PLAINTEXT-MARKER-7f3a9c"
JPEG = b"\xff\xd8\xff\xe0" + MARKER + bytes(range(256)) * 40
PDF = b"%PDF-1.4\n" + MARKER + b"-pdf\n%%EOF\n"


def _decision(**changes: object) -> Decision:
    d = Decision(question="Should I have a knee replacement?", created_on=date(2026, 1, 5),
                 what_matters=("Walking my dog every day",),
                 options=(DecisionOption(title="Knee replacement", benefits="Less pain",
                                         risks="Infection, months of rehab"),
                          DecisionOption(title="Physiotherapy first")))
    return d.edit(**changes) if changes else d


# -- decisions ---------------------------------------------------------------------------


def test_not_doing_anything_is_always_an_option_and_survives_every_path(vault: Vault) -> None:
    d = _decision()
    assert [o.title for o in d.options][-1] == NOTHING_FOR_NOW
    assert d.nothing.id == nothing_id(d.id)
    vault.decisions.save(d)
    assert vault.decisions.get(d.id) == d
    # Removing it is refused; an edit without it gets the same option back.
    with pytest.raises(ValueError, match="always an option"):
        d.without_option(d.nothing.id)
    edited = d.edit(options=tuple(o.model_dump() for o in d.options if not o.is_nothing))
    assert edited.nothing == d.nothing
    # A stored body (or an imported one) without it reads back with it.
    body = json.loads(d.model_dump_json())
    body["options"] = [o for o in body["options"] if not o["is_nothing"]]
    with vault.store.transaction() as c:
        c.execute("UPDATE decisions SET body = ? WHERE id = ?", (json.dumps(body), str(d.id)))
    again = vault.decisions.get(d.id)
    assert again is not None and again.nothing.title == NOTHING_FOR_NOW
    # Leaning towards it, and deciding for it, keep pointing at the same option.
    decided = d.edit(leaning_id=d.nothing.id)
    assert decided.option(decided.leaning_id or uuid.uuid4()).is_nothing
    # Two "nothing" options are refused.
    with pytest.raises(ValidationError, match="one \"not doing anything"):
        d.edit(options=(*[o.model_dump() for o in d.options],
                        {"id": uuid.uuid4(), "title": "Wait", "is_nothing": True}))


def test_an_option_speaks_only_of_linked_what_matters_items() -> None:
    with pytest.raises(ValidationError, match="not linked to"):
        _decision(options=({"title": "Op", "effects": (
            {"what_matters": "Gardening", "meaning": "none for 3 months"},)},))
    ok = _decision(options=({"title": "Op", "effects": (
        {"what_matters": "Walking my dog every day", "meaning": "not for 6 weeks"},)},))
    assert ok.options[0].effects[0].meaning == "not for 6 weeks"


def test_preparing_an_appointment_adds_ask_3_and_bran_once_and_links_it(vault: Vault) -> None:
    d = _decision()
    vault.decisions.save(d)
    appt = Appointment(at=datetime(2026, 2, 3, 10, 30, tzinfo=UTC), what_for="Knee review",
                       questions=("What are my options?", "Can I drive after?"))
    vault.appointments.save(appt)
    decision, saved = vault.decisions.prepare(d.id, appt.id)
    expected = ("What are my options?", "Can I drive after?", *ASK_3_QUESTIONS[1:],
                *BRAN_QUESTIONS)
    assert saved.questions == expected
    assert vault.appointments.get(appt.id) == saved
    assert decision.appointment_ids == (appt.id,)
    vault.decisions.prepare(d.id, appt.id)  # twice adds nothing
    got = vault.appointments.get(appt.id)
    assert got is not None and got.questions == expected
    linked = vault.decisions.get(d.id)
    assert linked is not None and linked.appointment_ids == (appt.id,)
    with pytest.raises(InputError, match="appointment is not in this profile"):
        vault.decisions.prepare(d.id, uuid.uuid4())


# -- treatment referrals ---------------------------------------------------------------


def test_booking_references_are_twelve_digits() -> None:
    assert booking_reference("1234 5678 9012") == "123456789012"
    assert booking_reference("1234-5678-9012") == "123456789012"
    for bad, why in (("12345678901", "has 11"), ("1234567890123", "has 13"),
                     ("12345678901O", "only digits"), ("１２３４５６７８９０１２", "only digits")):
        with pytest.raises(ValueError, match=why):
            booking_reference(bad)
    with pytest.raises(ValidationError):
        TreatmentReferral(what_for="Knee", referred_on=date(2026, 1, 1), booking_ref="12")


def test_a_bad_reference_is_refused_before_anything_is_saved(vault: Vault) -> None:
    good = TreatmentReferral(what_for="Knee", referred_on=date(2026, 1, 1),
                             booking_ref="000011112222")
    vault.treatment_referrals.save(good)
    with pytest.raises(ValidationError):
        vault.treatment_referrals.save(good.edit(booking_ref="0000 1111 222"))
    assert vault.treatment_referrals.all() == [good]


@pytest.mark.parametrize(
    ("start", "now_local", "weeks", "days"),
    [
        # Clocks go forward at 01:00 on 29 March 2026: the week to 30 March has 167 hours.
        (date(2026, 3, 23), datetime(2026, 3, 30, 0, 30), 1, 7),
        (date(2026, 3, 23), datetime(2026, 3, 29, 23, 30), 0, 6),
        # Clocks go back at 02:00 on 25 October 2026: that week has 169 hours.
        (date(2026, 10, 19), datetime(2026, 10, 25, 23, 30), 0, 6),
        (date(2026, 10, 19), datetime(2026, 10, 26, 0, 15), 1, 7),
        # 14 weeks across the October change, 18 across both.
        (date(2026, 8, 10), datetime(2026, 11, 16, 0, 5), 14, 98),
        (date(2026, 1, 5), datetime(2026, 5, 11, 0, 1), 18, 126),
    ],
)
def test_the_wait_counts_calendar_weeks_across_clock_changes(
    start: date, now_local: datetime, weeks: int, days: int
) -> None:
    referral = TreatmentReferral(what_for="Knee", referred_on=start)
    now = now_local.replace(tzinfo=LONDON).astimezone(UTC)  # as the clock gives it
    wait = wait_for(referral, local_day(now, LONDON))
    assert (wait.weeks, wait.days) == (weeks, days)
    assert wait.over is (weeks >= 18)
    assert wait.breach_on == start + timedelta(days=126)


def test_wait_reminders_at_12_and_18_weeks_go_through_the_reminders(vault: Vault) -> None:
    referral = TreatmentReferral(what_for="Knee", referred_on=date(2026, 1, 5),
                                 clock_start=date(2026, 1, 12))
    vault.treatment_referrals.save(referral)
    reminders = vault.reminders.all()
    fired = sorted(t for r in reminders for t in occurrences(r, date(2026, 1, 1), 400))
    assert fired == [datetime.combine(date(2026, 4, 6), time(9)),
                     datetime.combine(date(2026, 5, 18), time(9))]
    # Saving again moves them (a new clock start), never adds more.
    vault.treatment_referrals.save(referral.edit(clock_start=date(2026, 1, 19)))
    fired = sorted(t.date() for r in vault.reminders.all()
                   for t in occurrences(r, date(2026, 1, 1), 400))
    assert fired == [date(2026, 4, 13), date(2026, 5, 25)]
    vault.treatment_referrals.save(referral.edit(treatment_started_on=date(2026, 3, 2)))
    assert vault.reminders.all() == []


# -- the budget ----------------------------------------------------------------------------


def _budget() -> Budget:
    return Budget(amount=600_000, starts=date(2026, 1, 1), ends=date(2026, 12, 31),
                  held_as=HeldAs.DIRECT_PAYMENT,
                  planned=(PlannedSpend(category="Personal assistant", amount=360_000),
                           PlannedSpend(category="Equipment", amount=60_000),
                           PlannedSpend(category="Therapies", amount=120_000)))


SPENDS = (  # (day, payee, category, pence)
    (date(2026, 1, 15), "Lea Care Agency", "Personal assistant", 30_000),
    (date(2026, 2, 15), "Lea Care Agency", "Personal assistant", 30_000),
    (date(2026, 2, 20), "Mobility Shop", "Equipment", 12_999),
    (date(2026, 3, 3), "=HYPERLINK(\"x\")", "Therapies", 4_550),
    (date(2026, 3, 31), "Physio Plus", "therapies", 4_550),
    (date(2026, 4, 2), "Leisure centre", "Swimming", 1_201),
)


def _fill_budget(vault: Vault) -> tuple[Budget, list[Spend]]:
    budget = _budget()
    vault.budgets.save(budget)
    saved = []
    for i, (on, payee, category, pence) in enumerate(SPENDS):
        spend = Spend(budget_id=budget.id, on=on, payee=payee, category=category, amount=pence)
        receipt = {0: JPEG, 2: PDF}.get(i)
        saved.append(vault.spends.add(spend, receipt, f"receipt{i}"))
    return budget, saved


def test_budget_totals_and_balance_match_a_hand_count(vault: Vault) -> None:
    budget, _ = _fill_budget(vault)
    spends = vault.spends.all(budget.id)
    three = budget_state(budget, spends, date(2026, 3, 31))
    # 300 + 300 + 129.99 + 45.50 + 45.50 = £820.99; £6,000 - £820.99 = £5,179.01
    assert (three.spent, three.balance) == (82_099, 517_901)
    assert [(x.category, x.planned, x.spent, x.left) for x in three.lines] == [
        ("Personal assistant", 360_000, 60_000, 300_000),
        ("Equipment", 60_000, 12_999, 47_001),
        ("Therapies", 120_000, 9_100, 110_900),
    ]
    # 90 of 365 days gone: even spending would be £1,479.45; £820.99 is well under.
    assert three.expected == 147_945 and three.pace is Pace.UNDERSPENDING
    six = budget_state(budget, spends, date(2026, 6, 30))
    assert (six.spent, six.balance) == (83_300, 516_700)
    assert six.lines[-1].category == "Swimming" and six.lines[-1].planned == 0
    assert vault.spends.spent(budget.id)["Swimming"] == 1_201
    # By 20 February (51 days) £729.99 is spent: more than even spending of £2,000 (£279.45
    # and 10 %), and more than all of £700.
    small = budget.edit(amount=200_000, planned=())
    assert budget_state(small, spends, date(2026, 2, 20)).pace is Pace.OVERSPENDING
    assert budget_state(small, spends, date(2026, 2, 20)).expected == 27_945
    spent = budget_state(small.edit(amount=70_000), spends, date(2026, 2, 20))
    assert (spent.pace, spent.balance) == (Pace.OVERSPENT, -2_999)
    with pytest.raises(ValidationError, match="more than the budget"):
        budget.edit(amount=500_000)


def test_receipts_are_checked_and_a_refused_one_saves_nothing(vault: Vault) -> None:
    budget = _budget()
    vault.budgets.save(budget)
    spend = Spend(budget_id=budget.id, on=date(2026, 1, 2), payee="Shop", category="Equipment",
                  amount=100)
    too_big = b"\xff\xd8\xff" + bytes(MAX_RECEIPT_BYTES)
    with pytest.raises(ReceiptRefused, match=r"5\.0 MB; a receipt can be at most 5\.0 MB"):
        vault.spends.add(spend, too_big)
    with pytest.raises(ReceiptRefused, match="photo \\(JPEG or PNG\\) or a PDF"):
        vault.spends.add(spend, b"MZ\x90\x00 not a receipt")
    assert vault.spends.all() == []
    saved = vault.spends.add(spend, PDF, "till.pdf")
    assert saved.receipt is not None and saved.receipt.media_type == "application/pdf"
    assert vault.spends.receipt(saved.id) == PDF


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_receipts_round_trip_through_backup_and_restore_and_stay_encrypted(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    budget, saved = _fill_budget(vault)
    assert vault.spends.receipt(saved[0].id) == JPEG
    stick = tmp_path / "stick"
    stick.mkdir()
    backup.write_backup(vault, stick / "mine.hpbackup", "stick pass", kdf=CHEAP)
    contents = backup.read_backup(stick / "mine.hpbackup", "stick pass")
    profiles = Profiles(tmp_path / "other", kdf=CHEAP)
    restored, _ = backup.restore_as_new(profiles, contents, "Copy", "copy pass")
    with restored:
        assert restored.spends.receipt(saved[0].id) == JPEG
        assert restored.spends.receipt(saved[2].id) == PDF
        assert restored.spends.receipt(saved[1].id) is None
        got = read_all(restored)
        assert got.spends == tuple(vault.spends.all())
        assert got.budgets == (budget,)
        restored.spends.delete(saved[0].id)
        backup.restore_replacing(restored, contents)  # over a changed profile
        assert restored.spends.receipt(saved[0].id) == JPEG
        assert restored.verify() == []
    vault.lock()
    # Neither the vaults (with their WAL files), the backup nor the temp folder hold the
    # receipt in plaintext.
    assert _files_holding(data_dir, MARKER) == []
    assert _files_holding(tmp_path, MARKER) == []
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    assert [p for p in new_temp if p.is_file() and MARKER in p.read_bytes()] == []


def test_schema_8_migrates_to_9_and_keeps_all_data(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    key = new_data_key()
    old = Store(path, key, create=True, schema=8)
    with old.transaction() as c:
        c.execute("INSERT INTO meta(key, value) VALUES ('person', '{}')")
        c.execute("INSERT INTO goals(id, status, updated_at, body) "
                  "VALUES ('g', 'active', 't', 'b')")
        c.execute("INSERT INTO trackers(id, key, body) VALUES ('t1', 'mood', '{}')")
        c.executemany("INSERT INTO log_entries(id, tracker, at, value) VALUES (?, 1, ?, 7)",
                      [(uuid.uuid4().bytes, i * 3_600_000) for i in range(30)])
        c.execute("INSERT INTO reminders(id, body) VALUES ('r', 'b')")
        c.execute("INSERT INTO appointments(id, at, body) VALUES ('a', 1, 'b')")
        c.execute("INSERT INTO social_referrals(id, referred_on, body) "
                  "VALUES ('s', '2026-01-01', 'b')")
        c.execute("INSERT INTO chosen_services(id, referral_id, service_id, added_on, body) "
                  "VALUES ('c', 's', 'svc', '2026-01-02', 'b')")
        c.execute("INSERT INTO attendance(id, chosen_id, on_day, attended, body) "
                  "VALUES ('at', 'c', '2026-01-03', 1, 'b')")
    tables = [r[0] for r in old.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    before = {t: old.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    assert "decisions" not in tables
    old.close()
    vault = Vault(uuid.uuid4(), "Old", path, bytearray(key))
    try:
        assert vault.store.schema_version == LATEST
        for table, rows in before.items():
            assert vault.store.query(f"SELECT * FROM {table} ORDER BY 1") == rows
        assert vault.decisions.all() == [] and vault.budgets.all() == []
        _fill_budget(vault)
        vault.decisions.save(_decision())
        assert len(vault.spends.all()) == len(SPENDS)
        assert vault.verify() == []
    finally:
        vault.lock()
    assert list(tmp_path.glob("vault.db.before-v9.bak"))  # named for the first step taken
