-- Selling (issue 14 part 1, ADR 0012): the bank's buyers, its sales with their lines, and the
-- adjustments of its stock. Nothing here is a ledger entry: a sale never touches members' savings.
CREATE TABLE buyer (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    phone      TEXT,
    address    TEXT,
    sync_state TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sale (
    id            TEXT PRIMARY KEY,
    buyer_id      TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    total         INTEGER NOT NULL,
    total_grams   INTEGER NOT NULL,
    receipt_photo TEXT,
    sold_by       TEXT    NOT NULL,
    sync_state    TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_sale_day ON sale (day);

CREATE TABLE sale_line (
    sale_id       TEXT    NOT NULL,
    line_no       INTEGER NOT NULL,
    material_code TEXT    NOT NULL,
    grams         INTEGER NOT NULL,
    price_per_kg  INTEGER NOT NULL,
    amount        INTEGER NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

-- grams is signed (negative takes weight away); a re-sort moves -grams into target_material.
CREATE TABLE stock_adjustment (
    id              TEXT PRIMARY KEY,
    material_code   TEXT    NOT NULL,
    grams           INTEGER NOT NULL,
    reason          TEXT    NOT NULL,
    target_material TEXT,
    note            TEXT,
    day             TEXT    NOT NULL,
    sync_state      TEXT    NOT NULL
) WITHOUT ROWID;
