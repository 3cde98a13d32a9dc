-- The national dashboard's monthly totals: an index-only range over the months shown, already in
-- month order (no temporary table, no sort), instead of reading every org's roll-up rows.
CREATE INDEX ix_month_stats_month ON org_month_stats (month, deposit_grams, deposit_satang, deposit_count,
    withdrawal_satang);

-- Who reported in a reporting round: milestones by when they were recorded, not a date computed per row.
CREATE INDEX ix_milestone_recorded ON milestone (recorded_at, org_id);
