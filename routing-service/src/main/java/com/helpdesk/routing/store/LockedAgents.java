package com.helpdesk.routing.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.reactive.mutiny.Mutiny;

import com.helpdesk.routing.domain.Agent;

/**
 * The agents a decision or a drain chooses among, locked for the transaction, with their domain view. They
 * are loaded read-only: Hibernate then keeps no snapshot of each row's JSON columns and compares none of them
 * at commit, which on a pool of hundreds of agents cost more than the decision. An agent is made writable
 * only when it changes ({@link #change}), and its domain view is rebuilt once then, not for every ticket a
 * drain weighs.
 */
public final class LockedAgents {

    private final Mutiny.Session session;
    private final Map<String, StoredAgent> rows = new LinkedHashMap<>();
    private final Map<String, Agent> views = new LinkedHashMap<>();

    LockedAgents(Mutiny.Session session, List<StoredAgent> agents) {
        this.session = session;
        agents.forEach(agent -> {
            rows.put(agent.id, agent);
            views.put(agent.id, agent.toAgent());
        });
    }

    /** The agent's row, to read; null if not in the pool. */
    public StoredAgent row(String id) {
        return rows.get(id);
    }

    /** The agents as the router sees them now. */
    public Collection<Agent> agents() {
        return views.values();
    }

    public Agent agent(String id) {
        return views.get(id);
    }

    /** Leaves an agent out of this pool's decisions. */
    public void remove(String id) {
        rows.remove(id);
        views.remove(id);
    }

    /** Changes an agent's row — stored at commit — and their view; the agent must be in the pool. */
    public StoredAgent change(String id, Consumer<StoredAgent> change) {
        StoredAgent agent = rows.get(id);
        writable(session, agent);
        change.accept(agent);
        views.put(id, agent.toAgent());
        return agent;
    }

    /**
     * Makes a row loaded read-only (here, or by an earlier pool in the same transaction that the session hands
     * back again) track its changes again; must precede the change.
     */
    public static void writable(Mutiny.Session session, StoredAgent agent) {
        session.setReadOnly(agent, false);
    }
}
