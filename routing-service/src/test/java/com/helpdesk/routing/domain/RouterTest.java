package com.helpdesk.routing.domain;

import static com.helpdesk.routing.domain.Agents.agent;
import static com.helpdesk.routing.domain.Agents.atLine;
import static com.helpdesk.routing.domain.Agents.with;
import static com.helpdesk.routing.domain.Agents.withLanguages;
import static com.helpdesk.routing.domain.Agents.withLoad;
import static com.helpdesk.routing.domain.Agents.withSkills;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.routing.CandidateScore;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.SupportLine;

/** Given agents, when a ticket is routed, expect a decision and its reasons. */
class RouterTest {

    private final Router router = new Router(10);

    private static TicketToRoute ticket(String category, String language, SupportLine line) {
        return new TicketToRoute(UUID.randomUUID(), category, language, line, "billing");
    }

    private static final TicketToRoute INVOICE = ticket("billing.invoice", "en", SupportLine.L1);

    @Test
    void theBestSkillMatchWinsAndSaysWhy() {
        Agent novice = agent("novice");
        Agent expert = withSkills(agent("expert"), Skill.of("billing.invoice", 5));

        var decision = router.decide(INVOICE, List.of(novice, expert));

        assertThat(decision).isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> {
            assertThat(assign.agentId()).isEqualTo("expert");
            assertThat(assign.reason()).contains("best skill match (1.00 over 0.60)");
            assertThat(assign.candidates()).extracting(CandidateScore::agentId).containsExactly("expert", "novice");
            assertThat(assign.candidates().get(0).note()).startsWith("winner:");
        });
    }

    @Test
    void aChannelLimitKeepsAnAgentFromMoreTicketsOfThatChannelOnly() {
        // two chats open of at most two: full for chat, yet free for e-mail within the overall capacity of 10
        Agent chatty = new Agent("chatty", "Chatty", Set.of("en"), List.of(Skill.of("billing.*", 5)), SupportLine.L1,
                Set.of("billing"), 10, Presence.ONLINE, 0, null,
                new ChannelLoad(Map.of(Channel.CHAT, 2), Map.of())).withTicket(Channel.CHAT, null).withTicket(Channel.CHAT, null);
        Agent steady = agent("steady");
        TicketToRoute chat = new TicketToRoute(UUID.randomUUID(), "billing.invoice", "en", SupportLine.L1, "billing",
                SkillReach.EXACT, Channel.CHAT);
        TicketToRoute email = new TicketToRoute(UUID.randomUUID(), "billing.invoice", "en", SupportLine.L1, "billing",
                SkillReach.EXACT, Channel.EMAIL);

        assertThat(router.decide(chat, List.of(chatty, steady))).isInstanceOfSatisfying(RoutingDecision.Assign.class,
                assign -> {
                    assertThat(assign.agentId()).isEqualTo("steady");
                    assertThat(assign.candidates()).filteredOn(candidate -> candidate.agentId().equals("chatty"))
                            .singleElement().extracting(CandidateScore::note).isEqualTo("at capacity for chat (2/2)");
                });
        assertThat(router.decide(email, List.of(chatty, steady))).isInstanceOfSatisfying(RoutingDecision.Assign.class,
                assign -> assertThat(assign.agentId()).isEqualTo("chatty")); // best skill, and e-mail has no limit
        assertThat(chatty.withoutTicket(Channel.CHAT).channels().hasRoomFor(Channel.CHAT)).isTrue();
    }

    @Test
    void amongEquallySkilledTheLeastLoadedWinsThenTheLongestIdle() {
        Agent busy = withLoad(agent("busy"), 5, 10);
        Agent calm = withLoad(agent("calm"), 1, 10);
        assertThat(router.decide(INVOICE, List.of(busy, calm)))
                .isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> {
                    assertThat(assign.agentId()).isEqualTo("calm");
                    assertThat(assign.reason()).contains("lowest load (1/10 over 5/10)");
                });

        Agent recent = agent("recent").withTicket(null, Instant.parse("2026-11-23T10:00:00Z")).withoutTicket(null);
        Agent idle = agent("idle").withTicket(null, Instant.parse("2026-11-23T09:00:00Z")).withoutTicket(null);
        assertThat(router.decide(INVOICE, List.of(recent, idle)))
                .isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> {
                    assertThat(assign.agentId()).isEqualTo("idle");
                    assertThat(assign.reason()).contains("longest idle");
                });
    }

    @Test
    void onlyOnlineAgentsOfTheLineAndTeamWithLanguageSkillAndCapacityAreEligible() {
        List<Agent> agents = List.of(
                with(agent("away"), Presence.AWAY),
                with(agent("offline"), Presence.OFFLINE),
                atLine(agent("l2"), SupportLine.L2),
                withLoad(agent("full"), 10, 10),
                withLanguages(agent("russian"), "ru"),
                withSkills(agent("hr"), Skill.of("hr.*", 5)),
                agent("fits"));

        var decision = router.decide(INVOICE, agents);

        assertThat(decision).isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> {
            assertThat(assign.agentId()).isEqualTo("fits");
            assertThat(assign.reason()).contains("the only eligible agent");
            Map<String, String> notes = assign.candidates().stream()
                    .filter(score -> !score.eligible())
                    .collect(Collectors.toMap(CandidateScore::agentId, CandidateScore::note));
            assertThat(notes).containsEntry("away", "away").containsEntry("offline", "offline")
                    .containsEntry("l2", "works line L2, ticket needs L1")
                    .containsEntry("full", "at capacity (10/10)")
                    .containsEntry("russian", "does not speak en")
                    .containsEntry("hr", "no skill covering billing.invoice");
        });
    }

    @Test
    void nobodyFittingQueuesTheTicketWithEveryCandidatesReason() {
        var decision = router.decide(INVOICE, List.of(withLoad(agent("full"), 3, 3), with(agent("away"), Presence.AWAY)));

        assertThat(decision).isInstanceOfSatisfying(RoutingDecision.Queue.class, queue -> {
            assertThat(queue.reason()).isEqualTo("none of 2 agents can take it now");
            assertThat(queue.candidates()).extracting(CandidateScore::eligible).containsOnly(false);
        });
        assertThat(router.decide(INVOICE, List.of()).reason()).isEqualTo("no agent of line L1 in team billing is available");
    }

    @Test
    void anUnclassifiedTicketInAnyLanguageGoesToAnyAgentOfItsLine() {
        var decision = router.decide(new TicketToRoute(UUID.randomUUID(), null, null, SupportLine.L1, null),
                List.of(withSkills(agent("generalist"))));

        assertThat(decision).isInstanceOf(RoutingDecision.Assign.class);
    }

    @Test
    void aDecisionReportsAtMostTheConfiguredNumberOfCandidates() {
        List<Agent> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(agent("agent-" + i));
        }
        assertThat(new Router(3).decide(INVOICE, many).candidates()).hasSize(3);
    }

    @Test
    void thirtyTicketsOverThreeEqualAgentsOfCapacityTenGiveTenEach() {
        Map<String, Agent> agents = new java.util.TreeMap<>(
                List.of(agent("a"), agent("b"), agent("c")).stream().collect(Collectors.toMap(Agent::id, Function.identity())));
        Instant clock = Instant.parse("2026-11-23T09:00:00Z");

        for (int i = 0; i < 30; i++) {
            var decision = router.decide(INVOICE, agents.values());
            String chosen = ((RoutingDecision.Assign) decision).agentId();
            clock = clock.plusSeconds(1);
            agents.put(chosen, agents.get(chosen).withTicket(null, clock));
        }

        assertThat(agents.values()).extracting(Agent::openTickets).containsExactly(10, 10, 10);
        assertThat(router.decide(INVOICE, agents.values())).isInstanceOf(RoutingDecision.Queue.class);
    }
}
