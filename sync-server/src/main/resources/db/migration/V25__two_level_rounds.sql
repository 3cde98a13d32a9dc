-- Two-level reporting rounds (issue 15 part 1, ADR 0021).
-- A province's own round for its อปท.: the days of the month and the first day, set by the province
-- officer on the dashboard. A province without a row has no days of its own: its อปท. are judged by
-- the department's (the 5th and 15th from 15 Sep 2025). Tak's letter: first 1 Oct 2025, then the 3rd and 13th.
ALTER TABLE reporting_schedule ADD COLUMN first_day DATE NULL;
ALTER TABLE reporting_schedule ADD COLUMN updated_by VARCHAR(100) NULL;
ALTER TABLE reporting_schedule ADD COLUMN updated_at DATETIME(3) NULL;
UPDATE reporting_schedule SET first_day = '2025-10-01' WHERE province_code = '63';
DELETE FROM reporting_schedule WHERE first_day IS NULL;
ALTER TABLE reporting_schedule MODIFY first_day DATE NOT NULL;

-- An อปท. has reported in a round when a milestone or a new product was received in it: the server's
-- receiving time of each new product (phone_at: the time the phone gave it), beside milestone.received_at.
CREATE TABLE product_receipt (
    product_id  BINARY(16)  NOT NULL PRIMARY KEY,
    org_id      BIGINT      NOT NULL,
    received_at DATETIME(3) NOT NULL,
    phone_at    DATETIME(3) NOT NULL,
    KEY ix_product_receipt_received (received_at, org_id),
    KEY ix_product_receipt_org (org_id, received_at)
) ENGINE = InnoDB;

INSERT INTO product_receipt (product_id, org_id, received_at, phone_at)
SELECT p.id, p.org_id, MIN(s.applied_at), MIN(s.recorded_at)
FROM product p JOIN sync_op s ON s.org_id = p.org_id AND s.entity_id = p.id
GROUP BY p.id, p.org_id;

-- A province's report of a department round, sent by its officer: the round report's rows and totals
-- frozen as they were (JSON), never recomputed. One per province and department due day; a resend
-- replaces it (audited as such) and counts how many times it was sent.
CREATE TABLE round_report_sent (
    province_code  CHAR(2)      NOT NULL,
    due_on         DATE         NOT NULL,
    round_opens_on DATE         NOT NULL,
    round_due_on   DATE         NOT NULL,
    sent_at        DATETIME(3)  NOT NULL,
    sent_by        VARCHAR(100) NOT NULL,
    times_sent     INT          NOT NULL,
    orgs           INT          NOT NULL,
    reported       INT          NOT NULL,
    not_reported   INT          NOT NULL,
    done           INT          NOT NULL,
    rows_json      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (province_code, due_on),
    KEY ix_round_report_sent_due (due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
