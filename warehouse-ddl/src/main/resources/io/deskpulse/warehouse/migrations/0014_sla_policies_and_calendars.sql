-- Every version of the SLA configuration (SLA-SPEC.md), as the sla-monitor job applies it: one row
-- per policy and per calendar of each document, with the document's version and the instant it is
-- in force from. The job starts with an initial document ('initial', in force since always) and
-- takes later ones from the compacted sla-config topic, which it reads from the start at every
-- start: a document written again replaces its own rows, so every version is kept once. The
-- configuration in force at an instant is the version with the latest effective_from before it.
-- definition is the policy's or calendar's JSON as published; the columns after it are derived
-- from it by ClickHouse, for filtering (a writer only sends the identity and the JSON).
CREATE TABLE IF NOT EXISTS sla_policies
(
    policy_id      LowCardinality(String),
    effective_from DateTime64(3, 'UTC'),
    config_version String,
    position       UInt16,
    definition     String,
    calendar_id    LowCardinality(String) MATERIALIZED JSONExtractString(definition, 'calendar'),
    priorities     Array(LowCardinality(String)) MATERIALIZED JSONExtract(definition, 'match', 'priority', 'Array(String)'),
    regions        Array(LowCardinality(String)) MATERIALIZED JSONExtract(definition, 'match', 'region', 'Array(String)'),
    target_minutes Map(LowCardinality(String), UInt32) MATERIALIZED JSONExtract(definition, 'targets', 'Map(String, UInt32)')
)
ENGINE = ReplacingMergeTree
-- Sort key: a clock names its policy, and the policy's versions are read in time order; also the
-- identity of a policy in one document (position: the first matching policy of a document wins).
ORDER BY (policy_id, effective_from, config_version);

CREATE TABLE IF NOT EXISTS business_calendars
(
    calendar_id    LowCardinality(String),
    effective_from DateTime64(3, 'UTC'),
    config_version String,
    definition     String,
    zone           LowCardinality(String) MATERIALIZED if(JSONHas(definition, 'zone'), JSONExtractString(definition, 'zone'), 'UTC'),
    always_open    Bool MATERIALIZED JSONExtractBool(definition, 'alwaysOpen'),
    holidays       Array(Date) MATERIALIZED arrayMap(d -> toDate(d), JSONExtract(definition, 'holidays', 'Array(String)'))
)
ENGINE = ReplacingMergeTree
-- Sort key: a policy names its calendar, whose versions are read in time order; also the identity.
ORDER BY (calendar_id, effective_from, config_version)
