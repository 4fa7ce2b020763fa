-- Current state of each ticket: every change writes a whole new row with a higher version, and
-- ReplacingMergeTree keeps the latest, so replays and retried batches never count a ticket twice.
-- Read it with FINAL (or argMax by version) until merges have run.
CREATE TABLE IF NOT EXISTS tickets
(
    ticket_id     String,
    created_at    DateTime64(3, 'UTC'),
    customer_id   String,
    customer_tier LowCardinality(String),
    region        LowCardinality(String),
    team          LowCardinality(String),
    category      String,
    priority      LowCardinality(String),
    channel       LowCardinality(String),
    subject       String,
    status        LowCardinality(String),
    agent_id      String,
    resolved_at   Nullable(DateTime64(3, 'UTC')),
    version       UInt64
)
ENGINE = ReplacingMergeTree(version)
-- Sort key: every dashboard is scoped by region first; a ticket never changes region, so
-- (region, ticket_id) is also the identity that replacement collapses on.
ORDER BY (region, ticket_id)
