package io.deskpulse.app.api;

import io.deskpulse.app.base.DeskPulseProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured API tokens ({@code name:secret,name:secret}). A presented token is compared with
 * every configured one in constant time: through SHA-256 digests, so that neither the position of
 * the first wrong character nor a secret's length shows in the response time.
 */
public final class ApiTokens {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private record Token(ApiClient client, byte[] digest) {}

    private final List<Token> tokens;

    private ApiTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Fails at start-up on a malformed list, naming the entry but never a secret. */
    public static ApiTokens of(DeskPulseProperties.Api properties) {
        List<Token> tokens = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String configured = properties == null || properties.tokens() == null ? "" : properties.tokens();
        for (String entry : configured.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry.strip() : entry.substring(0, colon).strip();
            String secret = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches() || secret.isEmpty()) {
                throw new IllegalArgumentException("deskpulse.api.tokens: entry " + (tokens.size() + 1)
                        + " must be name:secret with a name of letters, digits, '.', '_' or '-'");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("deskpulse.api.tokens: the name '" + name + "' is used twice");
            }
            byte[] digest = sha256(secret);
            if (tokens.stream().anyMatch(token -> MessageDigest.isEqual(token.digest(), digest))) {
                throw new IllegalArgumentException("deskpulse.api.tokens: '" + name + "' has another name's secret");
            }
            tokens.add(new Token(new ApiClient(name), digest));
        }
        return new ApiTokens(List.copyOf(tokens));
    }

    /** The client whose token this is; every configured token is compared, whatever matches. */
    public Optional<ApiClient> clientOf(String presented) {
        byte[] digest = sha256(presented);
        ApiClient match = null;
        for (Token token : tokens) {
            if (MessageDigest.isEqual(token.digest(), digest)) {
                match = token.client();
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
