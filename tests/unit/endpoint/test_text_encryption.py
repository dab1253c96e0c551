"""Free text at rest (issue 15 part 5): FFT comments and survey text answers are stored
AES-GCM-encrypted under the key from the environment, bound to their row, readable with the key
through `Store.comments_for` (the console's editors), re-encrypted by `db rekey`, and the
console script refuses to start without a key unless told `--no-text-encryption`.

Over HTTP on SQLite and, with HEALTH_PLANNER_TEST_PG, PostgreSQL.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from endpoint.__main__ import main
from endpoint.store import FreeText, Store, contributions
from endpoint.textcrypt import (
    KEY_VARIABLE,
    OLD_KEYS_VARIABLE,
    TextCipher,
    TextKeyError,
    generate_key,
)

SERVICE = "7e6c3a79-1de3-5e59-ace4-8d007f566884"  # a seeded service ...
ORGANISATION = "09966f45-ec1a-595d-a3b4-02da0d1dcea9"  # ... and its organisation
SURVEY = "getting-to-community-services-2026"


def _own_the_survey(store: Store) -> None:
    (doc,) = [d for d in store.list_surveys() if d["id"] == SURVEY]
    store.upsert_surveys([{**doc, "organisation_id": ORGANISATION,
                           "last_modified": "2026-11-01T00:00:00Z"}])


def test_free_text_is_stored_encrypted_and_read_back_with_the_key(
    endpoint_factory: Any, endpoint_db_url: str, item: Any,
) -> None:
    key = generate_key()
    endpoint = endpoint_factory(text_key=key)
    _own_the_survey(endpoint.store)
    canary = f"canary-{uuid.uuid4().hex}"
    answer = f"answer-{uuid.uuid4().hex}"
    who = endpoint.register()
    reply = endpoint.send(who, [
        item({"kind": "fft", "service_id": SERVICE, "rating": "good", "comment": canary}),
        item({"kind": "survey", "survey_id": SURVEY, "question_id": "opening_times",
              "text": answer}),
        item({"kind": "fft", "service_id": "svc-elsewhere", "rating": "poor",
              "comment": "someone else's"}),
    ])
    assert reply.status_code == 200, reply.text

    # what the database holds: no plaintext, every value sealed under this key
    with endpoint.store.engine.connect() as conn:
        stored = conn.execute(select(contributions.c.comment, contributions.c.answer_text))
        values = [v for row in stored for v in row if v is not None]
    assert len(values) == 3
    assert all(v.startswith("hpenc1:") and canary not in v and answer not in v for v in values)
    if endpoint_db_url.startswith("sqlite:///"):
        database = Path(endpoint_db_url.removeprefix("sqlite:///"))
        wal = database.with_name(database.name + "-wal")
        raw = database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        assert canary.encode() not in raw and answer.encode() not in raw

    # with the key (another process, same database): the organisation's texts, nothing else
    reader = Store(endpoint_db_url, cipher=TextCipher(key))
    try:
        assert reader.comments_for(ORGANISATION) == [
            FreeText("fft", SERVICE, "good", canary),
            FreeText("survey", SURVEY, "opening_times", answer),
        ]
        assert reader.comments_for("another-organisation") == []
    finally:
        reader.dispose()
    # without it, or with another key: refused, never garbage
    for cipher in (None, TextCipher(generate_key())):
        wrong = Store(endpoint_db_url, cipher=cipher)
        try:
            with pytest.raises(TextKeyError):
                wrong.comments_for(ORGANISATION)
        finally:
            wrong.dispose()

    # withdrawal deletes the rows, sealed or not
    assert endpoint.delete("/v1/contributors/me", headers=who.headers).status_code == 200
    with endpoint.store.engine.connect() as conn:
        assert conn.execute(select(contributions.c.id)).all() == []


def test_a_value_moved_to_another_row_does_not_decrypt() -> None:
    cipher = TextCipher(generate_key())
    sealed = cipher.encrypt("Friendly and on time", "row-1")
    assert cipher.decrypt(sealed, "row-1") == "Friendly and on time"
    with pytest.raises(TextKeyError):
        cipher.decrypt(sealed, "row-2")
    assert cipher.encrypt("same", "row-1") != cipher.encrypt("same", "row-1")  # fresh nonces
    with pytest.raises(TextKeyError):
        TextCipher("c2hvcnQ=")  # 5 bytes


def test_rekey_seals_old_plaintext_and_moves_old_keys_to_the_new_one(tmp_path: Path) -> None:
    from sync.protocol import Contribution, FFTFeedback

    url = f"sqlite:///{tmp_path / 'rekey.db'}"
    old_key, new_key = generate_key(), generate_key()
    stores = [Store(url), Store(url, cipher=TextCipher(old_key))]  # before encryption; key 1
    stores[0].create_schema()
    stores[0].upsert_services([{"id": SERVICE, "name": "Walk", "borough": "Hackney",
                                "organization": {"id": ORGANISATION, "name": "Org"},
                                "last_modified": "2026-11-01T00:00:00Z"}])
    for n, store in enumerate(stores):
        person = str(uuid.uuid4())
        store.create_contributor(person, f"{n:064x}", _at())
        store.add_contributions(person, [Contribution(
            id=uuid.uuid4(), purpose="feedback", created_at=_at(),
            body=FFTFeedback(service_id=SERVICE, rating="good", comment=f"text {n}"))], _at())
        store.dispose()
    rotated = Store(url, cipher=TextCipher(new_key, [old_key]))
    try:
        assert rotated.rekey_text() == 2
        assert rotated.rekey_text() == 0
        assert [t.text for t in rotated.comments_for(ORGANISATION)] == ["text 0", "text 1"]
    finally:
        rotated.dispose()
    only_new = Store(url, cipher=TextCipher(new_key))  # the old key can go now
    try:
        assert len(only_new.comments_for(ORGANISATION)) == 2
    finally:
        only_new.dispose()


def _at() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 20, 10, tzinfo=UTC)


def test_the_console_script_wants_a_key_or_says_no_encryption(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    monkeypatch.delenv(OLD_KEYS_VARIABLE, raising=False)
    db = f"sqlite:///{tmp_path / 'e.db'}"
    assert main(["--db", db]) == 2
    assert KEY_VARIABLE in capsys.readouterr().err
    monkeypatch.setenv(KEY_VARIABLE, "not-a-key")
    assert main(["--db", db]) == 2
    assert main(["--generate-key"]) == 0
    key = capsys.readouterr().out.strip()
    TextCipher(key)
    monkeypatch.setenv(KEY_VARIABLE, key)
    assert main(["db", "rekey", "--db", db]) == 0
    assert "0 contributions re-encrypted" in capsys.readouterr().out
