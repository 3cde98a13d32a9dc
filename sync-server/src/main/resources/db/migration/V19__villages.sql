-- The อปท.'s villages (issue 14): หมู่ที่ number and name, an editable list kept as village.upsert
-- ops (the op log keeps every earlier version). Members are counted by the village's number
-- (ADR 0018), so two rows with one number (two phones adding a village offline) are both kept,
-- counted once and flagged VILLAGE_NUMBER_TWICE. A retired village is no longer offered in the
-- phone's picker but still named for the members who live there.
CREATE TABLE village (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL,
    number      INT          NOT NULL,
    name        VARCHAR(200) NULL,
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    state       TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    created_seq BIGINT       NOT NULL,
    updated_seq BIGINT       NOT NULL,
    KEY ix_village_org (org_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
