-- Geography (reference data, loaded at start-up from the bundled CSVs).
CREATE TABLE province (
    code    CHAR(2)      NOT NULL PRIMARY KEY,
    name_th VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE district (
    code          CHAR(4)      NOT NULL PRIMARY KEY,
    province_code CHAR(2)      NOT NULL,
    name_th       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    KEY ix_district_province (province_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sub_district (
    code          CHAR(6)      NOT NULL PRIMARY KEY,
    district_code CHAR(4)      NOT NULL,
    name_th       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    zip_code      CHAR(5)      NULL,
    lat           DECIMAL(9, 6) NULL,
    lng           DECIMAL(9, 6) NULL,
    KEY ix_sub_district_district (district_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tenants: one row per อปท.
CREATE TABLE org (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(16)  NOT NULL,
    name_th           VARCHAR(200) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    sub_district_code CHAR(6)      NULL,
    district_code     CHAR(4)      NOT NULL,
    province_code     CHAR(2)      NOT NULL,
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(3)  NOT NULL,
    UNIQUE KEY uq_org_code (code),
    KEY ix_org_area (province_code, district_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The org's change counter; a push locks this row, so one org's ops get gapless server order.
CREATE TABLE sync_state (
    org_id   BIGINT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB;

CREATE TABLE device (
    id           BINARY(16)   NOT NULL PRIMARY KEY,
    org_id       BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   BINARY(32)   NOT NULL,
    paired_at    DATETIME(3)  NOT NULL,
    last_seen_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    UNIQUE KEY uq_device_token (token_hash),
    KEY ix_device_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pairing_code (
    code_hash  BINARY(32)  NOT NULL PRIMARY KEY,
    org_id     BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    device_id  BINARY(16)  NULL,
    KEY ix_pairing_org (org_id)
) ENGINE = InnoDB;

-- Every applied op, in the org's server order: the idempotency record and the pull feed at once.
CREATE TABLE sync_op (
    org_id       BIGINT      NOT NULL,
    seq          BIGINT      NOT NULL,
    op_id        BINARY(16)  NOT NULL,
    device_id    BINARY(16)  NOT NULL,
    device_seq   BIGINT      NOT NULL,
    type         VARCHAR(40) NOT NULL,
    entity_id    BINARY(16)  NOT NULL,
    payload      MEDIUMTEXT  NOT NULL,
    payload_hash BINARY(32)  NOT NULL,
    recorded_at  DATETIME(3) NOT NULL,
    applied_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (org_id, seq),
    UNIQUE KEY uq_sync_op (org_id, op_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    house_no    VARCHAR(100) NULL,
    village     VARCHAR(100) NULL,
    phone       VARCHAR(100) NULL,
    joined_on   DATE         NOT NULL,
    version     BIGINT       NOT NULL,
    created_seq BIGINT       NOT NULL,
    updated_seq BIGINT       NOT NULL,
    KEY ix_member_org_name (org_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each member state that a later edit replaced, kept for review (never deleted).
CREATE TABLE member_version (
    org_id         BIGINT     NOT NULL,
    member_id      BINARY(16) NOT NULL,
    version        BIGINT     NOT NULL,
    state          TEXT       NOT NULL,
    superseded_seq BIGINT     NOT NULL,
    PRIMARY KEY (member_id, superseded_seq),
    KEY ix_member_version_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE price (
    id             BINARY(16)   NOT NULL PRIMARY KEY,
    org_id         BIGINT       NOT NULL,
    material_code  VARCHAR(32)  NOT NULL,
    price_per_kg   BIGINT       NOT NULL,
    effective_from DATE         NOT NULL,
    name_th        VARCHAR(100) NULL,
    name_en        VARCHAR(100) NULL,
    op_seq         BIGINT       NOT NULL,
    KEY ix_price_board (org_id, material_code, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only money. amount > 0 credits the account, < 0 debits it; a balance is a SUM.
CREATE TABLE ledger_entry (
    id          BINARY(16)  NOT NULL PRIMARY KEY,
    org_id      BIGINT      NOT NULL,
    account     TINYINT     NOT NULL,
    member_id   BINARY(16)  NULL,
    kind        TINYINT     NOT NULL,
    amount      BIGINT      NOT NULL,
    grams       BIGINT      NOT NULL DEFAULT 0,
    occurred_at DATETIME(3) NOT NULL,
    op_seq      BIGINT      NOT NULL,
    reverses_id BINARY(16)  NULL,
    UNIQUE KEY uq_ledger_reverses (reverses_id),
    KEY ix_ledger_balance (org_id, account, member_id, amount)
) ENGINE = InnoDB;

CREATE TABLE review_flag (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_id          BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    subject_id      BINARY(16)    NULL,
    op_seq          BIGINT        NULL,
    detail          TEXT          NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    resolved_at     DATETIME(3)   NULL,
    resolved_by     VARCHAR(100)  NULL,
    resolution_note VARCHAR(1000) NULL,
    KEY ix_review_org (org_id, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roll-ups maintained as ops are applied, so dashboards never scan the ledger.
CREATE TABLE org_month_stats (
    org_id            BIGINT NOT NULL,
    month             DATE   NOT NULL,
    deposit_count     BIGINT NOT NULL DEFAULT 0,
    deposit_grams     BIGINT NOT NULL DEFAULT 0,
    deposit_satang    BIGINT NOT NULL DEFAULT 0,
    withdrawal_count  BIGINT NOT NULL DEFAULT 0,
    withdrawal_satang BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, month)
) ENGINE = InnoDB;

CREATE TABLE org_material_month (
    org_id        BIGINT      NOT NULL,
    month         DATE        NOT NULL,
    material_code VARCHAR(32) NOT NULL,
    grams         BIGINT      NOT NULL DEFAULT 0,
    satang        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, month, material_code)
) ENGINE = InnoDB;
