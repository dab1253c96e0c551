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
    (
        3,
        """
        -- Participation (sync/): an append-only consent ledger, the outbox that doubles as the
        -- ledger of what was sent, and small key/value and cache tables for the sync client.
        CREATE TABLE consents (
            n INTEGER PRIMARY KEY,
            purpose TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
            text_version TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            purpose TEXT NOT NULL,
            created_at TEXT NOT NULL,
            body TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sent', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            endpoint TEXT
        );
        CREATE INDEX outbox_by_state ON outbox(state, created_at);
        CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        4,
        """
        -- The Logs screen lists every entry newest first, a page at a time. Without this each
        -- page of an unfiltered history sorts the whole table (2 s at 1,000,000 entries).
        CREATE INDEX log_entries_by_time ON log_entries(at, n);
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]
