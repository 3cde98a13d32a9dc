-- Member welfare (issue 6). The fund's money is in ledger_entry (account 2 = WELFARE_FUND); these
-- tables hold the schemes, claims, levy runs and payouts the entries belong to, and monthly totals.

CREATE TABLE welfare_scheme (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    funding     VARCHAR(20)  NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    state       TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    updated_seq BIGINT       NOT NULL,
    KEY ix_welfare_scheme_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE welfare_scheme_version (
    org_id         BIGINT     NOT NULL,
    scheme_id      BINARY(16) NOT NULL,
    version        BIGINT     NOT NULL,
    state          TEXT       NOT NULL,
    superseded_seq BIGINT     NOT NULL,
    PRIMARY KEY (scheme_id, superseded_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE welfare_claim (
    id           BINARY(16)    NOT NULL PRIMARY KEY,
    org_id       BIGINT        NOT NULL,
    scheme_id    BINARY(16)    NOT NULL,
    member_id    BINARY(16)    NOT NULL,
    event_date   DATE          NOT NULL,
    days         INT           NULL,
    note         VARCHAR(1000) NULL,
    photos       TEXT          NOT NULL,
    filed_at     DATETIME(3)   NOT NULL,
    eligible     TINYINT       NOT NULL,
    payout_count INT           NOT NULL DEFAULT 0,
    paid_satang  BIGINT        NOT NULL DEFAULT 0,
    filed_seq    BIGINT        NOT NULL,
    KEY ix_welfare_claim_org (org_id, scheme_id, member_id, event_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One levy run per scheme and event: a second run for the same event is refused, never debited.
CREATE TABLE welfare_levy (
    id           BINARY(16)   NOT NULL PRIMARY KEY,
    org_id       BIGINT       NOT NULL,
    scheme_id    BINARY(16)   NOT NULL,
    event_key    VARCHAR(100) NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    basis        VARCHAR(20)  NOT NULL,
    run_at       DATETIME(3)  NOT NULL,
    member_count INT          NOT NULL,
    total        BIGINT       NOT NULL,
    op_seq       BIGINT       NOT NULL,
    UNIQUE KEY uq_welfare_levy_event (org_id, scheme_id, event_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which claim a payout entry paid (the entry itself is in ledger_entry under the same id).
CREATE TABLE welfare_payout (
    id       BINARY(16)  NOT NULL PRIMARY KEY,
    org_id   BIGINT      NOT NULL,
    claim_id BINARY(16)  NOT NULL,
    amount   BIGINT      NOT NULL,
    paid_at  DATETIME(3) NOT NULL,
    op_seq   BIGINT      NOT NULL,
    KEY ix_welfare_payout_claim (claim_id)
) ENGINE = InnoDB;

-- Per org, month (Thai time) and scheme kind ('FUND' for money paid in from outside savings).
CREATE TABLE org_welfare_month (
    org_id              BIGINT      NOT NULL,
    month               DATE        NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    claim_count         BIGINT      NOT NULL DEFAULT 0,
    payout_count        BIGINT      NOT NULL DEFAULT 0,
    payout_satang       BIGINT      NOT NULL DEFAULT 0,
    levy_satang         BIGINT      NOT NULL DEFAULT 0,
    contribution_satang BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, month, kind),
    KEY ix_welfare_month_national (month, kind, claim_count, payout_count, payout_satang, levy_satang)
) ENGINE = InnoDB;
