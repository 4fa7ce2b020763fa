package io.deskpulse.app.executive;

import java.time.Instant;

/** A tile's figures and when they were read from the warehouse. */
public record Fresh<T>(T value, Instant readAt) {}
