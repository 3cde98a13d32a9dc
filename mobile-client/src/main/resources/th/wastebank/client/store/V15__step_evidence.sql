-- The evidence steps 1 and 3 carry since issue 15 (the phone sent it in the op but kept only the
-- free-text model): step 1's income models and groups met (JSON arrays of IncomeModel and
-- NetworkGroup codes, with the "other" names), who recorded a step, and step 3's income (satang) and
-- people working. NULL on rows recorded before, or pulled from an older phone's op.
ALTER TABLE milestone ADD COLUMN income_models TEXT;
ALTER TABLE milestone ADD COLUMN income_model_other TEXT;
ALTER TABLE milestone ADD COLUMN network_groups TEXT;
ALTER TABLE milestone ADD COLUMN group_other TEXT;
ALTER TABLE milestone ADD COLUMN recorded_by TEXT;
ALTER TABLE milestone ADD COLUMN income_satang INTEGER;
ALTER TABLE milestone ADD COLUMN workers INTEGER;
