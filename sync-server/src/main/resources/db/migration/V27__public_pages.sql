-- An อปท.'s public page (issue 15 part 6, ADR 0023): off until the อปท.'s officer switches it on
-- on the dashboard (audited), and hidden again when switched off. No row means never published.
CREATE TABLE public_page (
    org_id     BIGINT       NOT NULL PRIMARY KEY,
    published  BOOLEAN      NOT NULL,
    changed_at DATETIME(3)  NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    KEY ix_public_page_published (published, org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
