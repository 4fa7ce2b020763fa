/**
 * What every feature shares: the app's configuration ({@code deskpulse.*} properties, the Kafka
 * and ClickHouse clients built from them) and the warehouse migrations run at start-up.
 */
package io.deskpulse.app.base;
