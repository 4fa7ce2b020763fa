-- Attainment cells: the SLA clocks of one metric that started on one UTC day in a region and team,
-- of the tickets one agent holds, counted met or breached once they have an outcome. The executive tiles (attainment, its trend,
-- return on investment) read these few rows instead of every clock (bin/bench warehouse).
-- Written by the sla-monitor job as versioned cell totals, like workload_hourly: a clock whose
-- outcome changes moves between counts under a higher version, a replay writes the same totals;
-- ReplacingMergeTree(version) keeps the latest row of each cell; queries read with FINAL.
CREATE TABLE IF NOT EXISTS sla_attainment_daily
(
    region   LowCardinality(String),
    day      Date,
    team     LowCardinality(String),
    agent    LowCardinality(String),
    metric   LowCardinality(String),
    met      Int64,
    breached Int64,
    version  UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(day)
-- Sort key: attainment tiles are scoped by region and read a date range; team, agent and metric
-- complete the cell's identity for replacement.
ORDER BY (region, day, team, agent, metric)
