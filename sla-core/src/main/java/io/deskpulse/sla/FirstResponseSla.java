package io.deskpulse.sla;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The walking skeleton's SLA: one first-response target on a 24x7 calendar, the same for every
 * ticket. The policy engine of SLA-SPEC.md replaces it; its callers (the stream job and the intake
 * form's due-time preview) stay the same shape.
 */
public record FirstResponseSla(String policyId, Duration target) implements Serializable {

    public static final FirstResponseSla DEFAULT = new FirstResponseSla("default-24x7", Duration.ofMinutes(30));

    public FirstResponseSla {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("target must be positive, got " + target);
        }
    }

    public Instant dueAt(Instant createdAt) {
        return createdAt.plus(target);
    }

    public long targetSeconds() {
        return target.toSeconds();
    }
}
