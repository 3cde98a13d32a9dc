-- Settings of this phone: server, pairing, sync cursor, language.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE member (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    house_no   TEXT,
    village    TEXT,
    phone      TEXT,
    joined_on  TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    search_key TEXT    NOT NULL,
    sync_state TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_member_name ON member (name);

CREATE TABLE price (
    id             TEXT PRIMARY KEY,
    material_code  TEXT    NOT NULL,
    price_per_kg   INTEGER NOT NULL,
    effective_from TEXT    NOT NULL,
    name_th        TEXT,
    name_en        TEXT,
    recorded_at    INTEGER NOT NULL,
    sync_state     TEXT    NOT NULL
);
CREATE INDEX ix_price_board ON price (material_code, effective_from, recorded_at);

-- The ledger as this phone knows it: its own entries and those pulled from the server.
CREATE TABLE entry (
    id          TEXT PRIMARY KEY,
    member_id   TEXT,
    account     INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    grams       INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    reverses_id TEXT,
    note        TEXT,
    sync_state  TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_entry_member ON entry (member_id, occurred_at);
CREATE INDEX ix_entry_time ON entry (occurred_at);
CREATE UNIQUE INDEX uq_entry_reverses ON entry (reverses_id);

CREATE TABLE deposit_line (
    entry_id      TEXT    NOT NULL,
    line_no       INTEGER NOT NULL,
    material_code TEXT    NOT NULL,
    grams         INTEGER NOT NULL,
    price_per_kg  INTEGER NOT NULL,
    amount        INTEGER NOT NULL,
    PRIMARY KEY (entry_id, line_no)
) WITHOUT ROWID;

-- Ops waiting for the server's answer. A row leaves only when the server answered APPLIED or
-- DUPLICATE; a REJECTED row stays, with the reason, until a committee member retries or discards it.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT    NOT NULL UNIQUE,
    type         TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    recorded_at  INTEGER NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'PENDING',
    attempts     INTEGER NOT NULL DEFAULT 0,
    reason_code  TEXT,
    reason_th    TEXT,
    reason_field TEXT
);
CREATE INDEX ix_outbox_state ON outbox (state, seq);
