package io.deskpulse.jobs.cells;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The changes that turn a ticket's previous contributions into its current ones. */
public final class Contributions {

    private Contributions() {}

    public static <K, M extends Measures<M>> List<CellChange<K, M>> changes(Map<K, M> before, Map<K, M> after) {
        List<CellChange<K, M>> changes = new ArrayList<>();
        for (Map.Entry<K, M> now : after.entrySet()) {
            M was = before.get(now.getKey());
            M delta = was == null ? now.getValue() : now.getValue().minus(was);
            if (!delta.isZero()) {
                changes.add(new CellChange<>(now.getKey(), delta));
            }
        }
        for (Map.Entry<K, M> was : before.entrySet()) {
            if (!after.containsKey(was.getKey()) && !was.getValue().isZero()) {
                changes.add(new CellChange<>(was.getKey(), was.getValue().negated()));
            }
        }
        return changes;
    }

    /** Adds {@code measures} to {@code cell} of {@code into}; a cell that sums to zero is no contribution. */
    public static <K, M extends Measures<M>> void add(Map<K, M> into, K cell, M measures) {
        into.merge(cell, measures, (a, b) -> {
            M sum = a.plus(b);
            return sum.isZero() ? null : sum;
        });
    }
}
