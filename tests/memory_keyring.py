"""An in-memory stand-in for the operating system's keyring, which cannot run headless here.

It has the shape `Profiles(keyring_backend=...)` expects of a real backend (a positive priority
and the three password calls), so tests exercise our real remember-me and token code paths.
"""

from __future__ import annotations


class MemoryKeyring:
    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.ever: list[str] = []  # every secret ever set, even ones deleted since

    def set_password(self, service: str, user: str, secret: str) -> None:
        self.items[(service, user)] = secret
        self.ever.append(f"{service}\0{user}\0{secret}")

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        del self.items[(service, user)]
