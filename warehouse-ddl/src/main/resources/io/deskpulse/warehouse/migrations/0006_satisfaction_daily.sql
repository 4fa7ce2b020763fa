-- Satisfaction cells: the resolutions of one local day in a region, by team, resolving agent,
-- category (first two levels of the path) and channel, with what followed each resolution: its
-- survey and answer (CSAT 1..5 as a distribution, NPS as promoters, passives and detractors),
-- whether it was reopened within 7 days, and so whether it was a first-contact resolution. Sums
-- and counts only (docs/metrics.md defines each), so a region, quarter or company roll-up is exact.
-- Versioned rows as in workload_hourly: a late survey or reopen rewrites the resolution's cell with
-- a higher version; ReplacingMergeTree(version) keeps the latest; queries read with FINAL.
CREATE TABLE IF NOT EXISTS satisfaction_daily
(
    region                    LowCardinality(String),
    day                       Date,
    team                      LowCardinality(String),
    agent                     LowCardinality(String),
    category                  LowCardinality(String),
    channel                   LowCardinality(String),
    resolutions               Int64,
    first_contact_resolutions Int64,
    reopened_resolutions      Int64,
    surveys_sent              Int64,
    surveys_answered          Int64,
    csat_1                    Int64,
    csat_2                    Int64,
    csat_3                    Int64,
    csat_4                    Int64,
    csat_5                    Int64,
    nps_answered              Int64,
    nps_promoters             Int64,
    nps_passives              Int64,
    nps_detractors            Int64,
    version                   UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(day)
-- Sort key: satisfaction tiles are scoped by region and read a date range; team, agent, category
-- and channel are the drill-down levels and complete the cell's identity for replacement.
ORDER BY (region, day, team, agent, category, channel)
