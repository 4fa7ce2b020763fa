-- What an hour of agent work costs, per region, from valid_from on: a new rate is a new row, so
-- past periods keep the rate they had. region '*' applies to regions without a rate of their own.
-- Seeded with a demo rate; replace it with the desk's own (an admin screen is planned).
CREATE TABLE IF NOT EXISTS cost_rates
(
    region      LowCardinality(String),
    valid_from  Date,
    hourly_cost Decimal(12, 2),
    currency    LowCardinality(String)
)
ENGINE = ReplacingMergeTree
-- Sort key: the cost tile looks a region's rate up by date; (region, valid_from) is also its identity.
ORDER BY (region, valid_from);

INSERT INTO cost_rates (region, valid_from, hourly_cost, currency) VALUES ('*', '2000-01-01', 38.00, 'USD');

-- The desk's figures from before DeskPulse, which return on investment is measured against, and
-- the investment itself. One row per figure and valid_from; docs/metrics.md ("Cost and return")
-- says how each is used. Seeded with demo values.
CREATE TABLE IF NOT EXISTS roi_baseline
(
    figure     LowCardinality(String),
    valid_from Date,
    value      Decimal(14, 4)
)
ENGINE = ReplacingMergeTree
-- Sort key: read whole (a handful of rows), latest valid_from per figure; also its identity.
ORDER BY (figure, valid_from);

INSERT INTO roi_baseline (figure, valid_from, value) VALUES
    ('minutes_per_ticket', '2000-01-01', 52),
    ('breach_rate', '2000-01-01', 0.18),
    ('breach_penalty', '2000-01-01', 45),
    ('first_contact_rate', '2000-01-01', 0.55),
    ('repeat_contact_cost', '2000-01-01', 12),
    ('investment', '2000-01-01', 60000),
    ('monthly_run_cost', '2000-01-01', 1500);
