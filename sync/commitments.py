"""Following "you said, we did" commitments (issue #26, point 4), on this computer only.

The app downloads every commitment (public, with the `surveys` consent, see sync.engine) and
shows those of consultations the person answered. Following one is a choice kept in the vault:
the endpoint never learns who follows what, so following needs no consent of its own.
"""

from __future__ import annotations

from planner.vault.vault import Vault
from sync import engine, outbox, state
from sync.protocol import Commitment

__all__ = ["answered_commitments", "follow", "followed"]

_FOLLOWED = "commitments:followed"


def answered_commitments(vault: Vault) -> list[Commitment]:
    """The cached commitments of consultations this person answered (so offline too)."""
    commitments = engine.cached_commitments(vault).commitments
    if not commitments:
        return []
    answered = outbox.answered_surveys(vault)
    return [c for c in commitments if c.survey_id in answered]


def followed(vault: Vault) -> set[str]:
    return set(state.get_json(vault, _FOLLOWED) or [])


def follow(vault: Vault, commitment_id: str, on: bool = True) -> None:
    ids = followed(vault)
    if on:
        ids.add(commitment_id)
    else:
        ids.discard(commitment_id)
    state.put_json(vault, _FOLLOWED, sorted(ids))
