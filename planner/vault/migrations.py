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
    (
        5,
        """
        -- One row per tracker and UTC day that has entries: how many, the first and last time,
        -- and the day's lowest and highest value with the (earliest) time each was logged.
        -- Streaks walk these rows instead of one index seek into the entries per day (a
        -- wearable's dense days made the dashboard grow with the vault), and long charts read
        -- days instead of every reading. The key packs (tracker, day) into one integer,
        -- tracker * 2^32 + day + 2^31 (so k >> 32 is the tracker), in a rowid table: an
        -- import appends days in key order, and SQLite appends to a rowid table without the
        -- index rebalancing that costs locked, wiped allocations under cipher_memory_security.
        -- Kept by planner/vault/logs.py and bulk.py in the transaction that changes the entries.
        CREATE TABLE log_days (
            k INTEGER PRIMARY KEY,
            entries INTEGER NOT NULL,
            first_at INTEGER NOT NULL,
            last_at INTEGER NOT NULL,
            valued INTEGER NOT NULL,
            low REAL,
            low_at INTEGER,
            high REAL,
            high_at INTEGER
        );
        INSERT INTO log_days(k, entries, first_at, last_at, valued, low, high)
            SELECT tracker * 4294967296 + day + 2147483648, count(*), min(at), max(at),
                count(value), min(value), max(value)
            FROM (
                SELECT tracker, value, at,
                    (at - ((at % 86400000) + 86400000) % 86400000) / 86400000 AS day
                FROM log_entries
            )
            GROUP BY tracker, day;
        UPDATE log_days SET
            low_at = (
                SELECT min(e.at) FROM log_entries e
                WHERE e.tracker = log_days.k >> 32 AND e.at BETWEEN log_days.first_at
                    AND log_days.last_at AND e.value = log_days.low),
            high_at = (
                SELECT min(e.at) FROM log_entries e
                WHERE e.tracker = log_days.k >> 32 AND e.at BETWEEN log_days.first_at
                    AND log_days.last_at AND e.value = log_days.high)
            WHERE valued > 0;
        """,
    ),
    (
        6,
        """
        -- Medicines, their dose log, appointments and the health summary (issue #13).
        -- Medicines and appointments are read whole (JSON bodies). `added_at` is when the
        -- medicine was first saved in this vault: planner/services/doses.py never marks a
        -- dose missed that was due before it, so adding a medicine started years ago does
        -- not back-fill years of misses.
        CREATE TABLE medicines (
            id TEXT PRIMARY KEY,
            added_at INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        -- One row per dose. `due` is the scheduled moment (ms, UTC, NULL for an "as needed"
        -- dose), `slot` the same moment as the local wall-clock time it was scheduled for
        -- ("2025-03-01T08:00:00"), `t` the time the dose is listed under (due, else at).
        -- The UNIQUE constraints make a scheduled dose recordable once: taken, skipped or
        -- missed, never two of them, whatever restarts, concurrent runs or time-zone changes
        -- happen between the marks (NULLs, the "as needed" doses, never clash).
        CREATE TABLE doses (
            id TEXT PRIMARY KEY,
            medicine_id TEXT NOT NULL REFERENCES medicines(id),
            due INTEGER,
            slot TEXT,
            t INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('taken', 'skipped', 'missed')),
            body TEXT NOT NULL,
            UNIQUE (medicine_id, due),
            UNIQUE (medicine_id, slot)
        );
        CREATE INDEX doses_by_medicine_time ON doses(medicine_id, t);
        CREATE INDEX doses_by_time ON doses(t);
        CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            at INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX appointments_by_time ON appointments(at);
        CREATE TABLE health_summary (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            body TEXT NOT NULL
        );
        """,
    ),
    (
        7,
        """
        -- Social prescribing (issue #14): referrals, the directory services chosen for them
        -- and each session gone to or missed. Stored whole (JSON bodies) with columns for
        -- ordering, the links between them and the one-record-per-day rule.
        CREATE TABLE social_referrals (
            id TEXT PRIMARY KEY,
            referred_on TEXT NOT NULL,
            body TEXT NOT NULL
        );
        -- `referral_id` may be NULL: a service chosen without a referral (self-chosen), or
        -- one whose referral was deleted. `action_id` is its action in the plan.
        CREATE TABLE chosen_services (
            id TEXT PRIMARY KEY,
            referral_id TEXT REFERENCES social_referrals(id),
            service_id TEXT NOT NULL,
            action_id TEXT,
            added_on TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX chosen_services_by_referral ON chosen_services(referral_id, added_on);
        CREATE INDEX chosen_services_by_action ON chosen_services(action_id);
        -- One record per chosen service and day: went, or not this time. The UNIQUE
        -- constraint, not a check in Python, holds it across windows and runs.
        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            chosen_id TEXT NOT NULL REFERENCES chosen_services(id),
            on_day TEXT NOT NULL,
            attended INTEGER NOT NULL CHECK (attended IN (0, 1)),
            body TEXT NOT NULL,
            UNIQUE (chosen_id, on_day)
        );
        CREATE INDEX attendance_by_day ON attendance(on_day);
        """,
    ),
    (
        8,
        """
        -- Who entered what (issue #24). Log entries, the high-volume aggregate, keep the carer
        -- who entered one in a side table, so the person's own entries (nearly all) cost
        -- nothing. Aggregates stored as JSON bodies carry `author` in the body.
        CREATE TABLE entry_authors (
            entry BLOB PRIMARY KEY,
            author TEXT NOT NULL
        ) WITHOUT ROWID;
        -- The access log: one row per carer session that could write, and counts of what it
        -- changed (never contents).
        CREATE TABLE access_sessions (
            id INTEGER PRIMARY KEY,
            grant_id TEXT NOT NULL,
            carer TEXT NOT NULL,
            level TEXT NOT NULL,
            started TEXT NOT NULL,
            last TEXT NOT NULL
        );
        CREATE TABLE access_changes (
            session INTEGER NOT NULL REFERENCES access_sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (session, kind)
        ) WITHOUT ROWID;
        """,
    ),
    (
        9,  # personalised care (issue #25)
        """
        -- Deciding together, treatment referrals and the personal health budget (issue #25).
        -- Decisions and treatment referrals are read whole (JSON bodies), with a column to
        -- order them by. Treatment referrals are their own table, apart from the
        -- social-prescribing referrals of migration 7: different rights, different screen.
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY,
            created_on TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE TABLE treatment_referrals (
            id TEXT PRIMARY KEY,
            referred_on TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE TABLE budgets (
            id TEXT PRIMARY KEY,
            starts TEXT NOT NULL,
            body TEXT NOT NULL
        );
        -- Money in whole pence (INTEGER), so SUM() is exact to the penny.
        CREATE TABLE budget_spends (
            id TEXT PRIMARY KEY,
            budget_id TEXT NOT NULL REFERENCES budgets(id),
            on_day TEXT NOT NULL,
            category TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            body TEXT NOT NULL
        );
        CREATE INDEX budget_spends_by_budget ON budget_spends(budget_id, on_day);
        -- A receipt's bytes (photo or PDF), inside the encrypted vault and nowhere else. The
        -- size limit is held here too, whatever writes the row.
        CREATE TABLE receipts (
            spend_id TEXT PRIMARY KEY REFERENCES budget_spends(id),
            data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 5242880)
        );
        """,
    ),
    (
        10,  # the outbox by purpose (issue #22)
        """
        -- Ballots and survey answers are found among the queued items without reading every
        -- queued item: 10,000 pieces of feedback waiting made opening Taking part read them
        -- all to find none.
        CREATE INDEX outbox_by_purpose ON outbox(purpose, state, created_at);
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]
