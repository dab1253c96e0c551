"""The sync exception hierarchy, in one place.

`SyncError` is an `InputError` when the person can fix it (a bad URL) and a plain PlannerError
when the network or the server is at fault; either way the message is plain English and the
outbox keeps everything for the next try.
"""

from planner.errors import InputError, PlannerError


class SyncError(PlannerError):
    """Syncing did not finish; nothing queued was lost."""


class Offline(SyncError):
    """The endpoint could not be reached (no network, server down, timed out)."""


class ServerRefused(SyncError):
    """The endpoint answered with an error we cannot retry."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class BadReply(SyncError):
    """The endpoint's reply did not match the protocol; nothing from it was stored."""


class BadEndpointUrl(InputError):
    """The endpoint address is not one we will talk to."""


class NotAFeed(BadReply):
    """A directory feed's address does not answer as Open Referral UK 3.0; nothing was kept."""
