-- Reporting rounds are decided by when the server received a milestone, not by the phone's clock
-- (recorded_at stays, and is shown beside it). Milestones already stored take the time their op
-- was applied, which the op log holds.
ALTER TABLE milestone ADD COLUMN received_at DATETIME(3) NULL;
UPDATE milestone m JOIN sync_op s ON s.org_id = m.org_id AND s.seq = m.op_seq SET m.received_at = s.applied_at;
UPDATE milestone SET received_at = recorded_at WHERE received_at IS NULL;
ALTER TABLE milestone MODIFY received_at DATETIME(3) NOT NULL;
DROP INDEX ix_milestone_recorded ON milestone;
CREATE INDEX ix_milestone_received ON milestone (received_at, org_id);
-- An org's latest report, for the page that shows both dates.
CREATE INDEX ix_milestone_org_received ON milestone (org_id, received_at);

-- A pull page is cut by bytes as well as rows: the size of each stored payload, known without
-- reading it (NULL for rows written before this column; their size is then measured).
ALTER TABLE sync_op ADD COLUMN payload_bytes INT NULL;
