-- Welfare schemes (สวัสดิการ), versioned like products: an edit is one more version.
-- Money is in satang; the scheme's rules are the columns of the welfare.scheme.upsert payload.
CREATE TABLE welfare_scheme (
    id                      TEXT PRIMARY KEY,
    name                    TEXT    NOT NULL,
    kind                    TEXT    NOT NULL,
    payout_rule             TEXT    NOT NULL,
    payout_amount           INTEGER NOT NULL,
    max_days                INTEGER,
    min_membership_months   INTEGER NOT NULL,
    min_deposits            INTEGER NOT NULL,
    deposit_lookback_months INTEGER NOT NULL,
    funding                 TEXT    NOT NULL,
    levy_amount             INTEGER,
    deposit_share_bp        INTEGER,
    status                  TEXT    NOT NULL,
    version                 INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL,
    sync_state              TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_welfare_scheme_name ON welfare_scheme (name);

-- Claims on a scheme. eligible, unmet_* and scheme_paused are this phone's own check when the claim
-- reached it (the server checks again and flags); unmet_th / unmet_en hold one unmet rule per line.
-- photos is a JSON array of the evidence photos' SHA-256 (the files travel through the photo queue).
CREATE TABLE welfare_claim (
    id         TEXT PRIMARY KEY,
    scheme_id  TEXT    NOT NULL,
    member_id  TEXT    NOT NULL,
    event_date TEXT    NOT NULL,
    days       INTEGER,
    note       TEXT,
    photos     TEXT    NOT NULL,
    filed_at   INTEGER NOT NULL,
    eligible   INTEGER NOT NULL,
    unmet_th   TEXT,
    unmet_en   TEXT,
    scheme_paused INTEGER NOT NULL,
    sync_state TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_welfare_claim_event ON welfare_claim (event_date, filed_at);
CREATE INDEX ix_welfare_claim_scheme ON welfare_claim (scheme_id);

-- Levy runs. id is also the id of the run's fund credit in entry; each line's savings debit is in
-- entry under entry_id (derived from the run and the member, the same on every phone).
-- Not unique per (scheme, event): another phone's run for an event may arrive while this phone's
-- own, refused run for it still waits to be discarded.
CREATE TABLE welfare_levy (
    id           TEXT PRIMARY KEY,
    scheme_id    TEXT    NOT NULL,
    event_key    TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    basis        TEXT    NOT NULL,
    run_at       INTEGER NOT NULL,
    member_count INTEGER NOT NULL,
    total        INTEGER NOT NULL,
    approved_by  TEXT    NOT NULL,
    sync_state   TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_welfare_levy_event ON welfare_levy (scheme_id, event_key);

CREATE TABLE welfare_levy_line (
    levy_id   TEXT    NOT NULL,
    member_id TEXT    NOT NULL,
    amount    INTEGER NOT NULL,
    entry_id  TEXT    NOT NULL,
    PRIMARY KEY (levy_id, member_id)
) WITHOUT ROWID;

-- Payouts out of the fund on a claim; id is also the id of its fund debit in entry.
CREATE TABLE welfare_payout (
    id          TEXT PRIMARY KEY,
    claim_id    TEXT    NOT NULL,
    amount      INTEGER NOT NULL,
    paid_at     INTEGER NOT NULL,
    approved_by TEXT    NOT NULL,
    sync_state  TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_welfare_payout_claim ON welfare_payout (claim_id);

-- Money paid into the fund from outside savings; id is also the id of its fund credit in entry.
CREATE TABLE welfare_contribution (
    id          TEXT PRIMARY KEY,
    source      TEXT    NOT NULL,
    note        TEXT,
    received_at INTEGER NOT NULL,
    sync_state  TEXT    NOT NULL
) WITHOUT ROWID;

-- The welfare fund's entries (member_id null, or the member a payout went to).
CREATE INDEX ix_entry_account ON entry (account, occurred_at);
