CREATE TABLE agents
(
    `agent_id` String,
    `team` LowCardinality(String),
    `last_seen` DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
ORDER BY agent_id
SETTINGS index_granularity = 8192;

CREATE MATERIALIZED VIEW agents_from_events TO agents
(
    `agent_id` String,
    `team` String,
    `last_seen` DateTime64(3, 'UTC')
)
AS SELECT
    JSONExtractString(payload, 'agentId') AS agent_id,
    JSONExtractString(payload, 'team') AS team,
    occurred_at AS last_seen
FROM ticket_events
WHERE (type = 'TICKET_ASSIGNED') AND (agent_id != '');

CREATE TABLE business_calendars
(
    `calendar_id` LowCardinality(String),
    `effective_from` DateTime64(3, 'UTC'),
    `config_version` String,
    `definition` String,
    `zone` LowCardinality(String) MATERIALIZED if(JSONHas(definition, 'zone'), JSONExtractString(definition, 'zone'), 'UTC'),
    `always_open` Bool MATERIALIZED JSONExtractBool(definition, 'alwaysOpen'),
    `holidays` Array(Date) MATERIALIZED arrayMap(d -> toDate(d), JSONExtract(definition, 'holidays', 'Array(String)'))
)
ENGINE = ReplacingMergeTree
ORDER BY (calendar_id, effective_from, config_version)
SETTINGS index_granularity = 8192;

CREATE TABLE cost_rates
(
    `region` LowCardinality(String),
    `valid_from` Date,
    `hourly_cost` Decimal(12, 2),
    `currency` LowCardinality(String)
)
ENGINE = ReplacingMergeTree
ORDER BY (region, valid_from)
SETTINGS index_granularity = 8192;

CREATE TABLE customers
(
    `customer_id` LowCardinality(String),
    `tier` LowCardinality(String),
    `region` LowCardinality(String),
    `last_seen` DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
ORDER BY customer_id
SETTINGS index_granularity = 8192;

CREATE MATERIALIZED VIEW customers_from_events TO customers
(
    `customer_id` String,
    `tier` String,
    `region` String,
    `last_seen` DateTime64(3, 'UTC')
)
AS SELECT
    JSONExtractString(payload, 'customerId') AS customer_id,
    JSONExtractString(payload, 'customerTier') AS tier,
    JSONExtractString(payload, 'region') AS region,
    occurred_at AS last_seen
FROM ticket_events
WHERE (type = 'TICKET_CREATED') AND (customer_id != '');

CREATE TABLE roi_baseline
(
    `figure` LowCardinality(String),
    `valid_from` Date,
    `value` Decimal(14, 4)
)
ENGINE = ReplacingMergeTree
ORDER BY (figure, valid_from)
SETTINGS index_granularity = 8192;

CREATE TABLE satisfaction_daily
(
    `region` LowCardinality(String),
    `day` Date,
    `team` LowCardinality(String),
    `agent` LowCardinality(String),
    `category` LowCardinality(String),
    `channel` LowCardinality(String),
    `resolutions` Int64,
    `first_contact_resolutions` Int64,
    `reopened_resolutions` Int64,
    `surveys_sent` Int64,
    `surveys_answered` Int64,
    `csat_1` Int64,
    `csat_2` Int64,
    `csat_3` Int64,
    `csat_4` Int64,
    `csat_5` Int64,
    `nps_answered` Int64,
    `nps_promoters` Int64,
    `nps_passives` Int64,
    `nps_detractors` Int64,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(day)
ORDER BY (region, day, team, agent, category, channel)
SETTINGS index_granularity = 8192;

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
    `agent_id` LowCardinality(String) DEFAULT '',
    `policy_id` LowCardinality(String),
    `kind` LowCardinality(String),
    `pct` UInt8,
    `at` DateTime64(3, 'UTC'),
    `reported_at` DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(reported_at)
ORDER BY (region, toDate(at), ticket_id, metric, cycle, kind, pct)
SETTINGS index_granularity = 8192;

CREATE TABLE sla_attainment_daily
(
    `region` LowCardinality(String),
    `day` Date,
    `team` LowCardinality(String),
    `agent` LowCardinality(String),
    `metric` LowCardinality(String),
    `met` Int64,
    `breached` Int64,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(day)
ORDER BY (region, day, team, agent, metric)
SETTINGS index_granularity = 8192;

CREATE TABLE sla_clocks
(
    `ticket_id` String,
    `metric` LowCardinality(String),
    `cycle` UInt16,
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `agent_id` LowCardinality(String) DEFAULT '',
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
    `version` UInt64,
    INDEX started_at_range started_at TYPE minmax GRANULARITY 1,
    INDEX due_at_range due_at TYPE minmax GRANULARITY 1
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (region, metric, ticket_id, cycle)
SETTINGS index_granularity = 8192;

CREATE TABLE sla_open_clocks
(
    `ticket_id` String,
    `metric` LowCardinality(String),
    `cycle` UInt16,
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `agent_id` LowCardinality(String),
    `started_at` DateTime64(3, 'UTC'),
    `due_at` Nullable(DateTime64(3, 'UTC')),
    `state` LowCardinality(String),
    `version` UInt64,
    `is_deleted` UInt8
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(started_at)
ORDER BY (region, metric, ticket_id, cycle)
SETTINGS allow_experimental_replacing_merge_with_cleanup = 1, min_age_to_force_merge_seconds = 3600, min_age_to_force_merge_on_partition_only = 1, enable_replacing_merge_with_cleanup_for_min_age_to_force_merge = 1, index_granularity = 8192;

CREATE MATERIALIZED VIEW sla_open_clocks_from_clocks TO sla_open_clocks
(
    `ticket_id` String,
    `metric` LowCardinality(String),
    `cycle` UInt16,
    `region` LowCardinality(String),
    `team` LowCardinality(String),
    `agent_id` LowCardinality(String),
    `started_at` DateTime64(3, 'UTC'),
    `due_at` Nullable(DateTime64(3, 'UTC')),
    `state` LowCardinality(String),
    `version` UInt64,
    `is_deleted` UInt8
)
AS SELECT
    ticket_id,
    metric,
    cycle,
    region,
    team,
    agent_id,
    started_at,
    due_at,
    state,
    version,
    (stopped_at IS NOT NULL) OR (state NOT IN ('RUNNING', 'BREACHED')) AS is_deleted
FROM sla_clocks;

CREATE TABLE sla_policies
(
    `policy_id` LowCardinality(String),
    `effective_from` DateTime64(3, 'UTC'),
    `config_version` String,
    `position` UInt16,
    `definition` String,
    `calendar_id` LowCardinality(String) MATERIALIZED JSONExtractString(definition, 'calendar'),
    `priorities` Array(LowCardinality(String)) MATERIALIZED JSONExtract(definition, 'match', 'priority', 'Array(String)'),
    `regions` Array(LowCardinality(String)) MATERIALIZED JSONExtract(definition, 'match', 'region', 'Array(String)'),
    `target_minutes` Map(LowCardinality(String), UInt32) MATERIALIZED JSONExtract(definition, 'targets', 'Map(String, UInt32)')
)
ENGINE = ReplacingMergeTree
ORDER BY (policy_id, effective_from, config_version)
SETTINGS index_granularity = 8192;

CREATE TABLE teams
(
    `team` LowCardinality(String),
    `region` LowCardinality(String),
    `last_seen` DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
ORDER BY (region, team)
SETTINGS index_granularity = 8192;

CREATE MATERIALIZED VIEW teams_from_events TO teams
(
    `team` String,
    `region` String,
    `last_seen` DateTime64(3, 'UTC')
)
AS SELECT
    JSONExtractString(payload, 'team') AS team,
    JSONExtractString(payload, 'region') AS region,
    occurred_at AS last_seen
FROM ticket_events
WHERE (type = 'TICKET_CREATED') AND (team != '');

CREATE TABLE ticket_events
(
    `ticket_id` String,
    `occurred_at` DateTime64(3, 'UTC'),
    `event_id` UUID,
    `type` LowCardinality(String),
    `source` LowCardinality(String),
    `appended_at` DateTime64(3, 'UTC'),
    `payload` String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (ticket_id, occurred_at, event_id)
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
    `version` UInt64,
    INDEX created_at_range created_at TYPE minmax GRANULARITY 1
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (region, ticket_id)
SETTINGS index_granularity = 8192;

CREATE TABLE workload_daily
(
    `region` LowCardinality(String),
    `day` Date,
    `team` LowCardinality(String),
    `agent` LowCardinality(String),
    `created` Int64,
    `assigned` Int64,
    `resolved` Int64,
    `reopened` Int64,
    `backlog_delta` Int64,
    `public_replies` Int64,
    `work_minutes` Int64,
    `warnings` Int64,
    `breaches` Int64,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYear(day)
ORDER BY (region, day, team, agent)
SETTINGS index_granularity = 8192;

CREATE TABLE workload_hourly
(
    `region` LowCardinality(String),
    `hour` DateTime('UTC'),
    `team` LowCardinality(String),
    `agent` LowCardinality(String),
    `local_weekday` UInt8,
    `local_hour` UInt8,
    `created` Int64,
    `assigned` Int64,
    `resolved` Int64,
    `reopened` Int64,
    `backlog_delta` Int64,
    `public_replies` Int64,
    `work_minutes` Int64,
    `warnings` Int64,
    `breaches` Int64,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(hour)
ORDER BY (region, hour, team, agent)
SETTINGS index_granularity = 8192;
