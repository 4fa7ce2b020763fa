-- One row per ticket, SLA metric and cycle, rewritten with a higher version at each change of the
-- clock (started, stopped, breached); ReplacingMergeTree keeps the latest, so replays are harmless.
-- region and team are copied from the ticket so that scoped dashboard queries need no join.
CREATE TABLE IF NOT EXISTS sla_clocks
(
    ticket_id      String,
    metric         LowCardinality(String),
    cycle          UInt16,
    region         LowCardinality(String),
    team           LowCardinality(String),
    policy_id      LowCardinality(String),
    target_seconds UInt32,
    started_at     DateTime64(3, 'UTC'),
    stopped_at     Nullable(DateTime64(3, 'UTC')),
    due_at         Nullable(DateTime64(3, 'UTC')),
    breached_at    Nullable(DateTime64(3, 'UTC')),
    used_seconds   UInt32,
    paused_seconds UInt32,
    state          LowCardinality(String),
    version        UInt64
)
ENGINE = ReplacingMergeTree(version)
-- Sort key: queues and attainment tiles filter by region, then by metric; (ticket_id, cycle)
-- completes the clock's identity for replacement.
ORDER BY (region, metric, ticket_id, cycle)
