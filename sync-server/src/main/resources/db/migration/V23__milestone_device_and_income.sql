-- Evidence per step on the อปท. page (issue 15 part 2): which phone sent each milestone, and step 3's
-- income earned (satang) and people working, summed per month on the area pages. The rest of the
-- evidence (picked models and groups, recorder, note, photos) stays in the evidence JSON as the op carried it.
ALTER TABLE milestone ADD COLUMN device_id BINARY(16) NULL,
    ADD COLUMN income_satang BIGINT NULL,
    ADD COLUMN workers INT NULL;
UPDATE milestone m JOIN sync_op s ON s.org_id = m.org_id AND s.seq = m.op_seq SET m.device_id = s.device_id;
-- The month sums read step 3 by its day, within an area's orgs.
CREATE INDEX ix_milestone_step_day ON milestone (step, done_on, org_id);
