package io.deskpulse.sla.policy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The configuration documents the live job has received. A ticket uses the version in force at its
 * creation instant for its whole life: the one with the latest {@code effectiveFrom} not after it
 * (on equal instants, the one added last).
 */
public final class ConfigurationVersions {

    /** One document: {@code effectiveFrom} null means in force since always. */
    public record Version(String version, Instant effectiveFrom, PolicyBook book) {}

    private final List<Version> versions;

    public ConfigurationVersions(List<Version> versions) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(Version::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The version in force at an instant, or null when none is yet. */
    public Version inForceAt(Instant instant) {
        Version inForce = null;
        for (Version version : versions) {
            if (version.effectiveFrom() == null || !version.effectiveFrom().isAfter(instant)) {
                inForce = version;
            }
        }
        return inForce;
    }
}
