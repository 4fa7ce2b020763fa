-- Skip indexes for the tiles that filter on time across a whole region (bin/bench warehouse):
-- ticket ids grow with time at every desk, so within a region's slice of the sort key the clocks
-- and tickets of a period sit in a narrow run of granules that a min/max of the instant finds.
-- attainment and trends: clocks started in the period.
ALTER TABLE sla_clocks ADD INDEX IF NOT EXISTS started_at_range started_at TYPE minmax GRANULARITY 1;
-- the at-risk list and agent queues: clocks due in a window around now (a flag for "still counting"
-- would not help: a few stragglers open for months sit in almost every granule).
ALTER TABLE sla_clocks ADD INDEX IF NOT EXISTS due_at_range due_at TYPE minmax GRANULARITY 1;
-- volume by channel and category: tickets created in the period.
ALTER TABLE tickets ADD INDEX IF NOT EXISTS created_at_range created_at TYPE minmax GRANULARITY 1;
ALTER TABLE sla_clocks MATERIALIZE INDEX started_at_range;
ALTER TABLE sla_clocks MATERIALIZE INDEX due_at_range;
ALTER TABLE tickets MATERIALIZE INDEX created_at_range;
