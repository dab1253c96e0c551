"""`Vault`: the one object that holds an unlocked profile (the way Anki's Collection does).

Callers reach every aggregate through it (`vault.goals`, `vault.logs`, ...) and end with
`vault.lock()`, which closes the connection and zeroes the key bytes.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from planner.errors import InputError, ReadOnly
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
        author: str | None = None,
    ) -> None:
        """`read_only` (why: read-only media, no permission, another copy holds the profile)
        opens the vault for reading only; every write then raises a `StorageError`. `holder`
        is this process's lock on the profile (planner/vault/holder.py), let go by `lock()`.
        A `ReadOnly` reason (a carer's view grant) refuses every write with that error before
        it reaches SQLite. `author` is the carer writing through a manage grant (None: the
        person), recorded on what they enter."""
        self.profile_id = profile_id
        self.name = name
        self._key = data_key
        self.read_only = read_only
        self.holder = holder
        self.path = path
        # Set by planner/vault/access.py when a carer opens the profile through a grant.
        self.grant_id: UUID | None = None
        self._wire(Store(path, data_key, create=create, read_only=read_only is not None),
                     author)

    def _wire(self, store: Store, author: str | None) -> None:
        """Reach every repository through `store` (again after a re-key swapped the file)."""
        self.store = store
        if isinstance(self.read_only, ReadOnly):
            store.refusal = self.read_only
        store.author = author
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
    def author(self) -> str | None:
        """The carer whose session this is (None: the person themselves)."""
        return self.store.author

    @property
    def view_only(self) -> bool:
        return isinstance(self.read_only, ReadOnly)

    def reopen(self, new_key: bytearray) -> None:
        """Carry on under a new data key after a re-key swapped the vault file (the old
        connection is already closed); the key bytes change in place, so whoever holds
        `data_key` holds the new one."""
        author, session = self.store.author, self.store.session
        self._key[:] = new_key
        wipe(new_key)
        self._wire(Store(self.path, self._key, read_only=self.read_only is not None), author)
        self.store.session = session
        self.trackers.forget_cache()

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
