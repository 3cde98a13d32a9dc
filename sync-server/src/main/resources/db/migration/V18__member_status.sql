-- Whether a member still belongs to the bank (issue 14 part 4, ADR 0017), kept as the member's edit:
-- status is MemberStatus's name (NULL: active, as every member registered before this), status_on
-- the day they moved away, died or left, status_note what the committee wrote. village_no is the
-- หมู่ที่ picked from the bank's village list (NULL: only the typed village). merged_into/merged_on are
-- written when a duplicate record is merged into the one kept (member.merge): the merged record
-- stays, with its passbook, and is no longer counted from that day.
ALTER TABLE member
    ADD COLUMN status      VARCHAR(20)   NULL,
    ADD COLUMN status_on   DATE          NULL,
    ADD COLUMN status_note VARCHAR(1000) NULL,
    ADD COLUMN village_no  SMALLINT      NULL,
    ADD COLUMN merged_into BINARY(16)    NULL,
    ADD COLUMN merged_on   DATE          NULL;
