"""`Vault`: the one object that holds an unlocked profile (the way Anki's Collection does).

Callers reach every aggregate through it (`vault.goals`, `vault.logs`, ...) and end with
`vault.lock()`, which closes the connection and zeroes the key bytes.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from planner.errors import InputError
from planner.vault.appointments import AppointmentRepository
from planner.vault.budgets import BudgetRepository, SpendRepository
from planner.vault.decisions import DecisionRepository
from planner.vault.goals import GoalRepository
from planner.vault.holder import Holder
from planner.vault.keys import wipe
from planner.vault.logs import LogRepository
from planner.vault.medicines import DoseRepository, MedicineRepository
from planner.vault.person import PersonRepository
from planner.vault.plans import PlanRepository
from planner.vault.questionnaires import QuestionnaireRepository
from planner.vault.reminders import ReminderRepository
from planner.vault.social import (
    AttendanceRepository,
    ChosenServiceRepository,
    ReferralRepository,
)
from planner.vault.store import Store
from planner.vault.summary import SummaryRepository
from planner.vault.trackers import TrackerRepository
from planner.vault.treatment import TreatmentReferralRepository


class Vault:
    def __init__(
        self,
        profile_id: UUID,
        name: str,
        path: Path,
        data_key: bytearray,
        *,
        create: bool = False,
        read_only: InputError | None = None,
        holder: Holder | None = None,
    ) -> None:
        """`read_only` (why: read-only media, no permission, another copy holds the profile)
        opens the vault for reading only; every write then raises a `StorageError`. `holder`
        is this process's lock on the profile (planner/vault/holder.py), let go by `lock()`."""
        self.profile_id = profile_id
        self.name = name
        self._key = data_key
        self.read_only = read_only
        self.holder = holder
        self.store = Store(path, data_key, create=create, read_only=read_only is not None)
        self.person = PersonRepository(self.store)
        self.goals = GoalRepository(self.store)
        self.plans = PlanRepository(self.store)
        self.trackers = TrackerRepository(self.store)
        self.logs = LogRepository(self.store, self.trackers)
        self.questionnaires = QuestionnaireRepository(self.store)
        self.reminders = ReminderRepository(self.store)
        self.medicines = MedicineRepository(self.store)
        self.doses = DoseRepository(self.store)
        self.appointments = AppointmentRepository(self.store)
        self.summary = SummaryRepository(self.store)
        self.referrals = ReferralRepository(self.store)
        self.chosen_services = ChosenServiceRepository(self.store)
        self.attendance = AttendanceRepository(self.store)
        self.decisions = DecisionRepository(self.store)
        self.treatment_referrals = TreatmentReferralRepository(self.store)
        self.budgets = BudgetRepository(self.store)
        self.spends = SpendRepository(self.store)

    @property
    def is_open(self) -> bool:
        return any(self._key)

    @property
    def data_key(self) -> bytearray:
        """The raw key, for "remember on this device" and backups; empty once locked."""
        return self._key

    def verify(self) -> list[str]:
        """Page HMACs, SQLite's own check and the schema version; [] when sound. The derived
        per-day summary of the entries is checked apart (`logs.check_days`), as it can be
        rebuilt from them."""
        return self.store.verify()

    def lock(self) -> None:
        """Close the connection and zero the key; the object is unusable afterwards."""
        self.store.close()
        wipe(self._key)
        self.trackers.forget_cache()
        if self.holder is not None:
            self.holder.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
