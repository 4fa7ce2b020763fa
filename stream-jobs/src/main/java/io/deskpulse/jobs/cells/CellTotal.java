package io.deskpulse.jobs.cells;

/**
 * A cell's totals after its {@code version}-th change. The version counts the changes applied to
 * the cell, so it only grows, and replaying the same log gives every cell the same final version
 * and totals: ReplacingMergeTree(version) keeps one row per cell, never a partial sum of a replay
 * over a complete one.
 */
public record CellTotal<K, M extends Measures<M>>(K cell, M totals, long version) {}
