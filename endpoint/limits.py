"""Rate limits, and the client address the per-address limits count against.

Both the per-token limit (a route dependency) and the per-address limits (registration, and
public reads in the middleware) need them; the address is also what the operator console's
login throttle counts, so it is decided once, here: a caller cannot claim a new address per
request through `X-Forwarded-For` unless the request came through a trusted proxy.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections.abc import Callable, Iterable, Sequence

from starlette.types import Scope

from endpoint.errors import ApiError
from endpoint.store import Store

__all__ = ["Network", "RateLimiter", "client_address", "parse_networks"]


class RateLimiter:
    """`per_minute` requests per key in each fixed one-minute window (aligned to the clock).

    The counts live in the database (`Store.count_request`: one atomic upsert per request), so
    every worker process and every machine behind the same database shares one limit. A
    fixed window was chosen over a sliding one because it costs a single statement: a client
    can at most send 2 x `per_minute` across a window boundary, which is enough to stop abuse,
    the limits' only purpose. Without a store (unit tests of the window arithmetic) the counts
    are kept in this process. Keys are token hashes or client addresses, never raw tokens;
    `scope` keeps the limits apart. `per_minute <= 0` switches it off.
    """

    WINDOW = 60

    def __init__(
        self,
        per_minute: int,
        *,
        store: Store | None = None,
        scope: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.per_minute = per_minute
        self._scope = scope
        self._clock = clock
        self._count = store.count_request if store is not None else _MemoryCounts()

    def acquire(self, key: str) -> float | None:
        """Spend one request; None if allowed, else the seconds until one is allowed."""
        if self.per_minute <= 0:
            return None
        now = self._clock()
        window = int(now // self.WINDOW) * self.WINDOW
        if self._count(f"{self._scope}:{key}", window) <= self.per_minute:
            return None
        return window + self.WINDOW - now

    def check(self, key: str) -> None:
        wait = self.acquire(key)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                f"Too many requests. Please wait {seconds} second"
                f"{'s' if seconds != 1 else ''} and try again.",
                headers={"Retry-After": str(seconds)},
            )


class _MemoryCounts:
    """`Store.count_request` in one process's memory (for a limiter built without a store)."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int], int] = {}
        self._window = 0
        self._lock = threading.Lock()

    def __call__(self, key: str, window_start: int) -> int:
        with self._lock:
            if window_start > self._window:  # a new window: forget the older ones
                self._window = window_start
                self._counts = {k: n for k, n in self._counts.items() if k[1] >= window_start}
            count = self._counts.get((key, window_start), 0) + 1
            self._counts[(key, window_start)] = count
            return count


# --- the client's address -----------------------------------------------------------------

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (`10.0.0.5`, `10.0.0.0/8`, `::1`) as networks; ValueError if not."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address,
             proxies: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(scope: Scope, trusted_proxies: Sequence[Network] = ()) -> str:
    """The address every per-address limit counts against.

    The peer of the TCP connection, unless that peer is one of `trusted_proxies`: then
    `X-Forwarded-For` is read from the right (the entry the proxy itself added) past any
    further trusted proxies, and the first untrusted address is the client. Anyone else's
    `X-Forwarded-For` is ignored, so a caller cannot claim a new address per request.
    """
    client = scope.get("client")
    peer = str(client[0]) if client else "unknown"
    peer_ip = _ip(peer)
    if not trusted_proxies or peer_ip is None or not _trusted(peer_ip, trusted_proxies):
        return peer
    forwarded = [
        value.decode("latin-1")
        for key, value in scope.get("headers", [])
        if key.lower() == b"x-forwarded-for"
    ]
    hops = [hop for line in forwarded for hop in line.split(",")][-32:]
    address = peer_ip
    for hop in reversed(hops):
        hop_ip = _ip(hop)
        if hop_ip is None:
            break  # garbage from further out: stop at the last address we can vouch for
        address = hop_ip
        if not _trusted(hop_ip, trusted_proxies):
            break
    return str(address)
