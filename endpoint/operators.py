"""Operator accounts, roles, console sessions, login throttling and the audit log.

Operators are the staff of the organisations on the other side of participation (an NHS trust,
a borough council, a social-prescribing service). They are a different kind of person from
contributors, and this module never touches a contributor's id, token or contributions.

Roles:
    admin    manages operator accounts (and may do everything an editor and analyst may)
    editor   consultations, directory services and "you said, we did" responses, for the
             directory organisations the account is linked to (one or more)
    analyst  reads the published, disclosure-controlled results and exports them
    helper   a digital champion at a community centre: asks for one-time codes that start an
             assisted session on the centre's PC (endpoint/console/accountability.py), and sees
             the dashboard, the consultations and the directory, read-only. A helper may not
             edit anything, read results, remarks or the audit log, enter paper responses or
             manage accounts (403). The codes carry no operator id, so nothing a person says
             in an assisted session is linked to the helper.

Everything lives in the database (endpoint/store/tables.py), never in one process's memory,
so sessions, lock-outs and throttling hold across worker processes:

* passwords: Argon2id (argon2-cffi's PasswordHasher, its RFC 9106 low-memory profile);
* sessions: a random 256-bit id in the cookie, only its SHA-256 in the database, with an
  expiry; each session has its own CSRF token, checked on every POST;
* a disabled account's sessions stop working at once (every request reads the account);
* throttling: failed logins are counted per account and per address over a window;
* audit: one row per operator action (who, what, when, and the id acted on), insert-only.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, insert, select, update

from endpoint.store import (
    Store,
    audit_log,
    directory_services,
    from_db,
    login_failures,
    operator_organisations,
    operator_sessions,
    operators,
    to_utc_naive,
)

__all__ = [
    "LOGIN_WINDOW",
    "MAX_FAILURES_PER_ACCOUNT",
    "MAX_FAILURES_PER_ADDRESS",
    "ROLES",
    "SESSION_LIFETIME",
    "Operator",
    "OperatorError",
    "Operators",
    "csrf_matches",
]

ROLES = ("admin", "editor", "analyst", "helper")
SESSION_LIFETIME = timedelta(hours=8)
LOGIN_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MIN_PASSWORD_LENGTH = 12
_USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-@")

_hasher = PasswordHasher()  # Argon2id by default
# Verified against when the account does not exist, so a wrong name costs as long as a wrong
# password (no account enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class OperatorError(ValueError):
    """Wrong input for an operator command (unknown account, weak password, bad role)."""


@dataclass(frozen=True, slots=True)
class Operator:
    id: int
    username: str
    role: str
    disabled: bool
    organisations: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_edit(self, organisation_id: str | None) -> bool:
        """Editors edit for their own organisations; admins for any."""
        if self.is_admin:
            return True
        return self.role == "editor" and organisation_id in self.organisations

    @property
    def is_helper(self) -> bool:
        return self.role == "helper"

    @property
    def may_start_assisted(self) -> bool:
        """Helpers start assisted sessions; admins may, as they may do everything."""
        return self.role in ("helper", "admin")

    @property
    def may_edit_anything(self) -> bool:
        return self.is_admin or (self.role == "editor" and bool(self.organisations))


def _hash_id(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not 1 <= len(name) <= 64 or not set(name) <= _USERNAME_CHARS:
        raise OperatorError(
            "a user name is 1 to 64 characters: letters, digits and . _ - @"
        )
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise OperatorError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


class Operators:
    """Operator accounts and console sessions over one endpoint `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = store.engine

    # --- organisations (the directory's) -----------------------------------------------

    def organisations(self) -> dict[str, str]:
        """Directory organisations: id -> name, sorted by name."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for doc in conn.execute(select(directory_services.c.document)).scalars():
                org = (doc or {}).get("organization") or {}
                if org.get("id") and org.get("name"):
                    found[str(org["id"])] = str(org["name"])
        return dict(sorted(found.items(), key=lambda kv: kv[1].casefold()))

    # --- accounts ------------------------------------------------------------------------

    def add(self, username: str, password: str, role: str, organisations: Iterable[str] = (),
            *, now: datetime) -> Operator:
        name = _check_username(username)
        if role not in ROLES:
            raise OperatorError(f"the role is one of {', '.join(ROLES)}, not {role!r}")
        _check_password(password)
        orgs = sorted(set(organisations))
        if role == "editor" and not orgs:
            raise OperatorError("an editor works for at least one organisation (--org ID)")
        known = self.organisations()
        unknown = [org for org in orgs if org not in known]
        if unknown:
            raise OperatorError(f"not an organisation in the directory: {unknown[0]!r}")
        with self.engine.begin() as conn:
            if conn.execute(select(operators.c.id).where(operators.c.username == name)).first():
                raise OperatorError(f"there is already an operator called {name!r}")
            result = conn.execute(insert(operators).values(
                username=name, password_hash=_hasher.hash(password), role=role, disabled=0,
                created_at=to_utc_naive(now)))
            key = result.inserted_primary_key
            assert key is not None
            operator_id = int(key[0])
            if orgs:
                conn.execute(insert(operator_organisations), [
                    {"operator_id": operator_id, "organisation_id": org} for org in orgs])
        found = self.get(name)
        assert found is not None
        return found

    def get(self, username: str) -> Operator | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(operators).where(
                operators.c.username == username.strip().lower())).first()
            return None if row is None else self._operator(conn, row)

    def by_id(self, operator_id: int) -> Operator | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(operators).where(operators.c.id == operator_id)).first()
            return None if row is None else self._operator(conn, row)

    def _operator(self, conn: Any, row: Any) -> Operator:
        orgs = conn.execute(select(operator_organisations.c.organisation_id).where(
            operator_organisations.c.operator_id == row.id)).scalars()
        return Operator(row.id, row.username, row.role, bool(row.disabled), frozenset(orgs))

    def list(self) -> list[Operator]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(operators).order_by(operators.c.username)).all()
            return [self._operator(conn, row) for row in rows]

    def set_disabled(self, username: str, disabled: bool = True) -> None:
        """Disable (or enable) an account; its sessions are deleted at once."""
        operator = self._existing(username)
        with self.engine.begin() as conn:
            conn.execute(update(operators).where(operators.c.id == operator.id)
                         .values(disabled=1 if disabled else 0))
            if disabled:
                conn.execute(delete(operator_sessions).where(
                    operator_sessions.c.operator_id == operator.id))

    def set_password(self, username: str, password: str) -> None:
        """A new password; every session of the account ends."""
        _check_password(password)
        operator = self._existing(username)
        with self.engine.begin() as conn:
            conn.execute(update(operators).where(operators.c.id == operator.id)
                         .values(password_hash=_hasher.hash(password)))
            conn.execute(delete(operator_sessions).where(
                operator_sessions.c.operator_id == operator.id))

    def _existing(self, username: str) -> Operator:
        operator = self.get(username)
        if operator is None:
            raise OperatorError(f"no operator called {username.strip().lower()!r}")
        return operator

    # --- login and throttling ------------------------------------------------------------

    def throttled(self, username: str, address: str, now: datetime) -> bool:
        """True while this account or this address has too many recent failed logins."""
        since = to_utc_naive(now - LOGIN_WINDOW)
        t = login_failures.c
        with self.engine.connect() as conn:
            by_account = conn.execute(select(func.count()).select_from(login_failures).where(
                t.username == username.strip().lower()[:64], t.at >= since)).scalar_one()
            by_address = conn.execute(select(func.count()).select_from(login_failures).where(
                t.address == address[:64], t.at >= since)).scalar_one()
        return by_account >= MAX_FAILURES_PER_ACCOUNT or by_address >= MAX_FAILURES_PER_ADDRESS

    def authenticate(self, username: str, password: str, address: str,
                     now: datetime) -> Operator | None:
        """The operator when the name and password match and the account is enabled.

        Callers check `throttled` first; a failure is recorded here (per account and address).
        """
        name = username.strip().lower()[:64]
        with self.engine.connect() as conn:
            row = conn.execute(select(operators).where(operators.c.username == name)).first()
        stored = row.password_hash if row is not None else _DUMMY_HASH
        ok: bool
        try:
            ok = _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if not ok or row is None or row.disabled:
            with self.engine.begin() as conn:
                conn.execute(insert(login_failures).values(
                    username=name, address=address[:64], at=to_utc_naive(now)))
                conn.execute(delete(login_failures).where(
                    login_failures.c.at < to_utc_naive(now - LOGIN_WINDOW)))
            return None
        if _hasher.check_needs_rehash(stored):
            with self.engine.begin() as conn:
                conn.execute(update(operators).where(operators.c.id == row.id)
                             .values(password_hash=_hasher.hash(password)))
        with self.engine.begin() as conn:
            conn.execute(delete(login_failures).where(login_failures.c.username == name))
        return self.by_id(row.id)

    # --- sessions ------------------------------------------------------------------------

    def start_session(self, operator: Operator, now: datetime) -> tuple[str, str]:
        """A new session: (the cookie's random id, the session's CSRF token)."""
        session_id = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(delete(operator_sessions).where(
                operator_sessions.c.expires_at < to_utc_naive(now)))
            conn.execute(insert(operator_sessions).values(
                id_hash=_hash_id(session_id), operator_id=operator.id, csrf=csrf,
                created_at=to_utc_naive(now), expires_at=to_utc_naive(now + SESSION_LIFETIME)))
        return session_id, csrf

    def session(self, session_id: str | None, now: datetime) -> tuple[Operator, str] | None:
        """The enabled operator and CSRF token behind a cookie, or None (expired, unknown,
        logged out, account disabled)."""
        if not session_id or len(session_id) > 100:
            return None
        s = operator_sessions.c
        with self.engine.connect() as conn:
            row = conn.execute(select(s.operator_id, s.csrf, s.expires_at).where(
                s.id_hash == _hash_id(session_id))).first()
        if row is None or from_db(row.expires_at) <= now:
            return None
        operator = self.by_id(row.operator_id)
        if operator is None or operator.disabled:
            return None
        return operator, row.csrf

    def end_session(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(operator_sessions).where(
                operator_sessions.c.id_hash == _hash_id(session_id)))

    # --- audit ---------------------------------------------------------------------------

    def audit(self, who: str, action: str, target: str, now: datetime) -> None:
        """Append one row: who did what to which id, when. Never contents."""
        with self.engine.begin() as conn:
            conn.execute(insert(audit_log).values(
                at=to_utc_naive(now), operator=who[:64], action=action[:64],
                target=target[:200]))

    def audit_rows(self, limit: int = 200) -> Sequence[Any]:
        with self.engine.connect() as conn:
            return conn.execute(select(audit_log).order_by(audit_log.c.id.desc())
                                .limit(limit)).all()


def csrf_matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
