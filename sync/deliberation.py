"""Deliberative consultations on the person's computer (issue #26, point 2): queue a
question's before and after answers as one contribution, and keep the published before/after
figures of every deliberative consultation for reading offline.

The figures are fetched for EVERY deliberative consultation on the list, not only those the
person answered: which ones a computer asks for would otherwise tell the server who took part.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from planner.vault import Vault
from sync import outbox, state
from sync.access import VaultCall
from sync.client import EndpointClient
from sync.errors import ServerRefused
from sync.protocol import Contribution, DeliberationAnswer, DeliberationResults, Survey
from sync.untrusted import UNTRUSTED

__all__ = ["cached_shifts", "pull_shifts", "queue_pair"]

_KEY = "shifts"


def queue_pair(
    vault: Vault, survey_id: str, question_id: str, before: str, after: str, read_pack: bool
) -> Contribution:
    """Queue one question's two answers (purpose `surveys`, refused without its consent)."""
    return outbox.queue(
        vault,
        DeliberationAnswer(
            survey_id=survey_id, question_id=question_id, before=before, after=after,
            read_pack=read_pack,
        ),
    )


def pull_shifts(at: VaultCall, client: EndpointClient, surveys: Sequence[Survey]) -> int:
    """Download the figures of every deliberative consultation among `surveys` (the cached
    list) and keep them, replacing the old copy. Returns how many were kept."""
    wanted = [s.id for s in surveys if s.deliberation is not None]
    kept: dict[str, str] = {}
    for survey_id in wanted:
        try:
            got = client.shift(survey_id)
        except ServerRefused as exc:
            if exc.status == 404:  # closed since the list came, or an older server
                continue
            raise
        if got.model is not None:
            kept[survey_id] = got.model.model_dump_json()
    at(lambda v: state.put(v, _KEY, json.dumps(kept)))
    return len(kept)


def cached_shifts(vault: Vault) -> dict[str, DeliberationResults]:
    """The kept figures per consultation id (validated again on reading, like every cache)."""
    raw = state.get(vault, _KEY)
    if not raw:
        return {}
    return {
        survey_id: DeliberationResults.model_validate_json(body, context=UNTRUSTED)
        for survey_id, body in json.loads(raw).items()
    }
