package io.deskpulse.sla.clock;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.clock.SlaClock.Mode;
import io.deskpulse.sla.clock.SlaClock.Reached;
import io.deskpulse.sla.clock.SlaClock.StopCause;
import io.deskpulse.sla.clock.SlaClock.Transition;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaPolicy;
import io.deskpulse.sla.policy.TicketProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A compact binary form of a {@link TicketSla}, for keyed state. Policies and calendars are not
 * written, only policy ids: reading needs the same {@link PolicyBook} (the configuration version the
 * ticket was created under). Instants are written as seconds after the creation, in variable-length
 * integers, so a typical open ticket takes about two hundred bytes.
 */
public final class TicketSlaCodec {

    private static final int FORMAT = 1;
    private static final Priority[] PRIORITIES = Priority.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final TicketStatus[] STATUSES = TicketStatus.values();
    private static final Metric[] METRICS = Metric.values();
    private static final Mode[] MODES = Mode.values();
    private static final StopCause[] CAUSES = StopCause.values();

    private TicketSlaCodec() {}

    public static byte[] write(TicketSla ticket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Writer w = new Writer(out, ticket.createdAt);
            out.writeByte(FORMAT);
            out.writeUTF(ticket.ticketId);
            w.varLong(ticket.createdAt);
            TicketProfile profile = ticket.profile;
            out.writeByte(profile.priority().ordinal());
            out.writeUTF(profile.customerTier());
            out.writeUTF(profile.region());
            out.writeByte(profile.channel().ordinal());
            out.writeUTF(profile.category());
            w.policy(ticket.policy);
            out.writeByte(ticket.status.ordinal());
            out.writeByte((ticket.everDone ? 1 : 0) | (ticket.publicReplySeen ? 2 : 0) | (ticket.nowClosed ? 4 : 0));
            w.instant(ticket.now);
            w.varLong(ticket.clocks().size());
            for (SlaClock clock : ticket.clocks()) {
                w.clock(clock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #write} wrote, resolving policy ids in {@code book}. */
    public static TicketSla read(byte[] state, PolicyBook book) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown ticket state format " + format);
            }
            String ticketId = in.readUTF();
            long createdAt = Reader.varLong(in);
            Reader r = new Reader(in, createdAt, book);
            TicketProfile profile = new TicketProfile(PRIORITIES[in.readUnsignedByte()], in.readUTF(), in.readUTF(),
                    CHANNELS[in.readUnsignedByte()], in.readUTF());
            TicketSla ticket = new TicketSla(ticketId, book, profile, createdAt);
            ticket.policy = r.policy();
            ticket.status = STATUSES[in.readUnsignedByte()];
            int flags = in.readUnsignedByte();
            ticket.everDone = (flags & 1) != 0;
            ticket.publicReplySeen = (flags & 2) != 0;
            ticket.nowClosed = (flags & 4) != 0;
            ticket.now = r.instant();
            long clocks = Reader.varLong(in);
            for (long i = 0; i < clocks; i++) {
                SlaClock clock = r.clock();
                switch (clock.metric) {
                    case FIRST_RESPONSE -> ticket.firstResponse = clock;
                    case NEXT_REPLY -> ticket.nextReplies.add(clock);
                    case RESOLUTION -> ticket.resolution = clock;
                }
            }
            return ticket;
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt ticket state", e);
        }
    }

    private record Writer(DataOutputStream out, long base) {

        void clock(SlaClock clock) throws IOException {
            out.writeByte(clock.metric.ordinal());
            varLong(clock.cycle);
            instant(clock.startedAt);
            policy(clock.policy);
            out.writeByte(clock.mode.ordinal());
            out.writeByte(clock.stopCause == null ? 0 : clock.stopCause.ordinal() + 1);
            instant(clock.stoppedAt);
            varLong(clock.used);
            varLong(clock.paused);
            instant(clock.mark);
            instant(clock.breachedAt);
            varLong(clock.warnings.size());
            for (Reached warning : clock.warnings) {
                out.writeByte(warning.pct());
                instant(warning.at());
            }
            varLong(clock.transitions.size());
            for (Transition t : clock.transitions) {
                instant(t.at());
                out.writeByte(t.mode().ordinal());
                out.writeByte(t.pausedIn() == null ? 0 : t.pausedIn().ordinal() + 1);
                out.writeByte(t.cause() == null ? 0 : t.cause().ordinal() + 1);
                out.writeUTF(t.policyId());
            }
        }

        void policy(SlaPolicy policy) throws IOException {
            out.writeUTF(policy == null ? "" : policy.id());
        }

        /** Instants are never before the creation: seconds after it, plus one; 0 for none. */
        void instant(long epochSecond) throws IOException {
            varLong(epochSecond == SlaClock.NONE ? 0 : epochSecond - base + 1);
        }

        void varLong(long value) throws IOException {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.writeByte((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.writeByte((int) v);
        }
    }

    private record Reader(DataInputStream in, long base, PolicyBook book) {

        SlaClock clock() throws IOException {
            Metric metric = METRICS[in.readUnsignedByte()];
            int cycle = (int) varLong(in);
            long startedAt = instant();
            SlaClock clock = new SlaClock(metric, cycle, startedAt, policy(), MODES[in.readUnsignedByte()]);
            int cause = in.readUnsignedByte();
            clock.stopCause = cause == 0 ? null : CAUSES[cause - 1];
            clock.stoppedAt = instant();
            clock.used = varLong(in);
            clock.paused = varLong(in);
            clock.mark = instant();
            clock.breachedAt = instant();
            long warnings = varLong(in);
            for (long i = 0; i < warnings; i++) {
                clock.warnings.add(new Reached(in.readUnsignedByte(), instant()));
            }
            long transitions = varLong(in);
            for (long i = 0; i < transitions; i++) {
                long at = instant();
                Mode mode = MODES[in.readUnsignedByte()];
                int pausedIn = in.readUnsignedByte();
                int stopCause = in.readUnsignedByte();
                clock.transitions.add(new Transition(at, mode, pausedIn == 0 ? null : STATUSES[pausedIn - 1],
                        stopCause == 0 ? null : CAUSES[stopCause - 1], in.readUTF()));
            }
            return clock;
        }

        SlaPolicy policy() throws IOException {
            String id = in.readUTF();
            if (id.isEmpty()) {
                return null;
            }
            SlaPolicy policy = book.policy(id);
            if (policy == null) {
                throw new IllegalArgumentException("ticket state names policy '" + id + "', unknown to this configuration");
            }
            return policy;
        }

        long instant() throws IOException {
            long value = varLong(in);
            return value == 0 ? SlaClock.NONE : base + value - 1;
        }

        static long varLong(DataInputStream in) throws IOException {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.readUnsignedByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }
    }
}
