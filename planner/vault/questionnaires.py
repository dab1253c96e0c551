"""Completed questionnaires (ONS4, PHQ-9, GAD-7), scored on read from the instrument data."""

from datetime import datetime

from planner.domain.questionnaire import QuestionnaireResponse
from planner.instruments.scoring import load_instrument, validate_answers
from planner.vault.codec import dump, load, to_ms
from planner.vault.store import Store


class QuestionnaireRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, response: QuestionnaireResponse) -> None:
        validate_answers(load_instrument(response.instrument), response.answers)
        response = self._store.stamp(response)
        with self._store.transaction() as c:
            self._store.changed(c, "check-ins")
            c.execute(
                "INSERT INTO questionnaire_responses(id, instrument, completed_at, body) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
                "instrument = excluded.instrument, completed_at = excluded.completed_at",
                (
                    str(response.id),
                    response.instrument,
                    to_ms(response.completed_at),
                    dump(response),
                ),
            )

    def all(
        self, instrument: str | None = None, since: datetime | None = None
    ) -> list[QuestionnaireResponse]:
        """Oldest first, so a trend reads left to right."""
        sql = "SELECT body FROM questionnaire_responses WHERE 1 = 1"
        params: list[object] = []
        if instrument is not None:
            sql += " AND instrument = ?"
            params.append(instrument)
        if since is not None:
            sql += " AND completed_at >= ?"
            params.append(to_ms(since))
        rows = self._store.query(sql + " ORDER BY completed_at", tuple(params))
        return [load(QuestionnaireResponse, r[0]) for r in rows]

    def latest(self, instrument: str) -> QuestionnaireResponse | None:
        rows = self._store.query(
            "SELECT body FROM questionnaire_responses WHERE instrument = ? "
            "ORDER BY completed_at DESC LIMIT 1",
            (instrument,),
        )
        return load(QuestionnaireResponse, rows[0][0]) if rows else None
