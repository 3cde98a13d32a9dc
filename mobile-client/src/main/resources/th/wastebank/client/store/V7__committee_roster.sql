-- The bank's committee roster (issue 14), from committee.upsert ops: who may approve money leaving
-- an account, with their seat and term (from_day and to_day as ISO dates, to_day null while it runs).
CREATE TABLE committee_member (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    from_day   TEXT    NOT NULL,
    to_day     TEXT,
    version    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    sync_state TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_committee_member_name ON committee_member (name);

-- Each roster member's PIN on this phone only: never in an op, never synced (ADR 0013). The PIN is
-- kept as PBKDF2-HMAC-SHA256 over a random salt (both base64); iterations is the count it was made
-- with. failures counts wrong tries in a row; after five, locked_until (epoch ms) is when the next
-- try is allowed, so restarting the app does not reset the pause.
CREATE TABLE committee_pin (
    member_id    TEXT PRIMARY KEY,
    salt         TEXT    NOT NULL,
    hash         TEXT    NOT NULL,
    iterations   INTEGER NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    set_at       INTEGER NOT NULL
) WITHOUT ROWID;
