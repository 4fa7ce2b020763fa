/**
 * The intake HTTP API ({@code /api/v1}, docs/api.md): other systems create tickets and append
 * events with a per-source bearer token. Requests are checked by the event contract's own codec and
 * published to Kafka like the intake form's tickets; errors are RFC 9457 problem details; an
 * idempotency key or the event id makes a retry safe. Its security filter chain is separate from the
 * Vaadin app's form login: stateless, no session, no CSRF.
 */
package io.deskpulse.app.api;
