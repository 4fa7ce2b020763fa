package io.deskpulse.app.chart;

import java.util.List;

/**
 * A matrix of cells coloured by value, from the palette's low to high end (for example tickets per
 * hour of the week, or work per agent and hour). Cells not given stay empty.
 */
public record HeatmapChart(List<String> columns, List<String> rows, List<Cell> cells, ValueFormat format)
        implements ChartOptions {

    /** The value at a column and a row, by index into {@link #columns()} and {@link #rows()}. */
    public record Cell(int column, int row, double value) {}

    public HeatmapChart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        cells = List.copyOf(cells);
        for (Cell cell : cells) {
            if (cell.column() < 0 || cell.column() >= columns.size() || cell.row() < 0 || cell.row() >= rows.size()) {
                throw new IllegalArgumentException("cell " + cell + " is outside " + columns.size() + " columns x "
                        + rows.size() + " rows");
            }
        }
    }
}
