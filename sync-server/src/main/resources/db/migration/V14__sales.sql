-- Selling (issue 14 part 1, ADR 0012): the buyers a bank sells its sorted waste to, its sales with
-- their lines, and the adjustments of its stock. None of this touches ledger_entry: a sale moves
-- waste out of the bank's stock, never money in or out of a member's savings. The stock of a
-- material is what was bought from members (org_material_month) minus what was sold plus what was
-- adjusted; its value is the monthly weighted average cost (shared-model StockValuation).

CREATE TABLE buyer (
    id          BINARY(16)    NOT NULL PRIMARY KEY,
    org_id      BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    phone       VARCHAR(100)  NULL,
    address     VARCHAR(1000) NULL,
    updated_seq BIGINT        NOT NULL,
    KEY ix_buyer_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sale (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    org_id        BIGINT       NOT NULL,
    buyer_id      BINARY(16)   NOT NULL,
    day           DATE         NOT NULL,
    total_satang  BIGINT       NOT NULL,
    total_grams   BIGINT       NOT NULL,
    receipt_photo CHAR(64)     NULL,
    sold_by       VARCHAR(200) NOT NULL,
    op_seq        BIGINT       NOT NULL,
    KEY ix_sale_org_day (org_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sale_line (
    sale_id       BINARY(16)  NOT NULL,
    line_no       INT         NOT NULL,
    org_id        BIGINT      NOT NULL,
    material_code VARCHAR(32) NOT NULL,
    grams         BIGINT      NOT NULL,
    price_per_kg  BIGINT      NOT NULL,
    amount        BIGINT      NOT NULL,
    PRIMARY KEY (sale_id, line_no),
    KEY ix_sale_line_org_material (org_id, material_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- grams is signed (negative takes weight away); a re-sort moves -grams into target_material.
CREATE TABLE stock_adjustment (
    id              BINARY(16)    NOT NULL PRIMARY KEY,
    org_id          BIGINT        NOT NULL,
    material_code   VARCHAR(32)   NOT NULL,
    grams           BIGINT        NOT NULL,
    reason          VARCHAR(20)   NOT NULL,
    target_material VARCHAR(32)   NULL,
    note            VARCHAR(1000) NULL,
    day             DATE          NOT NULL,
    op_seq          BIGINT        NOT NULL,
    KEY ix_stock_adjustment_org_day (org_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
