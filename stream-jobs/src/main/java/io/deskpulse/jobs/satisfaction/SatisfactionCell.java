package io.deskpulse.jobs.satisfaction;

/**
 * One day of resolutions in a region (the region's local date, as epoch days), by team, resolving
 * agent, category (the first two levels of the path, e.g. {@code hardware/printer}) and channel.
 */
public record SatisfactionCell(long day, String region, String team, String agent, String category, String channel) {

    /** The first two levels of a category path: deeper levels are too many for roll-ups. */
    public static String categoryHead(String path) {
        if (path == null) {
            return "";
        }
        int first = path.indexOf('/');
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second);
    }
}
