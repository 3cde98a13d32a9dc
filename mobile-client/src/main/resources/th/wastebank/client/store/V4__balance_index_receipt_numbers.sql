-- A member's balance is SUM(amount) WHERE member_id = ? AND account = ?. With only
-- ix_entry_member (member_id, occurred_at) and V3's ix_entry_account (account, occurred_at),
-- SQLite (no statistics) chose the account index and summed every savings entry of the bank:
-- 35-60 ms per deposit save after a 100,000-row pull. With both equality columns in one index the
-- planner always takes it, and a balance reads only that member's rows.
DROP INDEX ix_entry_member;
CREATE INDEX ix_entry_member ON entry (member_id, account, occurred_at);

-- The receipt number printed for an entry this phone made (ReceiptNumber: the phone's code from
-- pairing and its running number, whose last value is the setting receipt.last). Entries from
-- before, or from another phone, have none and keep showing their old number.
CREATE TABLE receipt (
    entry_id   TEXT PRIMARY KEY,
    receipt_no TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
