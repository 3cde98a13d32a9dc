-- Resumable uploads in progress (tus). The bytes received so far live in the node's data directory.
CREATE TABLE upload (
    id             BINARY(16)   NOT NULL PRIMARY KEY,
    org_id         BIGINT       NOT NULL,
    device_id      BINARY(16)   NOT NULL,
    length         BIGINT       NOT NULL,
    received       BIGINT       NOT NULL DEFAULT 0,
    sha256         CHAR(64)     NOT NULL,
    filename       VARCHAR(255) NULL,
    created_at     DATETIME(3)  NOT NULL,
    expires_at     DATETIME(3)  NOT NULL,
    KEY ix_upload_expiry (expires_at),
    KEY ix_upload_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A photo an org holds, by the SHA-256 of its bytes; the bytes are stored once per content.
CREATE TABLE photo (
    org_id       BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content_type VARCHAR(20)  NOT NULL,
    size         BIGINT       NOT NULL,
    width        INT          NULL,
    height       INT          NULL,
    filename     VARCHAR(255) NULL,
    device_id    BINARY(16)   NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (org_id, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Upcycled products ("1 อปท. 1 ผลิตภัณฑ์").
CREATE TABLE product (
    id             BINARY(16)    NOT NULL PRIMARY KEY,
    org_id         BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    materials      VARCHAR(500)  NULL,
    story          TEXT          NULL,
    producer_group VARCHAR(200)  NULL,
    price_satang   BIGINT        NULL,
    status         VARCHAR(20)   NOT NULL,
    photos         TEXT          NOT NULL,
    version        BIGINT        NOT NULL,
    updated_seq    BIGINT        NOT NULL,
    KEY ix_product_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each recorded step of the five, with its evidence (append-only; the latest per step counts).
CREATE TABLE milestone (
    id            BINARY(16)    NOT NULL PRIMARY KEY,
    org_id        BIGINT        NOT NULL,
    step          TINYINT       NOT NULL,
    done_on       DATE          NOT NULL,
    evidence      TEXT          NOT NULL,
    video_url     VARCHAR(300)  NULL,
    video_seconds INT           NULL,
    op_seq        BIGINT        NOT NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    KEY ix_milestone_org (org_id, step)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where each org stands, maintained as ops are applied: roll-ups read these few thousand rows.
CREATE TABLE org_progress (
    org_id           BIGINT       NOT NULL PRIMARY KEY,
    step1_on         DATE         NULL,
    step2_on         DATE         NULL,
    step3_on         DATE         NULL,
    step4_on         DATE         NULL,
    step5_on         DATE         NULL,
    products         INT          NOT NULL DEFAULT 0,
    video_url        VARCHAR(300) NULL,
    video_seconds    INT          NULL,
    last_activity_on DATE         NULL
) ENGINE = InnoDB;

-- Reporting rounds: days of the month a province's อปท. report on (default 5 and 15).
CREATE TABLE reporting_schedule (
    province_code CHAR(2)     NOT NULL PRIMARY KEY,
    days          VARCHAR(20) NOT NULL
) ENGINE = InnoDB;

INSERT INTO reporting_schedule (province_code, days) VALUES ('63', '3,13');
