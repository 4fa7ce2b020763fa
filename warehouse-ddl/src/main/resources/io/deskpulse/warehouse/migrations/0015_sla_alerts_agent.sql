-- The ticket's assignee when the alert was raised, as the sla-alerts topic carries it: an agent's
-- alert history reads its own rows without looking the agent's tickets up first. Rows written
-- before this migration have an empty agent.
ALTER TABLE sla_alerts ADD COLUMN IF NOT EXISTS agent_id LowCardinality(String) DEFAULT '' AFTER team
