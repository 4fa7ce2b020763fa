CREATE TABLE schema_migrations
(
    `version` UInt32,
    `name` String,
    `checksum` String,
    `applied_at` DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = MergeTree
ORDER BY version
SETTINGS index_granularity = 8192;

CREATE TABLE sla_alerts
(
    `ticket_id` String,
    `metric` LowCardinality(String),
    `cycle` UInt16,
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `policy_id` LowCardinality(String),
    `kind` LowCardinality(String),
    `pct` UInt8,
    `at` DateTime64(3, 'UTC'),
    `reported_at` DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(reported_at)
ORDER BY (region, toDate(at), ticket_id, metric, cycle, kind, pct)
SETTINGS index_granularity = 8192;

CREATE TABLE sla_clocks
(
    `ticket_id` String,
    `metric` LowCardinality(String),
    `cycle` UInt16,
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `policy_id` LowCardinality(String),
    `target_seconds` UInt32,
    `started_at` DateTime64(3, 'UTC'),
    `stopped_at` Nullable(DateTime64(3, 'UTC')),
    `due_at` Nullable(DateTime64(3, 'UTC')),
    `breached_at` Nullable(DateTime64(3, 'UTC')),
    `used_seconds` UInt32,
    `paused_seconds` UInt32,
    `state` LowCardinality(String),
    `timeline` String DEFAULT '[]',
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (region, metric, ticket_id, cycle)
SETTINGS index_granularity = 8192;

CREATE TABLE tickets
(
    `ticket_id` String,
    `created_at` DateTime64(3, 'UTC'),
    `customer_id` String,
    `customer_tier` LowCardinality(String),
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `category` String,
    `priority` LowCardinality(String),
    `channel` LowCardinality(String),
    `subject` String,
    `status` LowCardinality(String),
    `agent_id` String,
    `resolved_at` Nullable(DateTime64(3, 'UTC')),
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (region, ticket_id)
SETTINGS index_granularity = 8192;
