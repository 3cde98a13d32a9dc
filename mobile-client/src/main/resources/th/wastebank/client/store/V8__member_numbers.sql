-- A member's number in the bank (ADR 0014), given by the server when it first applies the
-- registration and pulled with it; NULL until then (a member registered offline) and for members
-- pulled before numbers existed, until the phone has asked the server for those once
-- (MemberNumbersCatchUp). Not unique here: the server's index is the guarantee, and a restored
-- server may move a number from one member to another until the next pull.
ALTER TABLE member ADD COLUMN number INTEGER;
CREATE INDEX ix_member_number ON member (number);
