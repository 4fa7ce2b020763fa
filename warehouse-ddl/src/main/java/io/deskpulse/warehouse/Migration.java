package io.deskpulse.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered SQL file, e.g. {@code 0002_sla_clocks.sql}: version 2, name {@code sla_clocks}. Its
 * checksum is recorded when applied, so that an edited applied file is caught instead of silently
 * diverging from the databases that ran the old text.
 */
public record Migration(int version, String name, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})_([a-z0-9_]+)\\.sql");

    public static Migration of(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file " + fileName + " must be named NNNN_name.sql");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), sql);
    }

    public String fileName() {
        return "%04d_%s.sql".formatted(version, name);
    }

    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements of the file: split at semicolons that end a line; comment lines are dropped. */
    public List<String> statements() {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Pattern.compile(";\\s*$", Pattern.MULTILINE).splitAsStream(withoutComments)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
