package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.util.List;

/**
 * Tickets created in the period, by channel and by the first level of their category, most first.
 *
 * @param previousTotal tickets created in the previous period of equal length
 */
public record TicketVolume(List<Volume> byChannel, List<Volume> byCategory, long total, long previousTotal) {

    public TicketVolume {
        byChannel = List.copyOf(byChannel);
        byCategory = List.copyOf(byCategory);
    }
}
