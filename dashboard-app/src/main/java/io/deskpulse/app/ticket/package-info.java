/**
 * One ticket: its detail (events, clocks and their explanations) and the actions agents and
 * managers take on it, each checked against the viewer's scope and published as ticket events.
 */
package io.deskpulse.app.ticket;
