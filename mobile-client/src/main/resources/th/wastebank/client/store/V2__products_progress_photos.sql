-- Upcycled products of "1 อปท. 1 ผลิตภัณฑ์", versioned like members: an edit is one more version.
-- photos is a JSON array of the photos' SHA-256 (the files themselves travel through the photo queue).
CREATE TABLE product (
    id             TEXT PRIMARY KEY,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    materials      TEXT,
    story          TEXT,
    producer_group TEXT,
    price_satang   INTEGER,
    status         TEXT    NOT NULL,
    photos         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    sync_state     TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_product_name ON product (name);

-- The five steps, each record with its evidence. A step may be recorded again: the latest counts.
CREATE TABLE milestone (
    id              TEXT PRIMARY KEY,
    step            INTEGER NOT NULL,
    done_on         TEXT    NOT NULL,
    note            TEXT,
    income_model    TEXT,
    participants    INTEGER,
    activity        TEXT,
    product_id      TEXT,
    video_url       TEXT,
    video_seconds   INTEGER,
    video_file_name TEXT,
    photos          TEXT    NOT NULL,
    recorded_at     INTEGER NOT NULL,
    sync_state      TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_milestone_step ON milestone (step, recorded_at);

-- Photos waiting for (or done with) their resumable upload, one row per SHA-256 of the JPEG bytes.
-- file is relative to the app's private directory. A row and its file stay until the server has the
-- photo (state UPLOADED), and the file stays after that too: the screens show it.
-- upload_url is the tus upload to resume, confirmed the bytes the server has acknowledged.
CREATE TABLE photo (
    sha256      TEXT PRIMARY KEY,
    file        TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'QUEUED',
    upload_url  TEXT,
    confirmed   INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    queued_at   INTEGER NOT NULL,
    uploaded_at INTEGER
) WITHOUT ROWID;
CREATE INDEX ix_photo_state ON photo (state, queued_at);
