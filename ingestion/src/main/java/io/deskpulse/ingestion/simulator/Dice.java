package io.deskpulse.ingestion.simulator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The simulator's only source of chance: a seeded generator and the distributions the desk model
 * draws from. Floating-point steps use {@link StrictMath}, so a seed gives the same draws on every
 * machine and JDK (plain {@code Math} may use platform intrinsics).
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Mixes several numbers into one well-spread seed (SplitMix64's finalizer, applied in turn). */
    static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long value : values) {
            h = finalize64(h ^ finalize64(value + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long finalize64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in [from, to], inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Uniform in [from, to): {@code to} excluded. */
    long between(long from, long to) {
        return from + random.nextLong(to - from);
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Standard normal, by Box-Muller. */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal with the given median: most draws near it, a long tail above (waiting times). */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Poisson-distributed count with mean {@code mean}; normal approximation for large means. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, with probability proportional to its weight. */
    <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T item : items) {
            total += weight.applyAsDouble(item);
        }
        double at = random.nextDouble() * total;
        for (T item : items) {
            at -= weight.applyAsDouble(item);
            if (at < 0) {
                return item;
            }
        }
        return items.getLast();
    }
}
