package io.deskpulse.ingestion.simulator;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode: the desk runs in real time, or {@code speed} times faster, on its own thread. It starts
 * with a backlog, the tickets of the last {@code backlog} before the start, all emitted at once so
 * that dashboards are not empty; after that each event is emitted when its instant comes. Above
 * speed 1 the events' instants run ahead of the wall clock, by design.
 */
public final class LiveSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSimulation.class);
    /** The longest sleep between two looks at the clock, so that closing is prompt. */
    private static final long MAX_SLEEP_MILLIS = 500;

    private final SimulationSettings settings;
    private final double speed;
    private final Duration backlog;
    private final Clock clock;
    private final EventSink sink;
    private final Thread thread;
    private volatile RunSummary summary = new RunSummary(0, 0);
    private volatile RuntimeException failure;

    private LiveSimulation(SimulationSettings settings, double speed, Duration backlog, Clock clock, EventSink sink) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
        if (backlog.isNegative()) {
            throw new IllegalArgumentException("backlog must not be negative, got " + backlog);
        }
        this.settings = settings;
        this.speed = speed;
        this.backlog = backlog;
        this.clock = clock;
        this.sink = sink;
        this.thread = new Thread(this::run, "ticket-simulator");
        thread.setDaemon(true);
    }

    /** Starts emitting to {@code sink} from the simulator's own thread. */
    public static LiveSimulation start(SimulationSettings settings, double speed, Duration backlog, Clock clock,
            EventSink sink) {
        LiveSimulation live = new LiveSimulation(settings, speed, backlog, clock, sink);
        live.thread.start();
        return live;
    }

    /** Tickets created and events emitted so far, backlog included. */
    public RunSummary summary() {
        return summary;
    }

    /**
     * Waits up to {@code timeout} for the simulation to stop (it runs until closed, or until its sink
     * fails); true when it has stopped.
     *
     * @throws RuntimeException the sink's failure, when that stopped it
     */
    public boolean await(Duration timeout) throws InterruptedException {
        if (!thread.join(timeout)) {
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        return true;
    }

    private void run() {
        long startMillis = clock.millis();
        long startSecond = Math.floorDiv(startMillis, 1000);
        Simulation simulation = new Simulation(settings, startSecond - backlog.toSeconds(), sink);
        try {
            simulation.runUntil(startSecond + 1);
            summary = simulation.summary();
            LOG.info("simulator: backlog of {} tickets ({} events) emitted; running live at speed {}",
                    summary.tickets(), summary.events(), speed);
            while (!Thread.currentThread().isInterrupted()) {
                long simulatedNow = startSecond + (long) Math.floor((clock.millis() - startMillis) * speed / 1000);
                simulation.runUntil(simulatedNow + 1);
                summary = simulation.summary();
                long wakeAt = startMillis + (long) Math.ceil((simulation.nextActionAt() - startSecond) * 1000 / speed);
                Thread.sleep(Math.clamp(wakeAt - clock.millis(), 1, MAX_SLEEP_MILLIS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("simulator stopped: {}", e.toString());
            failure = e;
        }
    }

    /** Stops the simulation; events already handed to the sink stay there. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
