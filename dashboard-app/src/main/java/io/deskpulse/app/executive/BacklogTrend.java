package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.TileQueries.BacklogPoint;
import java.util.List;
import java.util.OptionalLong;

/**
 * Open tickets at the end of every hour of the period, from the first hour in it that saw a change
 * (an hour without change keeps the count of the hour before).
 */
public record BacklogTrend(List<BacklogPoint> hours) {

    public BacklogTrend {
        hours = List.copyOf(hours);
    }

    /** Open tickets at the end of the last hour; empty when the period saw no change at all. */
    public OptionalLong latest() {
        return hours.isEmpty() ? OptionalLong.empty() : OptionalLong.of(hours.getLast().open());
    }

    /** Open tickets at the end of the first hour; empty when the period saw no change at all. */
    public OptionalLong earliest() {
        return hours.isEmpty() ? OptionalLong.empty() : OptionalLong.of(hours.getFirst().open());
    }
}
