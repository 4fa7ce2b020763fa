-- Workload cells: one hour of one agent's work in a region and team (hours start on the region's
-- local hour; local_weekday 1 = Monday and local_hour place the cell in the region's hour-of-week
-- matrix). Counts only, never averages, so any roll-up is exact; backlog_delta is the change of
-- open tickets owned, and the backlog at an hour's end is its running sum (docs/metrics.md).
-- The workload job rewrites a cell with its totals and a version that counts the changes applied
-- to it: a late event rewrites the cells it belongs to with a higher version, and a replay of the
-- same log writes the same totals under the same versions. ReplacingMergeTree(version) keeps the
-- latest row of each cell; queries read with FINAL. A SummingMergeTree fed with deltas would count
-- a replayed delta twice.
CREATE TABLE IF NOT EXISTS workload_hourly
(
    region         LowCardinality(String),
    hour           DateTime('UTC'),
    team           LowCardinality(String),
    agent          LowCardinality(String),
    local_weekday  UInt8,
    local_hour     UInt8,
    created        Int64,
    assigned       Int64,
    resolved       Int64,
    reopened       Int64,
    backlog_delta  Int64,
    public_replies Int64,
    work_minutes   Int64,
    warnings       Int64,
    breaches       Int64,
    version        UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(hour)
-- Sort key: every workload tile is scoped by region, then reads a time range; team and agent
-- complete the cell's identity for replacement (local_weekday and local_hour follow from region and
-- hour).
ORDER BY (region, hour, team, agent)
