package io.deskpulse.ingestion.simulator;

import java.util.List;

/** What agents and customers write in the fields the contract has for words: reasons and resolution codes. */
final class DeskPhrases {

    static final List<String> PENDING_REASONS = List.of("asked for logs", "asked for a screenshot",
            "asked to confirm the fix", "asked for a time to visit", "asked for the device's serial number");
    /** Each hold reason, and at the same index the news that ends it. */
    static final List<String> HOLD_REASONS = List.of("waiting for vendor", "spare part ordered",
            "waiting for change window", "escalated to third-level support");
    static final List<String> HOLD_ENDS = List.of("vendor answered", "spare part arrived",
            "change window reached", "third-level support answered");
    static final List<String> REOPEN_REASONS = List.of("problem came back", "fix did not work",
            "customer not satisfied with the solution");

    private static final List<String> HARDWARE_CODES = List.of("repaired", "replaced", "fixed");
    private static final List<String> ACCESS_CODES = List.of("access-granted", "fixed");
    private static final List<String> OTHER_CODES = List.of("fixed", "workaround", "configuration");

    private DeskPhrases() {}

    static String resolutionCode(SimulatedTicket ticket, Dice dice) {
        if (ticket.customerSilent) {
            return "no-response";
        }
        if (ticket.arrival.incident()) {
            return "incident-resolved";
        }
        return switch (ticket.arrival.category().root()) {
            case "hardware" -> dice.pick(HARDWARE_CODES);
            case "access" -> dice.pick(ACCESS_CODES);
            default -> dice.pick(OTHER_CODES);
        };
    }
}
