-- A sale or a stock adjustment recorded by mistake, undone by sale.void (issue 14, ADR 0020). The
-- voided row stays in sale / stock_adjustment as it was; this row names it, with the committee's
-- reason. voided_id is unique, so a record can be voided once only, whatever pushes race.
-- voided_kind is SALE or ADJUSTMENT (which table voided_id is in).
CREATE TABLE sale_void (
    id          BINARY(16)    NOT NULL PRIMARY KEY,
    org_id      BIGINT        NOT NULL,
    voided_id   BINARY(16)    NOT NULL,
    voided_kind VARCHAR(12)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    voided_at   DATETIME(3)   NOT NULL,
    op_seq      BIGINT        NOT NULL,
    UNIQUE KEY uq_sale_void_voided (voided_id),
    KEY ix_sale_void_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
