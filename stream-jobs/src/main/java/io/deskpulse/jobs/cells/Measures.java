package io.deskpulse.jobs.cells;

import java.io.Serializable;

/**
 * The additive numbers of one cell (sums and counts, never averages, so that any roll-up of cells
 * is exact). A ticket's contribution to a cell is a {@code Measures}, and so is a cell's total.
 */
public interface Measures<M extends Measures<M>> extends Serializable {

    M plus(M other);

    M negated();

    boolean isZero();

    default M minus(M other) {
        return plus(other.negated());
    }
}
