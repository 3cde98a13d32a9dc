-- The อปท.'s villages (issue 14), from village.upsert ops: หมู่ที่ number (1 to 99) and name. A
-- retired village (retired = 1) is no longer offered in the member form's picker but is still named
-- for members who live there. Two rows may share a number (two phones added it offline): both are
-- listed and count as one village (ADR 0018).
CREATE TABLE village (
    id         TEXT PRIMARY KEY,
    number     INTEGER NOT NULL,
    name       TEXT,
    retired    INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    sync_state TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_village_number ON village (number);
