/**
 * The agent's queue: open tickets with their most urgent SLA clock, most urgent (earliest due)
 * first, read from the warehouse's {@code tickets} and {@code sla_clocks} tables.
 */
package io.deskpulse.app.queue;
