-- Year-end dividend runs (issue 14, ADR 0015), from dividend.run ops: one per fiscal year (its
-- Buddhist-era end year). The money is in entry: the bank's debit under the run's id and each
-- member's credit; this row is what refuses a second run for the same year on this phone.
CREATE TABLE dividend_run (
    id           TEXT PRIMARY KEY,
    fiscal_year  INTEGER NOT NULL,
    rule         TEXT    NOT NULL,
    share_bp     INTEGER NOT NULL,
    margin       INTEGER NOT NULL,
    total        INTEGER NOT NULL,
    member_count INTEGER NOT NULL,
    run_at       INTEGER NOT NULL,
    approved_by  TEXT    NOT NULL,
    sync_state   TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_dividend_run_year ON dividend_run (fiscal_year);

-- Each member's credit in a run, with the id of its entry (so the run's entries are marked and
-- forgotten with it).
CREATE TABLE dividend_line (
    run_id    TEXT    NOT NULL,
    member_id TEXT    NOT NULL,
    amount    INTEGER NOT NULL,
    entry_id  TEXT    NOT NULL,
    PRIMARY KEY (run_id, member_id)
) WITHOUT ROWID;
