"""The demo profile as both front doors make it: `health-planner demo` and "Try the demo".

One place, so the command line and the window give the same profile: the made-up data from
planner.demo, plus the local reference endpoint's address (`make run-endpoint` serves it), which
is the sync layer's setting and so cannot live in the core. It sits in sync/ because both front
doors (cli/ and ui/) sit above it and neither may import the other.
"""

from __future__ import annotations

from collections.abc import Callable

from planner import demo
from planner.vault import Profiles, Vault
from sync import state

DEMO_ENDPOINT = "http://127.0.0.1:8765"


def create_demo(profiles: Profiles, progress: Callable[[int, int], None] | None = None) -> Vault:
    """Create and fill the demo profile, unlocked; on any failure nothing is left behind."""
    step = progress or (lambda _done, _total: None)
    step(1, 3)
    vault, _code = profiles.create(demo.DEMO_NAME, demo.DEMO_PASSPHRASE)
    try:
        step(2, 3)
        demo.populate(vault)
        state.set_endpoint(vault, DEMO_ENDPOINT)
    except BaseException:
        vault.lock()
        profiles.delete(demo.DEMO_NAME)
        raise
    return vault
