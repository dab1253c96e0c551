"""Numbered schema migrations; `PRAGMA user_version` records the last one applied.

Never edit a migration that has shipped: add the next number. Each runs in one transaction
after store.py has copied the vault file aside.
"""

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE goals (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE TABLE plan_versions (
            version INTEGER PRIMARY KEY,
            saved_at TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE TABLE trackers (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL
        );
        CREATE TABLE log_entries (
            n INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE,
            tracker INTEGER NOT NULL REFERENCES trackers(n),
            at INTEGER NOT NULL,
            value REAL,
            text TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE questionnaire_responses (
            id TEXT PRIMARY KEY,
            instrument TEXT NOT NULL,
            completed_at INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        CREATE TABLE reminders (
            id TEXT PRIMARY KEY,
            body TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        """
        -- Range queries by tracker and time are the hot path (charts, goal progress, exports).
        CREATE INDEX log_entries_by_tracker_time ON log_entries(tracker, at);
        CREATE INDEX questionnaire_responses_by_time
            ON questionnaire_responses(instrument, completed_at);
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]
