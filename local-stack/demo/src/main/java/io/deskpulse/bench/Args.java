package io.deskpulse.bench;

import java.util.Arrays;
import java.util.List;

/** The options after a subcommand: {@code --name value}. */
record Args(List<String> values) {

    static Args of(String[] args, int from) {
        return new Args(Arrays.asList(args).subList(from, args.length));
    }

    long number(String name, long defaultValue) {
        String value = text(name, null);
        return value == null ? defaultValue : Long.parseLong(value.replace("_", "").replace(",", ""));
    }

    String text(String name, String defaultValue) {
        int at = values.indexOf(name);
        if (at < 0) {
            return defaultValue;
        }
        if (at + 1 >= values.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return values.get(at + 1);
    }
}
