"""Free text (FFT comments, survey text answers) for the console's editors, and re-keying it
under a new text-encryption key (endpoint/textcrypt.py): the only reads of stored text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from endpoint.store.directory import Directory
from endpoint.store.tables import _FREE_TEXT, contributions
from endpoint.textcrypt import PREFIX as TEXT_PREFIX
from endpoint.textcrypt import TextKeyError


@dataclass(frozen=True, slots=True, order=True)
class FreeText:
    """One free-text value for an organisation's editors (`Store.comments_for`)."""

    source: str  # "fft" (a comment on a service) or "survey" (a text answer)
    target_id: str  # the service id or the consultation id
    detail: str  # the FFT rating, or the question id
    text: str


class FreeTexts(Directory):
    """Decrypting free text for an organisation's editors, and re-encrypting it all."""

    # --- free text, for the console's editors (issue 15 part 5) ----------------------------

    def comments_for(self, organisation_id: str) -> list[FreeText]:
        """Every FFT comment on the organisation's directory services and every free-text
        answer to its consultations, decrypted: only for the console's editors of that
        organisation. No contributor id, contribution id or time comes out, and the order is
        by service or question and then the text itself, so nothing links two texts."""
        services = {str(doc["id"]) for doc in self.all_services()
                    if str((doc.get("organization") or {}).get("id") or "") == organisation_id}
        consultations = {str(doc["id"]) for doc in self.list_surveys(drafts=True)
                         if str(doc.get("organisation_id") or "") == organisation_id}
        c = contributions.c
        found: list[FreeText] = []
        with self.engine.connect() as conn:
            if services:
                for row in conn.execute(
                    select(c.id, c.service_id, c.rating, c.comment).where(
                        c.kind == "fft", c.comment.is_not(None), c.service_id.in_(services))
                ):
                    found.append(FreeText("fft", row.service_id, row.rating or "",
                                          self._reveal(row.comment, row.id)))
            if consultations:
                for row in conn.execute(
                    select(c.id, c.survey_id, c.question_id, c.answer_text).where(
                        c.kind == "survey", c.answer_text.is_not(None),
                        c.survey_id.in_(consultations))
                ):
                    found.append(FreeText("survey", row.survey_id, row.question_id,
                                          self._reveal(row.answer_text, row.id)))
        return sorted(found)

    def _reveal(self, stored: str, contribution_id: str) -> str:
        if self.cipher is None:
            if stored.startswith(TEXT_PREFIX):
                raise TextKeyError("free text is encrypted: start with the key")
            return stored
        return self.cipher.decrypt(stored, contribution_id)

    def rekey_text(self, batch: int = 500) -> int:
        """Encrypt every free-text value under the current key (plaintext from before
        encryption, or values made with an old key during a rotation); the count changed."""
        if self.cipher is None:
            raise TextKeyError("no text-encryption key: set HEALTH_PLANNER_ENDPOINT_KEY")
        c = contributions.c
        changed, after = 0, ""
        while True:
            with self._tx() as conn:
                rows = conn.execute(
                    select(c.id, c.comment, c.answer_text)
                    .where(c.id > after, (c.comment.is_not(None)) | (c.answer_text.is_not(None)))
                    .order_by(c.id).limit(batch)
                ).all()
                for row in rows:
                    values = {}
                    for name in _FREE_TEXT:
                        stored = getattr(row, name)
                        if stored is not None and not self.cipher.is_current(stored):
                            values[name] = self.cipher.encrypt(
                                self.cipher.decrypt(stored, row.id), row.id)
                    if values:
                        conn.execute(contributions.update().where(c.id == row.id)
                                     .values(**values))
                        changed += 1
            if len(rows) < batch:
                return changed
            after = rows[-1].id

