-- Each clock explains itself: its timeline of running, out-of-hours, paused (with the status) and
-- stopped segments, as a JSON array of {kind, from, to, reason, policyId} (to is null while open).
-- It is read whole for one ticket's detail view, never filtered on, so one String column on the
-- clock's own row is enough and is replaced with the row.
ALTER TABLE sla_clocks ADD COLUMN IF NOT EXISTS timeline String DEFAULT '[]' AFTER state
