package com.helpdesk.routing.domain;

import static com.helpdesk.routing.domain.Agents.agent;
import static com.helpdesk.routing.domain.Agents.withLanguages;
import static com.helpdesk.routing.domain.Agents.withLoad;
import static com.helpdesk.routing.domain.Agents.withSkills;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.SupportLine;

/** A ticket that waited long is offered to related skills, then to the team's generalists. */
class QueueWideningRulesTest {

    private final Router router = new Router(10);
    private final Agent invoicing = withSkills(agent("invoicing"), Skill.of("billing.invoice", 4));
    private final Agent generalist = withSkills(agent("generalist"), Skill.of("it.*", 5));

    private static TicketToRoute refund(SkillReach reach) {
        return new TicketToRoute(UUID.randomUUID(), "billing.refund", "en", SupportLine.L1, "billing", reach, null);
    }

    @Test
    void theReachWidensWithTheWait() {
        Duration related = Duration.ofMinutes(10);
        Duration anyone = Duration.ofMinutes(30);
        assertThat(SkillReach.after(Duration.ofMinutes(9), related, anyone)).isEqualTo(SkillReach.EXACT);
        assertThat(SkillReach.after(Duration.ofMinutes(10), related, anyone)).isEqualTo(SkillReach.RELATED);
        assertThat(SkillReach.after(Duration.ofHours(2), related, anyone)).isEqualTo(SkillReach.ANYONE);
    }

    @Test
    void atFirstOnlyACoveringSkillCounts() {
        var decision = router.decide(refund(SkillReach.EXACT), List.of(invoicing, generalist));

        assertThat(decision).isInstanceOf(RoutingDecision.Queue.class);
        assertThat(decision.candidates()).extracting(score -> score.note())
                .containsOnly("no skill covering billing.refund");
    }

    @Test
    void relatedSkillsCountAtHalfScoreAndACoveringSkillStillWins() {
        var decision = router.decide(refund(SkillReach.RELATED), List.of(invoicing, generalist));
        assertThat(decision).isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> {
            assertThat(assign.agentId()).isEqualTo("invoicing");
            assertThat(assign.candidates().get(0).skillScore()).isEqualTo(0.4);
            assertThat(assign.reason()).endsWith("(waited long: candidates widened to related)");
        });

        Agent refunds = withLoad(withSkills(agent("refunds"), Skill.of("billing.refund", 1)), 9, 10);
        assertThat(router.decide(refund(SkillReach.RELATED), List.of(invoicing, refunds)))
                .isInstanceOfSatisfying(RoutingDecision.Assign.class, assign -> assertThat(assign.agentId()).isEqualTo("invoicing"));
    }

    @Test
    void lastAnyAgentOfTheTeamWhoSpeaksTheLanguageCounts() {
        Agent russian = withLanguages(withSkills(agent("russian"), Skill.of("it.*", 5)), "ru");
        var decision = router.decide(refund(SkillReach.ANYONE), List.of(russian, generalist));

        assertThat(decision).isInstanceOfSatisfying(RoutingDecision.Assign.class,
                assign -> assertThat(assign.agentId()).isEqualTo("generalist"));
    }
}
