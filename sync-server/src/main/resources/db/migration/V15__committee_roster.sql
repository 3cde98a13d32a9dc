-- The bank's committee roster (issue 14): who may approve money leaving an account, with their
-- seat and term. Written from committee.upsert ops; the op log keeps every earlier version. PINs
-- are never here: they stay on the phone that set them (ADR 0013). A withdrawal, payout or levy
-- run that carries roster ids is checked against these rows and flagged when it breaks the rule.
CREATE TABLE committee_member (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    from_day    DATE         NOT NULL,
    to_day      DATE         NULL,
    state       TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    updated_seq BIGINT       NOT NULL,
    KEY ix_committee_member_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
