-- Every valid ticket event as the sla-monitor job read it, with the contract's JSON as payload:
-- the ticket detail view's event list, and the source of the dimensions below. An event is
-- identified by its eventId; a replay or a retried batch writes the same row again and
-- ReplacingMergeTree keeps one (read with FINAL).
CREATE TABLE IF NOT EXISTS ticket_events
(
    ticket_id   String,
    occurred_at DateTime64(3, 'UTC'),
    event_id    UUID,
    type        LowCardinality(String),
    source      LowCardinality(String),
    appended_at DateTime64(3, 'UTC'),
    payload     String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(occurred_at)
-- Sort key: the detail view reads one ticket's events in time order; event_id completes the identity.
ORDER BY (ticket_id, occurred_at, event_id);

-- Dimensions, kept by the warehouse itself from the events as they are written: each agent's team
-- and region as of their latest assignment, each team's region, each customer's tier and region as
-- of their latest ticket. ReplacingMergeTree(last_seen) keeps the latest row of each.
CREATE TABLE IF NOT EXISTS agents
(
    agent_id  String,
    team      LowCardinality(String),
    last_seen DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
-- Sort key: looked up by agent (names in lists, the manager's agent filter); also the identity.
ORDER BY agent_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS agents_from_events TO agents AS
SELECT JSONExtractString(payload, 'agentId') AS agent_id, JSONExtractString(payload, 'team') AS team,
       occurred_at AS last_seen
FROM ticket_events
WHERE type = 'TICKET_ASSIGNED' AND agent_id != '';

CREATE TABLE IF NOT EXISTS customers
(
    customer_id LowCardinality(String),
    tier        LowCardinality(String),
    region      LowCardinality(String),
    last_seen   DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
-- Sort key: looked up by customer (the intake form's customer field); also the identity.
ORDER BY customer_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS customers_from_events TO customers AS
SELECT JSONExtractString(payload, 'customerId') AS customer_id, JSONExtractString(payload, 'customerTier') AS tier,
       JSONExtractString(payload, 'region') AS region, occurred_at AS last_seen
FROM ticket_events
WHERE type = 'TICKET_CREATED' AND customer_id != '';

CREATE TABLE IF NOT EXISTS teams
(
    team      LowCardinality(String),
    region    LowCardinality(String),
    last_seen DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_seen)
-- Sort key: teams are listed per region in the manager's drill-down; (region, team) is the identity.
ORDER BY (region, team);

CREATE MATERIALIZED VIEW IF NOT EXISTS teams_from_events TO teams AS
SELECT JSONExtractString(payload, 'team') AS team, JSONExtractString(payload, 'region') AS region,
       occurred_at AS last_seen
FROM ticket_events
WHERE type = 'TICKET_CREATED' AND team != '';
