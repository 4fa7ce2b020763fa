package io.deskpulse.ingestion.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agents of every team as the simulation goes: who is on shift, and who has the least on their plate. */
final class Desk {

    /** A ticket is not given to an agent whose shift ends sooner than this. */
    private static final long HANDOVER_MARGIN_SECONDS = 20 * 60;

    private final Map<Team, List<AgentState>> byTeam = new LinkedHashMap<>();

    Desk(World world) {
        for (Team team : world.teams()) {
            List<AgentState> agents = new ArrayList<>();
            world.agentsOf(team).forEach(agent -> agents.add(new AgentState(agent)));
            byTeam.put(team, agents);
        }
    }

    /**
     * The on-shift agent of {@code team} with the fewest open tickets (the first in roster order on a
     * tie), other than {@code except}; null when nobody else is on shift at {@code at}.
     */
    AgentState leastLoadedOnShift(Team team, long at, AgentState except) {
        AgentState best = null;
        for (AgentState agent : byTeam.get(team)) {
            if (agent != except && agent.onShift(at) && agent.shiftEnd(at) - at > HANDOVER_MARGIN_SECONDS
                    && (best == null || agent.load() < best.load())) {
                best = agent;
            }
        }
        return best;
    }

    /** The earliest instant from {@code at} on when an agent of {@code team} is on shift. */
    long nextShiftStart(Team team, long at) {
        long earliest = Long.MAX_VALUE;
        for (AgentState agent : byTeam.get(team)) {
            earliest = Math.min(earliest, agent.nextWorkingSecond(at));
        }
        return earliest;
    }
}
