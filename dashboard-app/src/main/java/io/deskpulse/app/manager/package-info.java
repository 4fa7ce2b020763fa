/**
 * The manager tier: drill-down region, team, agent, ticket with the URL as the state, breakdowns,
 * at-risk tickets, workload heatmaps, category mix and CSV export, inside the manager's regions.
 */
package io.deskpulse.app.manager;
