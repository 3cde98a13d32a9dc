-- A deposit's receipt number (A7-000123), as the phone printed it, in its own column: one number
-- names one deposit of a bank, which the unique index holds (NULLs repeat freely: entries of other
-- kinds, deposits made before receipt codes, and a deposit whose number another deposit already
-- has, which is stored without it and flagged RECEIPT_NO_DUPLICATE for review).
ALTER TABLE ledger_entry ADD COLUMN receipt_no VARCHAR(9) NULL;
CREATE UNIQUE INDEX uq_ledger_receipt_no ON ledger_entry (org_id, receipt_no);
