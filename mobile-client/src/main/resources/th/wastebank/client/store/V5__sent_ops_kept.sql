-- Ops the server acknowledged (APPLIED or DUPLICATE), moved here from the outbox and kept for
-- sync.keepSentDays days (90 unless set): a server restored from an older backup may lack them, and
-- the phone then puts them back in the outbox (ADR 0009). A table of their own keeps the outbox as
-- small as what is still owed, so saving, counting and pulling never read the kept ones.
CREATE TABLE sent_op (
    seq         INTEGER PRIMARY KEY,
    op_id       TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    acked_at    INTEGER NOT NULL
);
CREATE INDEX ix_sent_op_acked ON sent_op (acked_at);

-- 1 for an op put back after a restore: when the server refuses it (say, the member it needs is
-- another phone's and not sent again yet), it is tried again on every sync run instead of waiting
-- for a person.
ALTER TABLE outbox ADD COLUMN resent INTEGER NOT NULL DEFAULT 0;
