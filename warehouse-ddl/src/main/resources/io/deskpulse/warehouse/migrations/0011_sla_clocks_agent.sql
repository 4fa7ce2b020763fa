-- The clock's ticket's current assignee, written with every clock row: an agent's queue, at-risk
-- list and attainment read their clocks directly instead of looking the agent's tickets up in
-- tickets first (bin/bench warehouse). Rows written before this migration have an empty agent
-- until their ticket changes again.
ALTER TABLE sla_clocks ADD COLUMN IF NOT EXISTS agent_id LowCardinality(String) DEFAULT '' AFTER team
