-- Sign-in attempts, counted by name (client '*': the name from anywhere) and by name and client
-- address (an IPv6 client by its /64), for names that exist and names that do not alike, so that
-- neither the answers nor their timing tell which names exist. A row is counted before the
-- password is checked (one UPDATE ... SET failures = failures + 1, never read and written back) and taken
-- back when the password was right. Replaces the account's own counter and lock.
CREATE TABLE sign_in_throttle (
    username        VARCHAR(100) NOT NULL,
    client          VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_attempt_at DATETIME(3)  NULL,
    locked_until    DATETIME(3)  NULL,
    PRIMARY KEY (username, client),
    KEY ix_sign_in_throttle_last (last_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
