package io.deskpulse.app.intake;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids of tickets created by the intake form or the HTTP API: {@code T-} and eight Crockford base-32
 * characters (40 random bits), short enough to read out on the phone.
 */
public final class TicketIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketIds() {}

    public static String next() {
        return from(RANDOM.nextLong());
    }

    /**
     * The id of a ticket whose creation may be retried: the same {@code key} (a name-based UUID,
     * whose low bits are hash bits) always gives the same id.
     */
    public static String derivedFrom(UUID key) {
        return from(key.getLeastSignificantBits());
    }

    private static String from(long bits) {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return "T-" + new String(id);
    }
}
