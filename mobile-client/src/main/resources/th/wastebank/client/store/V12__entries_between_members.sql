-- Savings moved between two members (ADR 0019): each posting of a transfer to an heir or of a merge
-- of a duplicate names the other member, so the passbook says from whom or to whom it went.
ALTER TABLE entry ADD COLUMN counterpart_id TEXT;
