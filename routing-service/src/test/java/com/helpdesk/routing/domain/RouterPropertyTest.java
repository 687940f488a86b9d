package com.helpdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.helpdesk.events.ticket.SupportLine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What must hold for any set of agents, not just the examples in {@link RouterTest}. */
class RouterPropertyTest {

    private static final TicketToRoute TICKET = new TicketToRoute(UUID.randomUUID(), "billing.invoice", "en",
            SupportLine.L1, "billing");
    private final Router router = new Router(5);

    @Property
    void neverPicksAnAgentWhoCannotTakeTheTicketAndAlwaysTheBestRanked(
            @ForAll("agents") @Size(max = 12) List<Agent> agents) {
        var decision = router.decide(TICKET, agents);

        List<Agent> eligible = agents.stream().filter(agent -> agent.presence() == Presence.ONLINE
                && agent.hasFreeCapacity() && agent.line() == TICKET.line() && agent.teams().contains(TICKET.team())
                && agent.languages().contains(TICKET.language()) && agent.skillFor(TICKET.category()).isPresent())
                .toList();
        if (eligible.isEmpty()) {
            assertThat(decision).isInstanceOf(RoutingDecision.Queue.class);
            return;
        }
        assertThat(decision).isInstanceOf(RoutingDecision.Assign.class);
        Agent chosen = eligible.stream().filter(agent -> agent.id().equals(((RoutingDecision.Assign) decision).agentId()))
                .findFirst().orElseThrow(() -> new AssertionError("chose an ineligible agent: " + decision));
        int bestSkill = eligible.stream().mapToInt(agent -> agent.skillFor(TICKET.category()).orElseThrow().proficiency())
                .max().orElseThrow();
        assertThat(chosen.skillFor(TICKET.category()).orElseThrow().proficiency()).isEqualTo(bestSkill);
        double lowestLoadAmongBest = eligible.stream()
                .filter(agent -> agent.skillFor(TICKET.category()).orElseThrow().proficiency() == bestSkill)
                .mapToDouble(Agent::loadRatio).min().orElseThrow();
        assertThat(chosen.loadRatio()).isEqualTo(lowestLoadAmongBest);
    }

    @Property
    void equalAgentsGetEqualLoadOverManyTickets(@ForAll @IntRange(min = 1, max = 8) int agentCount,
            @ForAll @IntRange(min = 1, max = 20) int capacity, @ForAll @IntRange(min = 0, max = 200) int tickets) {
        Map<String, Agent> agents = new LinkedHashMap<>();
        for (int i = 0; i < agentCount; i++) {
            agents.put("agent-" + i, new Agent("agent-" + i, "Agent " + i, Set.of("en"),
                    List.of(Skill.of("billing.*", 3)), SupportLine.L1, Set.of("billing"), capacity, Presence.ONLINE, 0, null));
        }
        Instant clock = Instant.parse("2026-11-23T09:00:00Z");
        int queued = 0;
        for (int i = 0; i < tickets; i++) {
            if (router.decide(TICKET, agents.values()) instanceof RoutingDecision.Assign assign) {
                clock = clock.plusSeconds(1);
                agents.put(assign.agentId(), agents.get(assign.agentId()).withTicket(null, clock));
            } else {
                queued++;
            }
        }

        IntSummaryStatistics load = agents.values().stream().mapToInt(Agent::openTickets).summaryStatistics();
        assertThat(load.getMax()).isLessThanOrEqualTo(capacity);
        assertThat(load.getMax() - load.getMin()).isLessThanOrEqualTo(1);
        assertThat(load.getSum() + queued).isEqualTo(tickets);
        assertThat(queued).isEqualTo(Math.max(0, tickets - agentCount * capacity));
    }

    @Provide
    Arbitrary<List<Agent>> agents() {
        Arbitrary<Agent> agent = Combinators.combine(
                Arbitraries.of(Presence.class),
                Arbitraries.of(SupportLine.class),
                Arbitraries.<Set<String>>of(Set.of("en"), Set.of("ru"), Set.of("en", "ru")),
                Arbitraries.<List<Skill>>of(List.of(), List.of(Skill.of("billing.*", 2)), List.of(Skill.of("billing.invoice", 5)),
                        List.of(Skill.of("hr.*", 4)), List.of(Skill.of("*", 1), Skill.of("billing.*", 4))),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 6),
                Arbitraries.<Set<String>>of(Set.of("billing"), Set.of("it"), Set.of("billing", "it")),
                Arbitraries.integers().between(0, 1000))
                .as((presence, line, languages, skills, capacity, open, teams, idle) -> new Agent(
                        UUID.randomUUID().toString(), "x", languages, skills, line, teams, capacity, presence, open,
                        idle == 0 ? null : Instant.ofEpochSecond(idle)));
        return agent.list();
    }
}
