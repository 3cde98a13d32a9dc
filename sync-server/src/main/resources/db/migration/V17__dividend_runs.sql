-- Year-end dividend runs (ADR 0015): one per org and fiscal year (its Buddhist-era end year). The
-- money is in ledger_entry: a debit of the bank's account under the run's id and a credit of each
-- member's savings; this row is what makes a second run for the same year refused.
CREATE TABLE dividend_run (
    id           BINARY(16)  NOT NULL PRIMARY KEY,
    org_id       BIGINT      NOT NULL,
    fiscal_year  INT         NOT NULL,
    rule         VARCHAR(20) NOT NULL,
    share_bp     INT         NOT NULL,
    margin       BIGINT      NOT NULL,
    total        BIGINT      NOT NULL,
    member_count INT         NOT NULL,
    run_at       DATETIME(3) NOT NULL,
    op_seq       BIGINT      NOT NULL,
    UNIQUE KEY uq_dividend_run_year (org_id, fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
