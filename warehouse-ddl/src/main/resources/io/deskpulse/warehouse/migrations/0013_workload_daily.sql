-- Workload cells by UTC day (the day of the hourly cell's start): the same counts as
-- workload_hourly, summed over the day. The backlog tile's running sum starts from everything before
-- its period; read from these cells, that is a few rows per agent and day instead of one per hour
-- (bin/bench warehouse). A materialized view cannot keep this roll-up: it would see every version of
-- an hourly cell and add them all. The workload job writes it as versioned cell totals instead, like
-- workload_hourly: a late event rewrites its day's cell with a higher version, a replay writes the
-- same totals under the same versions; ReplacingMergeTree(version) keeps the latest; read with FINAL.
CREATE TABLE IF NOT EXISTS workload_daily
(
    region         LowCardinality(String),
    day            Date,
    team           LowCardinality(String),
    agent          LowCardinality(String),
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
PARTITION BY toYear(day)
-- Sort key: the backlog tile is scoped by region and sums the days before its period; team and agent
-- complete the cell's identity for replacement.
ORDER BY (region, day, team, agent)
