-- The clocks still counting (running or breached, not stopped): the at-risk list and the agents'
-- queues read these instead of every clock ever started (bin/bench warehouse: 20 million clocks, of
-- which a live desk has a few hundred thousand counting). Kept by a materialized view from every
-- sla_clocks row: a row that no longer counts (stopped, or paused) is written with is_deleted = 1,
-- so FINAL leaves its clock out; a paused clock that resumes comes back under a higher version.
-- Cleanup merges drop the deleted rows for good once a month's partition has had no write for an
-- hour, so old months shrink to their few stragglers. (A replay re-sends a clock's versions in
-- order: one whose deleted row was cleaned up counts again only until its stop is re-sent.)
CREATE TABLE IF NOT EXISTS sla_open_clocks
(
    ticket_id  String,
    metric     LowCardinality(String),
    cycle      UInt16,
    region     LowCardinality(String),
    team       LowCardinality(String),
    agent_id   LowCardinality(String),
    started_at DateTime64(3, 'UTC'),
    due_at     Nullable(DateTime64(3, 'UTC')),
    state      LowCardinality(String),
    version    UInt64,
    is_deleted UInt8
)
ENGINE = ReplacingMergeTree(version, is_deleted)
-- A clock's start never changes, so all its versions share a partition and FINAL may skip merging
-- across partitions; months stop being written once their clocks have stopped.
PARTITION BY toYYYYMM(started_at)
-- Sort key: the at-risk list is scoped by region first; due time, state and agent change during a
-- clock's life and cannot be part of its identity, and the few rows left are read whole. The same
-- key as sla_clocks, so that on a cluster the view's rows and sla_clocks' rows shard alike.
ORDER BY (region, metric, ticket_id, cycle)
SETTINGS allow_experimental_replacing_merge_with_cleanup = 1, min_age_to_force_merge_seconds = 3600,
    min_age_to_force_merge_on_partition_only = 1, enable_replacing_merge_with_cleanup_for_min_age_to_force_merge = 1;

CREATE MATERIALIZED VIEW IF NOT EXISTS sla_open_clocks_from_clocks TO sla_open_clocks AS
SELECT ticket_id, metric, cycle, region, team, agent_id, started_at, due_at, state, version,
       stopped_at IS NOT NULL OR state NOT IN ('RUNNING', 'BREACHED') AS is_deleted
FROM sla_clocks;

-- The clocks already counting when this migration runs; later rows arrive through the view.
INSERT INTO sla_open_clocks
SELECT ticket_id, metric, cycle, region, team, agent_id, started_at, due_at, state, version, 0
FROM sla_clocks FINAL
WHERE stopped_at IS NULL AND state IN ('RUNNING', 'BREACHED');
