-- Whether a member still belongs to the bank (ADR 0017), as the member's edit: status is
-- MemberStatus's name (NULL: active), status_on the day they moved away, died or left, status_note
-- the committee's words. village_no is the หมู่ที่ picked from the bank's village list. merged_into
-- and merged_on mark a duplicate record merged into the one kept (member.merge).
ALTER TABLE member ADD COLUMN status TEXT;
ALTER TABLE member ADD COLUMN status_on TEXT;
ALTER TABLE member ADD COLUMN status_note TEXT;
ALTER TABLE member ADD COLUMN village_no INTEGER;
ALTER TABLE member ADD COLUMN merged_into TEXT;
ALTER TABLE member ADD COLUMN merged_on TEXT;
