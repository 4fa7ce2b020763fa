/**
 * Ticket intake: the form an agent fills in for a phone or walk-in request. A valid ticket is
 * published as a {@code TicketCreated} event to Kafka (the app never writes the warehouse
 * directly: the stream job does), and the form reports the broker's acknowledgement.
 */
package io.deskpulse.app.intake;
