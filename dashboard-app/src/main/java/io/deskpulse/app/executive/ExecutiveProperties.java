package io.deskpulse.app.executive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval {@code deskpulse.executive.refresh-interval}: how often an open executive
 *     page reloads its figures (each load runs about twenty warehouse queries)
 */
@ConfigurationProperties("deskpulse.executive")
public record ExecutiveProperties(@DefaultValue("60s") Duration refreshInterval) {}
