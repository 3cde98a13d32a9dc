-- Staff of อปท., districts, provinces and the department, each scoped to an area.
CREATE TABLE staff (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    scope_code    VARCHAR(16)  NULL,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(3)  NULL,
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uq_staff_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Browser sessions, by a hash of the cookie's secret; the CSRF token belongs to the session.
CREATE TABLE staff_session (
    id_hash      BINARY(32)  NOT NULL PRIMARY KEY,
    staff_id     BIGINT      NOT NULL,
    csrf_token   CHAR(43)    NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    KEY ix_session_staff (staff_id),
    KEY ix_session_expiry (expires_at)
) ENGINE = InnoDB;

-- Who did what, from where: every staff action that changes something, and every sign-in.
CREATE TABLE audit_log (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_id BIGINT        NULL,
    username VARCHAR(100)  NOT NULL,
    action   VARCHAR(60)   NOT NULL,
    target   VARCHAR(200)  NULL,
    detail   VARCHAR(1000) NULL,
    ip       VARCHAR(64)   NULL,
    at       DATETIME(3)   NOT NULL,
    KEY ix_audit_at (at),
    KEY ix_audit_staff (staff_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The district's best-practice waste-bank report: Part 1 comes from the ledger, Parts 2-3 are written here.
CREATE TABLE best_practice_report (
    district_code CHAR(4)      NOT NULL,
    month         DATE         NOT NULL,
    org_id        BIGINT       NOT NULL,
    part2         TEXT         NOT NULL,
    video_url     VARCHAR(300) NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (district_code, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
