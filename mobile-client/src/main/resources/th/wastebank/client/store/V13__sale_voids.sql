-- A sale or a stock adjustment recorded by mistake, undone by sale.void (issue 14, ADR 0020): the
-- record stays in sale / stock_adjustment; this row names it with the committee's reason, and the
-- stock board and the month's margin leave it out. voided_id is unique: a record is voided once.
CREATE TABLE sale_void (
    id         TEXT PRIMARY KEY,
    voided_id  TEXT    NOT NULL UNIQUE,
    reason     TEXT    NOT NULL,
    voided_at  INTEGER NOT NULL,
    sync_state TEXT    NOT NULL
) WITHOUT ROWID;
