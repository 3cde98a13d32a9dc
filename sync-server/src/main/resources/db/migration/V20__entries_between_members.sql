-- Savings moved between two members (ADR 0019): a transfer to an heir (savings.transfer) and the
-- merge of a member registered twice (member.merge). Each is one entry of two savings postings, and
-- each posting names the other member here, so both passbooks say from whom or to whom it went.
ALTER TABLE ledger_entry ADD COLUMN counterpart_id BINARY(16) NULL;
