package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Channel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where tickets come from and are worked: its time zone drives the arrival curve, the agents'
 * shifts and when customers answer.
 *
 * @param code a short form for customer ids, e.g. {@code CN}
 * @param ticketShare the region's part of all tickets
 * @param channels how its customers reach the desk (relative weights)
 * @param teams its teams; without a network team, network tickets go to the service desk
 * @param names the pool agents' ids are made from
 */
record Region(String id, String code, ZoneId zone, double ticketShare, Map<Channel, Integer> channels,
        List<TeamKind> teams, NamePool names) {

    /** First and last names, combined into agent ids such as {@code anna.weber}. */
    record NamePool(List<String> first, List<String> last) {

        /** The {@code n}th distinct name (first names vary fastest); a number is added past the pool. */
        String name(int n) {
            int pool = first.size() * last.size();
            int index = n % pool;
            int firstIndex = index % first.size();
            int lastIndex = (index / first.size() + firstIndex) % last.size();
            String name = first.get(firstIndex) + "." + last.get(lastIndex);
            return n < pool ? name : name + (n / pool + 1);
        }
    }
}
