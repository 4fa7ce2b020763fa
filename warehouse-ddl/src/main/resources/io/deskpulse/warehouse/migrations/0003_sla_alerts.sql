-- Warnings and breaches as the SLA monitor reported them. An alert is identified by its clock
-- (ticket, metric, cycle) and threshold (kind, pct): a replay reports the same alerts again, and
-- ReplacingMergeTree keeps one of each (the latest report).
CREATE TABLE IF NOT EXISTS sla_alerts
(
    ticket_id   String,
    metric      LowCardinality(String),
    cycle       UInt16,
    region      LowCardinality(String),
    team        LowCardinality(String),
    policy_id   LowCardinality(String),
    kind        LowCardinality(String),
    pct         UInt8,
    at          DateTime64(3, 'UTC'),
    reported_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(reported_at)
-- Sort key: alert lists and counts are scoped by region and read newest first by day; the rest is
-- the alert's identity for replacement.
ORDER BY (region, toDate(at), ticket_id, metric, cycle, kind, pct)
