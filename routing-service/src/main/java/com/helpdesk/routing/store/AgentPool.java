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

    private static final String OF_LINE = "select * from agent where line = :line order by id for update";
    private static final String OF_TEAM = """
            select * from agent where line = :line and :team = any(teams) order by id for update""";
    private static final String AROUND = """
            select * from agent where line = :line and (id = :id or teams && string_to_array(:teams, ','))
            order by id for update""";

    /** The agents who could take a ticket of this line and team (any team if {@code team} is null), locked. */
    public Uni<Map<String, StoredAgent>> lockFor(SupportLine line, String team) {
        return Panache.getSession().chain(session -> (team == null
                ? session.createNativeQuery(OF_LINE, StoredAgent.class).setParameter("line", line.name())
                : session.createNativeQuery(OF_TEAM, StoredAgent.class).setParameter("line", line.name())
                        .setParameter("team", team))
                .getResultList())
                .map(AgentPool::byId);
    }

    /** The agent and the colleagues of their line who share a team with them, locked: whom a freed slot concerns. */
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
