package io.deskpulse.sla.clock;

import io.deskpulse.sla.calendar.BusinessCalendar;
import io.deskpulse.sla.clock.SlaClock.Transition;
import io.deskpulse.sla.policy.PolicyBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock's explanation, computed on demand from its recorded transitions and the calendars of its
 * policies, so that the state itself stays small: running time is split into working and
 * out-of-hours segments, pauses carry the status that caused them, stops what stopped the clock.
 */
final class Timeline {

    private Timeline() {}

    static List<TimelineSegment> of(SlaClock clock, PolicyBook book, long now) {
        List<TimelineSegment> segments = new ArrayList<>();
        List<Transition> transitions = clock.transitions;
        for (int i = 0; i < transitions.size(); i++) {
            Transition from = transitions.get(i);
            boolean last = i == transitions.size() - 1;
            long to = last ? now : transitions.get(i + 1).at();
            if (!last && to == from.at()) {
                continue; // replaced at the same instant
            }
            switch (from.mode()) {
                case RUNNING -> running(book.policy(from.policyId()).calendar(), from, to, last, segments);
                case PAUSED -> segments.add(segment(from.at(), to, last, TimelineSegment.Kind.PAUSED,
                        from.pausedIn().name(), from.policyId()));
                case STOPPED -> segments.add(segment(from.at(), to, last, TimelineSegment.Kind.STOPPED,
                        from.cause().name(), from.policyId()));
            }
        }
        return segments;
    }

    private static void running(BusinessCalendar calendar, Transition from, long to, boolean last,
            List<TimelineSegment> segments) {
        int before = segments.size();
        long cursor = from.at();
        for (long[] open : calendar.openRanges(from.at(), to)) {
            if (open[0] > cursor) {
                segments.add(segment(cursor, open[0], false, TimelineSegment.Kind.OUT_OF_HOURS, null, from.policyId()));
            }
            segments.add(segment(open[0], open[1], last && open[1] == to, TimelineSegment.Kind.RUNNING, null,
                    from.policyId()));
            cursor = open[1];
        }
        if (cursor < to) {
            segments.add(segment(cursor, to, last, TimelineSegment.Kind.OUT_OF_HOURS, null, from.policyId()));
        }
        if (last && segments.size() == before) { // started running just now: say whether in hours
            boolean inHours = calendar.reach(to, 1) == to + 1;
            segments.add(segment(to, to, true, inHours ? TimelineSegment.Kind.RUNNING : TimelineSegment.Kind.OUT_OF_HOURS,
                    null, from.policyId()));
        }
    }

    /** An open segment (the clock is still in it) has no end. */
    private static TimelineSegment segment(long from, long to, boolean open, TimelineSegment.Kind kind, String reason,
            String policyId) {
        return new TimelineSegment(Instant.ofEpochSecond(from), open ? null : Instant.ofEpochSecond(to), kind, reason,
                policyId);
    }
}
