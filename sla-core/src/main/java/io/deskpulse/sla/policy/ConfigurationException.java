package io.deskpulse.sla.policy;

/**
 * An invalid configuration: {@code line} (1-based) in the document, {@code path} of the offending
 * element (e.g. {@code calendars[0].hours.MON[0]}, empty for the document itself), and what is wrong.
 */
public final class ConfigurationException extends Exception {

    private final int line;
    private final String path;

    public ConfigurationException(int line, String path, String message) {
        super(message);
        this.line = line;
        this.path = path;
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }
}
