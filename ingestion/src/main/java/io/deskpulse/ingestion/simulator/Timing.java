package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * How long things take at the desk, in seconds. Agents' times are work time (the lifecycle counts
 * them inside shifts) and grow with the agent's load; customers answer in their local daytime;
 * waits are log-normal: mostly near the median, now and then much longer.
 */
final class Timing {

    /** Median minutes for an agent at normal load to answer, for P1..P4. */
    private static final double[] REPLY_MEDIAN_MINUTES = {4, 10, 22, 55};
    /** The load (open tickets) at which an agent answers in the median time. */
    private static final double NORMAL_LOAD = 8;
    private static final LocalTime CUSTOMER_DAY_START = LocalTime.of(8, 0);
    private static final int CUSTOMER_DAY_END_HOUR = 20;
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private final Dice dice;

    Timing(Dice dice) {
        this.dice = dice;
    }

    /** From creation to assignment: the router is quick, a phone call or chat is picked up at once. */
    long triage(Channel channel, Priority priority) {
        if (isLive(channel)) {
            return dice.between(20, 120);
        }
        return seconds(dice.logNormal(priority == Priority.P1 ? 60 : 240, 0.8));
    }

    /** From assignment to the first public reply: immediate on a call or chat, else as {@link #reply}. */
    long firstReply(Channel channel, Priority priority, int load) {
        return isLive(channel) ? dice.between(60, 300) : reply(priority, load);
    }

    /** An agent's time to answer, slower the more open tickets they have. */
    long reply(Priority priority, int load) {
        return seconds(dice.logNormal(REPLY_MEDIAN_MINUTES[priority.ordinal()] * 60 * loadFactor(load), 0.8));
    }

    /** More investigation before the next step. */
    long investigation(int load) {
        return seconds(dice.logNormal(60 * 60 * loadFactor(load), 0.9));
    }

    /** From the last reply to marking the ticket resolved. */
    long wrapUp() {
        return seconds(dice.logNormal(15 * 60, 0.9));
    }

    /** A customer's answer, landing in their daytime. */
    long customerReply(long from, ZoneId zone) {
        return daytime(from + seconds(dice.logNormal(2.5 * HOUR, 1.1)), zone) - from;
    }

    /** A wait for a vendor, parts or a change window: ends on a working day's daytime. */
    long hold(long from, ZoneId zone) {
        return daytime(from + seconds(dice.logNormal(16 * HOUR, 0.8)), zone) - from;
    }

    /** Asked for more, a customer who never answers: the agent resolves the ticket after this. */
    long noResponseWait() {
        return 3 * DAY + dice.between(0, 4 * 3600);
    }

    /** From resolution to the customer reopening: always before {@link #autoClose}. */
    long reopen() {
        return Math.min(2 * DAY + 12 * HOUR, seconds(dice.logNormal(18 * HOUR, 0.8)));
    }

    /** From resolution to the survey answer: always before {@link #autoClose}. */
    long survey() {
        return Math.min(2 * DAY, seconds(dice.logNormal(5 * HOUR, 1.0)));
    }

    /** Resolved tickets close by themselves three to seven days later. */
    long autoClose() {
        return dice.between(3 * DAY, 7 * DAY);
    }

    /** Minutes an agent books on a ticket for one piece of work. */
    int workMinutes() {
        return (int) Math.clamp(StrictMath.round(dice.logNormal(15, 0.8)), 1, 480);
    }

    /** A call or a chat: an agent is with the customer from the start. */
    static boolean isLive(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT;
    }

    private static double loadFactor(int load) {
        return 0.5 + load / (2 * NORMAL_LOAD);
    }

    private static long seconds(double value) {
        return Math.max(1, StrictMath.round(value));
    }

    /**
     * {@code at} if it falls in a customer's day (8:00 to 20:00 local); otherwise the next morning,
     * a little after 8:00. Weekends mostly wait for Monday.
     */
    private long daytime(long at, ZoneId zone) {
        ZonedDateTime local = Instant.ofEpochSecond(at).atZone(zone);
        LocalDate date = local.toLocalDate();
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && dice.chance(0.7)) {
            return morning(date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), zone);
        }
        if (local.getHour() < CUSTOMER_DAY_START.getHour()) {
            return morning(date, zone);
        }
        return local.getHour() < CUSTOMER_DAY_END_HOUR ? at : morning(date.plusDays(1), zone);
    }

    /** A little after 8:00 local on {@code date}. */
    private long morning(LocalDate date, ZoneId zone) {
        return date.atTime(CUSTOMER_DAY_START).atZone(zone).toEpochSecond() + seconds(dice.logNormal(HOUR, 0.7));
    }
}
