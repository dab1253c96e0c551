"""Carers' access to other people's profiles (issue #24): grant, list, renew, revoke, open
through a grant, make a profile on someone's behalf, and the access log.

This is the one object the command line and the Qt screens call. The cryptography is in
`planner.vault.carers` (key pairs, grants) and `planner.vault.rekey` (taking access back);
the rules live here and in `Vault` (a view grant's `ReadOnly`), never only in a window:

* only the person (their own profile, opened with their passphrase, recovery code or
  remembered key; not a carer's session) grants, renews or revokes;
* a grant has a level (view, manage) and an end date: one year unless chosen, at most three;
* an ended grant does not open the profile, judged by the later of this PC's clock and the
  last recorded use of the person's vault and of the carer's own vault, so turning the clock
  back does not revive it;
* a carer's manage session is named on what it writes and counted in the access log.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from planner.errors import AccessEnded, InputError, ReadOnly, StorageError
from planner.vault.usage import last_use, touch

if TYPE_CHECKING:
    from collections.abc import Iterable

    from planner.vault.carers import Basis, CarerKey, CarerRecord, Grant, Level
    from planner.vault.keys import RecoveryCode
    from planner.vault.profiles import Profiles
    from planner.vault.rekey import Progress
    from planner.vault.vault import Vault

DEFAULT_TERM = timedelta(days=365)
MAX_TERM_YEARS = 3
REMIND_BEFORE = timedelta(days=30)
LEVELS = ("view", "manage")


def grants_of(vault: Vault) -> list[Grant]:
    """The grants in the header beside `vault` (for a backup, which sees only the vault)."""
    from planner.vault.header import ProfileHeader
    from planner.vault.profiles import HEADER

    header = ProfileHeader.model_validate_json((vault.path.parent / HEADER).read_bytes())
    return list(header.grants)


def latest_end(created: date) -> date:
    try:
        return created.replace(year=created.year + MAX_TERM_YEARS)
    except ValueError:  # 29 February
        return created.replace(year=created.year + MAX_TERM_YEARS, day=28)


@dataclass(frozen=True)
class CaredFor:
    """A profile in this data folder that the unlocked carer may open."""

    name: str
    profile_id: UUID
    level: str
    until: date
    ended: bool
    ends_soon: bool


@dataclass(frozen=True)
class AccessSession:
    """One carer session in the access log: when, which grant, what it changed (counts)."""

    carer: str
    level: str
    grant_id: UUID
    started: datetime
    last: datetime
    changes: dict[str, int] = field(default_factory=dict)


class Access:
    """Grants and carers' sessions for the profiles of one data folder."""

    def __init__(self, profiles: Profiles) -> None:
        self.profiles = profiles

    # -- the carer's own key pair ---------------------------------------------------------

    def carer_key(self, vault: Vault) -> CarerKey:
        """The unlocked carer's key pair, made now for a profile from before issue #24."""
        import base64

        from planner.vault.carers import CarerKey, new_identity, open_identity

        if vault.author is not None:
            raise InputError("Only the person themselves can act as a carer from a profile.")
        folder, header = self.profiles.folder_and_header(vault.name)
        if header.identity is None:
            header = header.model_copy(
                update={"identity": new_identity(vault.data_key, header.id)})
            self.profiles.write_header(folder, header)
        assert header.identity is not None
        private = open_identity(header.identity, vault.data_key, header.id)
        base64.b64decode(header.identity.public)  # damaged headers fail here, not later
        return CarerKey(header.id, header.name, header.identity.public, private)

    # -- the person's side ----------------------------------------------------------------

    def _owner(self, vault: Vault) -> None:
        if vault.author is not None or vault.view_only:
            raise InputError("Only the person, unlocking with their passphrase, can change "
                             "who has access to their profile.")

    def grants(self, name: str) -> list[Grant]:
        return list(self.profiles.folder_and_header(name)[1].grants)

    def grant(
        self, vault: Vault, carer: str, level: Level, until: date | None = None
    ) -> Grant:
        """Give `carer` (a profile in this data folder) access to `vault`'s profile, or
        renew or change theirs. The end date defaults to a year from today, at most three."""
        from planner.vault.carers import make_grant

        self._owner(vault)
        if level not in LEVELS:
            raise InputError("The access level is 'view' or 'manage'.")
        stamp = self.profiles.clock()
        today = stamp.date()
        end = until or (today + DEFAULT_TERM)
        if end < today:
            raise InputError("The end date has already passed.")
        if end > latest_end(today):
            raise InputError(f"Access can be given for at most {MAX_TERM_YEARS} years.")
        folder, header = self.profiles.folder_and_header(vault.name)
        _carer_folder, carer_header = self.profiles.folder_and_header(carer)
        if carer_header.id == header.id:
            raise InputError("A profile cannot give access to itself.")
        if carer_header.identity is None:
            raise InputError(f"{carer_header.name} needs to unlock their own profile once "
                             "before they can be given access.")
        made = make_grant(
            vault.data_key, header.id, carer_id=carer_header.id, carer_name=carer_header.name,
            carer_public=carer_header.identity.public, level=level, until=end,
            created_at=stamp,
        )
        kept = [g for g in header.grants if g.carer_id != carer_header.id]
        self.profiles.write_header(folder, header.model_copy(update={"grants": [*kept, made]}))
        touch(vault, stamp)
        return made

    def regrant(self, vault: Vault, records: Iterable[CarerRecord]) -> list[Grant]:
        """Give the carers a backup names the access they had, wrapping `vault`'s own data
        key (a restored profile has a new one). Ended grants are not given again."""
        from planner.vault.carers import make_grant

        self._owner(vault)
        stamp = self.profiles.clock()
        folder, header = self.profiles.folder_and_header(vault.name)
        made = [
            make_grant(vault.data_key, header.id, carer_id=r.carer_id, carer_name=r.carer_name,
                       carer_public=r.carer_public, level=r.level, until=r.until,
                       created_at=r.created_at)
            for r in records if r.until >= stamp.date()
        ]
        if made:
            known = {g.carer_public for g in made}
            kept = [g for g in header.grants if g.carer_public not in known]
            self.profiles.write_header(folder, header.model_copy(update={"grants": [*kept, *made]}))
            touch(vault, stamp)
        return made

    def _find_grant(self, name: str, carer: str) -> Grant:
        import unicodedata

        wanted = unicodedata.normalize("NFC", carer).strip().casefold()
        for each in self.grants(name):
            if each.carer_name.casefold() == wanted:
                return each
        raise InputError(f"{carer} has no access to this profile.")

    def revoke(
        self, vault: Vault, carer: str, passphrase: str, *, recovery_code: str | None = None,
        progress: Progress | None = None,
    ) -> str | None:
        """Take `carer`'s access back and re-key the vault, so a copy of their wrapped key
        opens nothing. Returns a new recovery code when `recovery_code` was not given (show
        it, then call `code_shown`). Old backups still open with what opened them then."""
        from planner.vault.rekey import rekey

        self._owner(vault)
        gone = self._find_grant(vault.name, carer)
        return rekey(self.profiles, vault, passphrase, drop={gone.id},
                     recovery_code=recovery_code, progress=progress)

    def code_to_show(self, vault: Vault) -> str | None:
        from planner.vault.rekey import code_to_show

        return code_to_show(self.profiles, vault)

    def code_shown(self, vault: Vault) -> None:
        from planner.vault.rekey import code_shown

        code_shown(self.profiles, vault)

    def ending_soon(self, name: str, at: datetime | None = None) -> list[Grant]:
        """Grants that end within a month (the reminder both sides see)."""
        moment = at or self.profiles.clock()
        return [g for g in self.grants(name)
                if not g.ended(moment) and g.until - moment.date() <= REMIND_BEFORE]

    def access_log(self, vault: Vault) -> list[AccessSession]:
        """Carers' sessions, newest first: manage sessions from inside the vault with counts
        of what they changed; view sessions (which cannot write) from the header."""
        found: dict[int, AccessSession] = {}
        for sid, grant_id, carer, level, started, last in vault.store.query(
            "SELECT id, grant_id, carer, level, started, last FROM access_sessions"
        ):
            found[int(sid)] = AccessSession(
                carer, level, UUID(grant_id), datetime.fromisoformat(started),
                datetime.fromisoformat(last))
        for sid, kind, n in vault.store.query("SELECT session, kind, n FROM access_changes"):
            if int(sid) in found:
                found[int(sid)].changes[kind] = int(n)
        sessions = list(found.values())
        for each in self.grants(vault.name):
            if each.last_viewed is not None:
                sessions.append(AccessSession(each.carer_name, "view", each.id,
                                              each.last_viewed, each.last_viewed))
        return sorted(sessions, key=lambda s: s.started, reverse=True)

    # -- the carer's side -----------------------------------------------------------------

    def cared_for(self, carer: CarerKey, at: datetime | None = None) -> list[CaredFor]:
        """The profiles in this data folder (a USB stick's too) granted to `carer`."""
        moment = at or self.profiles.clock()
        found: list[CaredFor] = []
        for _folder, header in self.profiles._headers():
            for each in header.grants:
                if each.carer_public == carer.public:
                    found.append(CaredFor(
                        header.name, header.id, each.level, each.until, each.ended(moment),
                        not each.ended(moment) and each.until - moment.date() <= REMIND_BEFORE,
                    ))
        return sorted(found, key=lambda c: c.name.casefold())

    def open_for(self, carer_vault: Vault, person: str, *, take_over: bool = False) -> Vault:
        """Open `person`'s profile through the grant they gave the carer whose own profile
        `carer_vault` is. A view grant opens it read-only (`ReadOnly` on every write); a manage
        grant opens it for writing, names the carer on what they enter and starts an access
        log session. The carer's own profile stays open."""
        from planner.vault.carers import open_grant

        carer = self.carer_key(carer_vault)
        try:
            folder, header = self.profiles.folder_and_header(person)
            grant = next((g for g in header.grants if g.carer_public == carer.public), None)
            if grant is None:
                raise AccessEnded(f"{header.name} has not given {carer.name} access, or has "
                                  "taken it back.")
            stamp = self.profiles.clock()
            mark = max(stamp, last_use(carer_vault) or stamp)
            self._still_open(grant, header.name, stamp, mark)
            key = open_grant(grant, carer, header.id)
            pending = None
            if header.rekey is not None:
                again = next((g for g in header.rekey.grants if g.id == grant.id), None)
                if again is not None:
                    pending = lambda: open_grant(again, carer, header.id)  # noqa: E731
        finally:
            carer.wipe()
        view = grant.level == "view"
        why = ReadOnly(f"{carer.name}'s access to {header.name} is view only: nothing can be "
                       "changed.") if view else None
        vault = self.profiles._open(folder, header, key, why=why, take_over=take_over,
                                    author=None if view else carer.name, pending=pending)
        try:
            mark = max(mark, last_use(vault) or mark)
            self._still_open(grant, header.name, stamp, mark)
            vault.grant_id = grant.id
            if view:
                folder, header = self.profiles.folder_and_header(person)
                with contextlib.suppress(StorageError):
                    self.profiles.write_header(folder, header.model_copy(update={"grants": [
                        g.model_copy(update={"last_viewed": stamp}) if g.id == grant.id else g
                        for g in header.grants]}))
            elif vault.read_only is None:
                touch(vault, stamp)
                self._start_session(vault, grant, stamp)
            touch(carer_vault, mark)
        except BaseException:
            vault.lock()
            raise
        return vault

    @staticmethod
    def _still_open(grant: Grant, person: str, stamp: datetime, mark: datetime) -> None:
        if grant.ended(stamp):
            raise AccessEnded(f"{grant.carer_name}'s access to {person} ended on "
                              f"{grant.until.isoformat()}. Ask {person} to renew it.")
        if grant.ended(mark):
            raise AccessEnded(
                f"{grant.carer_name}'s access to {person} ended on {grant.until.isoformat()}: "
                "this computer's clock is behind the last time the profile was used.")

    @staticmethod
    def _start_session(vault: Vault, grant: Grant, at: datetime) -> None:
        stamp = at.astimezone(UTC).isoformat()
        with vault.store.transaction() as c:
            row = c.execute(
                "INSERT INTO access_sessions(grant_id, carer, level, started, last) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (str(grant.id), grant.carer_name, grant.level, stamp, stamp),
            ).fetchone()
        vault.store.session = int(row[0])

    def create_on_behalf(
        self, carer_vault: Vault, name: str, *, agreed_by: str, basis: Basis,
        level: Level = "manage", until: date | None = None,
    ) -> tuple[Vault, RecoveryCode]:
        """A profile for someone who cannot use the app themselves, made by the carer whose
        profile `carer_vault` is, recording who agreed and on what basis. It has no
        passphrase: the carer opens it through a grant, and the person takes ownership later
        (`take_ownership`, or the recovery code returned here, which they should keep)."""
        from planner.vault.carers import OnBehalf

        carer = self.carer_key(carer_vault)
        carer.wipe()
        record = OnBehalf(carer_name=carer.name, agreed_by=agreed_by.strip(), basis=basis,
                          at=self.profiles.clock())
        made, code = self.profiles.create(name, None, on_behalf=record)
        try:
            self.grant(made, carer.name, level, until)
        except BaseException:
            made.lock()
            self.profiles.delete(made.name)
            raise
        made.lock()
        return self.open_for(carer_vault, name), code

    def take_ownership(self, vault: Vault, passphrase: str) -> RecoveryCode:
        """The person sets their own passphrase on a profile made on their behalf (opened
        through the carer's manage grant, with the person there). Returns their new recovery
        code; the carer keeps their grant until the person takes it back."""
        header = self.profiles.folder_and_header(vault.name)[1]
        if header.on_behalf is None:
            raise InputError("This profile already belongs to its person.")
        if vault.view_only:
            raise ReadOnly()
        return self.profiles.set_owner_secrets(vault, passphrase)
