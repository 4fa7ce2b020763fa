/**
 * The executive tier: SLA attainment against the previous period, its trend, satisfaction (CSAT,
 * NPS), volume, backlog, cost per ticket and return on investment, over the whole desk, for the last
 * 7, 30 or 90 days. {@link io.deskpulse.app.executive.ExecutiveService} computes them from the
 * warehouse's tile queries; {@code ui} shows them.
 */
package io.deskpulse.app.executive;
