-- A member's number in their bank (ADR 0014: shared-model MemberNumber writes it as 0042-7). The
-- server gives it, under the org's push lock, as the org's highest number plus one, when it first
-- applies the member's registration; the unique index makes a second member with the same number
-- impossible rather than merely unlikely. Members registered before this migration are numbered
-- once here, in the order the server first applied them (created_seq, then id), so a bank's
-- oldest member is 1.
ALTER TABLE member ADD COLUMN number INT NULL;
UPDATE member m
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY created_seq, id) AS n FROM member) r
    ON r.id = m.id
SET m.number = r.n;
CREATE UNIQUE INDEX uq_member_number ON member (org_id, number);
