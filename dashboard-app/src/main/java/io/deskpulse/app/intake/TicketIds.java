package io.deskpulse.app.intake;

import java.security.SecureRandom;

/**
 * Ticket ids for tickets created by the intake form: {@code T-} and eight Crockford base-32
 * characters (40 random bits), short enough to read out on the phone.
 */
public final class TicketIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketIds() {}

    public static String next() {
        long bits = RANDOM.nextLong();
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return "T-" + new String(id);
    }
}
