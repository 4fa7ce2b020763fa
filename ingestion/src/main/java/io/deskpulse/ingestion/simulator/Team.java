package io.deskpulse.ingestion.simulator;

/** A team of one region, e.g. {@code cn-east-service-desk}. */
record Team(String id, Region region, TeamKind kind) {

    static Team of(Region region, TeamKind kind) {
        return new Team(region.id() + "-" + kind.slug, region, kind);
    }
}
