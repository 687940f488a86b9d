package com.helpdesk.routing.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.ticket.SupportLine;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Locks the agents a decision chooses among, in the caller's transaction. Every decision reads loads only
 * after locking the rows ({@code for update}, in id order so two transactions never wait on each other in
 * a circle), so two instances deciding at once can neither both fill an agent's last slot nor
 * see a stale load.
 */
@ApplicationScoped
public class AgentPool {

    /*
     * Only agents who could take a ticket now (online, below capacity) are locked: the fewer rows a decision
     * holds, the less instances wait on each other. PostgreSQL re-checks the condition on a row it had to wait
     * for, so an agent filled meanwhile by another instance drops out here.
     */
    private static final String AVAILABLE = "presence = 'ONLINE' and open_tickets < capacity";
    private static final String OF_LINE = """
            select * from agent where line = :line and %s order by id for update""".formatted(AVAILABLE);
    private static final String OF_TEAM = """
            select * from agent where line = :line and :team = any(teams) and %s
            order by id for update""".formatted(AVAILABLE);
    private static final String AROUND = """
            select * from agent where line = :line and (id = :id or (teams && string_to_array(:teams, ',') and %s))
            order by id for update""".formatted(AVAILABLE);

    /** The available agents who could take a ticket of this line and team (any team if {@code team} is null), locked. */
    public Uni<Map<String, StoredAgent>> lockFor(SupportLine line, String team) {
        return Panache.getSession().chain(session -> (team == null
                ? session.createNativeQuery(OF_LINE, StoredAgent.class).setParameter("line", line.name())
                : session.createNativeQuery(OF_TEAM, StoredAgent.class).setParameter("line", line.name())
                        .setParameter("team", team))
                .getResultList())
                .map(AgentPool::byId);
    }

    /** The agent and their available colleagues of the line who share a team with them, locked: whom a freed slot concerns. */
    public Uni<Map<String, StoredAgent>> lockAround(StoredAgent agent) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AROUND, StoredAgent.class)
                .setParameter("line", agent.line.name())
                .setParameter("id", agent.id)
                .setParameter("teams", String.join(",", agent.teams))
                .getResultList())
                .map(AgentPool::byId);
    }

    private static Map<String, StoredAgent> byId(List<StoredAgent> agents) {
        Map<String, StoredAgent> pool = new LinkedHashMap<>();
        agents.forEach(agent -> pool.put(agent.id, agent));
        return pool;
    }
}
