package com.helpdesk.routing.seed;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.StoredAgent;
import com.helpdesk.routing.store.StoredTeam;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The demo desk of the local stack (when {@code helpdesk.routing.demo-seed=true}): three teams and the
 * realm's demo staff under their fixed Keycloak ids, online, so a new ticket is routed at once. Rows that
 * exist are left as they are, so restarts keep what was changed through the API.
 */
@ApplicationScoped
public class DemoStaff {

    private static final Logger LOG = Logger.getLogger(DemoStaff.class);

    private record DemoTeam(String id, String name, String... categories) {
    }

    private record DemoAgent(String id, String name, SupportLine line, List<String> languages, Map<String, Integer> skills,
            List<String> teams, int capacity) {
    }

    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("it-support", "IT support", "it.*"),
            new DemoTeam("billing", "Billing", "billing.*"),
            new DemoTeam("hr", "Human resources", "hr.*"));

    private static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("a0000000-0000-4000-8000-000000000001", "Ivan", SupportLine.L1, List.of("ru", "en"),
                    Map.of("it.*", 3, "billing.*", 3, "hr.*", 3), List.of("it-support", "billing", "hr"), 5),
            new DemoAgent("a0000000-0000-4000-8000-000000000002", "Olga", SupportLine.L2, List.of("ru", "en"),
                    Map.of("it.*", 5, "billing.*", 4), List.of("it-support", "billing"), 5),
            new DemoAgent("a0000000-0000-4000-8000-000000000003", "Sam", SupportLine.L3, List.of("en"),
                    Map.of("*", 4), List.of("it-support", "billing", "hr"), 3));

    void onStart(@Observes StartupEvent startup, RoutingConfig config) throws Throwable {
        if (config.demoSeed()) {
            VertxContextSupport.subscribeAndAwait(this::ensure);
            LOG.infof("Demo desk ready: teams %s, agents Ivan (L1), Olga (L2), Sam (L3)",
                    TEAMS.stream().map(DemoTeam::id).toList());
        }
    }

    /** Creates whichever demo teams and agents are missing. */
    public Uni<Void> ensure() {
        return Panache.withTransaction(() -> Multi.createFrom().iterable(TEAMS)
                .onItem().transformToUniAndConcatenate(DemoStaff::team).collect().last()
                .chain(() -> Multi.createFrom().iterable(AGENTS)
                        .onItem().transformToUniAndConcatenate(DemoStaff::agent).collect().last())
                .replaceWithVoid());
    }

    private static Uni<Void> team(DemoTeam demo) {
        return StoredTeam.<StoredTeam>findById(demo.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            StoredTeam team = new StoredTeam();
            team.id = demo.id();
            team.name = demo.name();
            team.categories = demo.categories();
            return team.persist().replaceWithVoid();
        });
    }

    private static Uni<Void> agent(DemoAgent demo) {
        return StoredAgent.<StoredAgent>findById(demo.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            StoredAgent agent = new StoredAgent();
            agent.id = demo.id();
            agent.displayName = demo.name();
            agent.line = demo.line();
            agent.languages = demo.languages().toArray(String[]::new);
            agent.skills = demo.skills();
            agent.teams = demo.teams().toArray(String[]::new);
            agent.capacity = demo.capacity();
            agent.presence = Presence.ONLINE;
            return agent.persist().replaceWithVoid();
        });
    }
}
