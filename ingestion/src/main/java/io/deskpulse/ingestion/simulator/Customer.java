package io.deskpulse.ingestion.simulator;

/** A customer (an organisation's user) of one region, with the tier the SLA policies match on. */
record Customer(String id, Region region, CustomerTier tier) {}
