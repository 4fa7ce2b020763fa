package io.deskpulse.app.api;

import io.deskpulse.app.base.DeskPulseProperties;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answers to recent requests that had an idempotency key, in memory, up to
 * {@code deskpulse.api.replay-memory} (the oldest are forgotten first). A retry of an answered
 * request gets the same answer without publishing again; a retry while the first try is still
 * waiting for the broker is told so (409); the same key on a different request is refused (422).
 * Only successes are kept: after an error the client may retry and the request runs again.
 *
 * <p>Forgetting is safe: a forgotten key makes the retry publish again, with the same event ids,
 * and the stream jobs drop events whose id they have seen.
 */
@Component
class RecentAnswers {

    /** An answer being worked out ({@code answer} null) or given; {@code fingerprint} tells requests apart. */
    private record Entry(byte[] fingerprint, Answer answer) {

        long size() {
            return 64L + fingerprint.length + (answer == null ? 0 : answer.body().length);
        }
    }

    private final long budget;
    private final Map<IdempotencyKey, Entry> entries = new LinkedHashMap<>();
    private long used;

    RecentAnswers(DeskPulseProperties properties) {
        this.budget = properties.api().replayMemory().toBytes();
    }

    /**
     * The answer to the request: replayed when its key was answered before, else worked out by
     * {@code work} and kept when it succeeds.
     */
    CompletableFuture<ResponseEntity<byte[]>> answer(Optional<IdempotencyKey> key, byte[] fingerprint,
            Supplier<CompletableFuture<Answer>> work) {
        if (key.isEmpty()) {
            return work.get().thenApply(Answer::toResponse);
        }
        Optional<Answer> replay = claim(key.get(), fingerprint);
        if (replay.isPresent()) {
            return CompletableFuture.completedFuture(replay.get().toReplayedResponse());
        }
        CompletableFuture<Answer> answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            forget(key.get());
            throw e;
        }
        return answer.whenComplete((given, error) -> {
            if (error == null) {
                keep(key.get(), fingerprint, given);
            } else {
                forget(key.get());
            }
        }).thenApply(Answer::toResponse);
    }

    private synchronized Optional<Answer> claim(IdempotencyKey key, byte[] fingerprint) {
        Entry entry = entries.get(key);
        if (entry == null) {
            put(key, new Entry(fingerprint, null));
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(entry.fingerprint(), fingerprint)) {
            throw new Problem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key (or event id) was used for a different request.").exception();
        }
        if (entry.answer() == null) {
            throw new Problem(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "A request with this idempotency key (or event id) is still in progress: retry later.").exception();
        }
        return Optional.of(entry.answer());
    }

    private synchronized void keep(IdempotencyKey key, byte[] fingerprint, Answer answer) {
        remove(key);
        put(key, new Entry(fingerprint, answer));
        Iterator<Map.Entry<IdempotencyKey, Entry>> oldestFirst = entries.entrySet().iterator();
        while (used > budget && oldestFirst.hasNext()) {
            Entry oldest = oldestFirst.next().getValue();
            if (oldest.answer() != null) {
                used -= oldest.size();
                oldestFirst.remove();
            }
        }
    }

    private synchronized void forget(IdempotencyKey key) {
        remove(key);
    }

    private void put(IdempotencyKey key, Entry entry) {
        entries.put(key, entry);
        used += entry.size();
    }

    private void remove(IdempotencyKey key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            used -= removed.size();
        }
    }
}
