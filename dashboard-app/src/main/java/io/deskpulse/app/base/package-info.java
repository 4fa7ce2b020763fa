/**
 * What every feature shares: the app's configuration ({@code deskpulse.*} properties, the Kafka
 * and ClickHouse clients built from them), the warehouse migrations run at start-up, and the
 * failure every warehouse reader reports when the warehouse cannot answer.
 */
package io.deskpulse.app.base;
