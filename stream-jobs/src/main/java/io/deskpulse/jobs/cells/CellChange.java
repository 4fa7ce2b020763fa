package io.deskpulse.jobs.cells;

/** How much one ticket's contribution to {@code cell} changed: added to the cell's total. */
public record CellChange<K, M extends Measures<M>>(K cell, M delta) {}
