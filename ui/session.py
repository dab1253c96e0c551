"""The unlocked profile as the UI sees it: the vault behind the serial worker, and locking.

Views never hold the `Vault`. They ask `session.run(op, on_done)` where `op(vault)` runs in the
serial worker; so no widget can touch the database from the UI thread, and after `lock()` no
stale view can reach it either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from planner.errors import InputError
from ui.heap import HeapFreezer
from ui.tasks import Progress, TaskRunner

if TYPE_CHECKING:  # the vault loads when a profile opens, not before the first paint (#6)
    from planner.vault import Profiles, Vault
    from sync.access import VaultCall

T = TypeVar("T")


class Locked(InputError):
    """The profile was locked while a job was waiting; the job did nothing."""


class Session(QObject):
    unlocked = Signal(str)  # profile name
    locked = Signal()
    changed = Signal(str)  # which aggregate changed: "logs", "goals", "plan", ...

    def __init__(
        self, profiles: Profiles, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.runner = runner
        self._vault: Vault | None = None
        # A carer's own profile while they are in someone else's through a grant (#24): it
        # stays open, so going back or to another person needs no passphrase again.
        self._home: Vault | None = None
        self.name: str | None = None
        # Why the open profile is read-only (a StorageError), or None when it can be written.
        self.read_only: InputError | None = None
        self.heap = HeapFreezer(self)  # short full garbage collections while unlocked

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    def _need(self, wanted: Vault | None = None) -> Vault:
        """The open vault; with `wanted`, only if it is still that one: a job asked for in
        one profile never runs in the next one a carer switched to."""
        vault = self._vault
        if vault is None or not vault.is_open or (wanted is not None and vault is not wanted):
            raise Locked("The profile is locked.")
        return vault

    @property
    def home_name(self) -> str | None:
        """The carer's own profile while they are in someone else's, else None."""
        return self._home.name if self._home is not None else None

    # -- opening and closing ----------------------------------------------------------

    def adopt(self, vault: Vault) -> None:
        """Take an unlocked vault (from unlock, create or recover, all run in the worker)."""
        self._vault = vault
        self.name = vault.name
        self.read_only = getattr(vault, "read_only", None)
        self.unlocked.emit(vault.name)

    def unlock(
        self,
        name: str,
        passphrase: str,
        on_failed: Callable[[BaseException], None],
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Argon2id and opening run in the serial worker; the window keeps painting."""

        def opened(vault: Vault) -> None:
            self.adopt(vault)
            if on_done is not None:
                on_done()

        self.runner.run(lambda: self.profiles.unlock(name, passphrase), opened, on_failed)

    def lock(self) -> None:
        """Forget the vault now, close it in the worker after any job already queued."""
        vault, self._vault, self.name = self._vault, None, None
        home, self._home = self._home, None
        self.read_only = None
        if home is not None:
            self.runner.run(home.lock)
        if vault is None:
            return
        self.runner.run(vault.lock)
        self.locked.emit()

    # -- a carer moving between profiles (issue #24) ------------------------------------

    def run_home(
        self,
        op: Callable[[Vault], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `op(vault)` in the serial worker with the carer's own vault (the open one when
        they are in their own profile): listing and opening the people they care for."""
        wanted = self._home or self._vault

        def own() -> Vault:
            if wanted is None or wanted not in (self._home, self._vault) or not wanted.is_open:
                raise Locked("The profile is locked.")
            return wanted

        self.runner.run(lambda: op(own()), on_done, self._watch_drive(on_failed))

    def switch_to(self, vault: Vault) -> None:
        """Show `vault` (opened through a grant) while the carer's own profile stays open;
        the person the carer was in before is closed."""
        if self._home is None:
            self._home = self._vault
        elif self._vault is not None:
            self.runner.run(self._vault.lock)
        self.adopt(vault)

    def back_home(self) -> None:
        """Close the profile the carer is in and show their own again."""
        home = self._home
        if home is None:
            return
        self._home = None
        if self._vault is not None:
            self.runner.run(self._vault.lock)
        self.adopt(home)

    # -- work -------------------------------------------------------------------------

    def run(
        self,
        op: Callable[[Vault], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        changes: str | None = None,
    ) -> None:
        """Run `op(vault)` in the serial worker. `changes` names what it modifies, so every
        view showing that aggregate refreshes once the write has landed."""

        def done(result: Any) -> None:
            if changes is not None:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        wanted = self._vault
        self.runner.run(lambda: op(self._need(wanted)), done, self._watch_drive(on_failed))

    def _watch_drive(
        self, on_failed: Callable[[BaseException], None] | None
    ) -> Callable[[BaseException], None]:
        """Failures as before, except a drive that went away (a USB stick pulled out): the
        window's own message box says so (a view's banner would go with the view) and the
        profile locks, so nothing more is written."""

        def failed(exc: BaseException) -> None:
            gone = self._gone(exc)
            if gone is not None and self.is_unlocked:
                self.runner.failed_unhandled.emit(gone)
                self.lock()
            elif on_failed is not None:
                on_failed(exc)
            else:
                self.runner.failed_unhandled.emit(exc)

        return failed

    def _gone(self, exc: BaseException) -> BaseException | None:
        """`exc` as "the drive went away", or None. Writes say so themselves (the store);
        a read that failed because the drive vanished is a bare SQLite error, asked about
        here with the drive that holds the vault."""
        if getattr(exc, "kind", None) == "gone":
            return exc
        vault = self._vault
        if vault is None or type(exc).__name__ not in {"OperationalError", "DatabaseError"}:
            return None
        from planner.errors import StorageError, storage_error

        mapped = storage_error(exc, where=vault.store.path.parent)
        return mapped if mapped is not None and mapped.kind == StorageError.GONE else None

    def run_network(
        self,
        op: Callable[[VaultCall, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run `op(at, progress)` in the network worker. It reaches the vault only through
        `at(step)`, each step run in the serial worker, so vault jobs asked for meanwhile
        (saving an entry, opening a screen) run between its requests, not after them all."""

        wanted = self._vault

        def at(step: Callable[[Vault], Any]) -> Any:
            return self.runner.on_serial(lambda: step(self._need(wanted)))

        self.runner.run_with_progress(
            lambda progress: op(at, progress), on_done, on_failed, on_progress, network=True
        )

    def run_with_progress(
        self,
        op: Callable[[Vault, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        changes: str | None = None,
    ) -> None:
        def done(result: Any) -> None:
            if changes is not None:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        wanted = self._vault
        self.runner.run_with_progress(
            lambda progress: op(self._need(wanted), progress), done, on_failed, on_progress
        )
