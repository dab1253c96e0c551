"""Health Planner core: plain Python with no Qt and no network.

The UI and the sync client sit on top of this package; it never imports them (a test enforces
it), so the core can be scripted, tested and audited on its own.

`__version__` is here, the one place both front doors (cli/ and ui/) and the packaging read it.
"""

from planner.errors import (
    CorruptVault,
    InputError,
    InvalidFile,
    PlannerError,
    ProfileExists,
    ProfileNotFound,
    ValidationFailed,
    WrongPassphrase,
)

__version__ = "0.1.0"

__all__ = [
    "CorruptVault",
    "InputError",
    "InvalidFile",
    "PlannerError",
    "ProfileExists",
    "ProfileNotFound",
    "ValidationFailed",
    "WrongPassphrase",
    "__version__",
]
