/**
 * Live SLA alerts in the app: one reader of the {@code sla-alerts} topic hands each warning and
 * breach to the screens of the users it concerns (the agent, the region's managers), pushed.
 */
package io.deskpulse.app.alerts;
