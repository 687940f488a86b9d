package com.helpdesk.routing.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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
     * A decision locks every agent of the ticket's line and team, busy or not. Were it to lock only those
     * free at its snapshot, it could queue a ticket while another transaction frees an agent and drains the
     * queue without seeing that ticket (still locked by the decision): capacity would idle while the ticket
     * waits. Locking all of them makes the decision wait for the release and see the freed capacity.
     */
    public static final String OF_LINE = "select * from agent where line = :line order by id for update";
    public static final String OF_TEAM = """
            select * from agent where line = :line and :team = any(teams) order by id for update""";
    /*
     * A drain locks the freed agent and the colleagues free right now; a colleague filled meanwhile has
     * nothing to give, and PostgreSQL re-checks the condition on a row it had to wait for.
     */
    private static final String AVAILABLE = "presence = 'ONLINE' and open_tickets < capacity";
    /* The agent's line and teams are read in the same statement, so the agent's own row is never loaded
       unlocked into the session first (a stale copy there would hide the locked row's current load). */
    public static final String AROUND = """
            select * from agent where line = (select line from agent where id = :id)
              and (id = :id or (teams && (select teams from agent where id = :id) and %s))
            order by id for update""".formatted(AVAILABLE);

    /** The agents of this line and team (any team if {@code team} is null), locked. */
    public Uni<LockedAgents> lockFor(SupportLine line, String team) {
        return Panache.getSession().chain(session -> (team == null
                ? session.createNativeQuery(OF_LINE, StoredAgent.class).setParameter("line", line.name())
                : session.createNativeQuery(OF_TEAM, StoredAgent.class).setParameter("line", line.name())
                        .setParameter("team", team))
                .setReadOnly(true)
                .getResultList()
                .map(agents -> new LockedAgents(session, agents)));
    }

    /**
     * The agent and their available colleagues of the line who share a team with them, locked: whom a freed
     * slot concerns. Empty if there is no such agent.
     */
    public Uni<LockedAgents> lockAround(String agentId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AROUND, StoredAgent.class)
                .setParameter("id", agentId)
                .setReadOnly(true)
                .getResultList()
                .map(agents -> new LockedAgents(session, agents)));
    }

    /** The agent, locked and ready to change (even if an earlier pool of this transaction loaded it read-only). */
    public Uni<StoredAgent> lockOne(String agentId) {
        return Panache.getSession().chain(session -> StoredAgent.<StoredAgent>findById(agentId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(agent -> {
                    if (agent != null) {
                        LockedAgents.writable(session, agent);
                    }
                }));
    }
}
