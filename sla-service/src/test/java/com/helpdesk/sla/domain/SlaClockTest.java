package com.helpdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaPaused;
import com.helpdesk.events.sla.SlaResumed;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.Visibility;

/** Given ticket events, when another arrives (or the timer ticks), expect these SLA events. */
class SlaClockTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-02-02T06:00:00Z"); // 09:00 MSK
    private static final SlaPolicy P2_OFFICE = new SlaPolicy(new UUID(7, 2), 3, "P2 office hours",
            new PolicyMatch(Priority.P2, null, null, null, null, null), 60L, 120L, 16 * 60L,
            BuiltInCalendars.MOSCOW_2026.id(), 80);
    private static final SlaPolicy P1_OFFICE = new SlaPolicy(new UUID(7, 1), 1, "P1 office hours",
            new PolicyMatch(Priority.P1, null, null, null, null, null), 30L, 60L, 8 * 60L,
            BuiltInCalendars.MOSCOW_2026.id(), 50);
    private static final SlaRules RULES = SlaRules.of(List.of(P2_OFFICE, P1_OFFICE), List.of());

    private final List<SlaEvent> published = new ArrayList<>();
    private SlaClock clock = SlaClock.NONE;

    @Test
    void creationSetsFirstResponseAndResolutionDeadlinesInBusinessHours() {
        when(at(0), created(Priority.P2, Map.of()));

        assertThat(published).singleElement().isInstanceOfSatisfying(SlaDeadlinesSet.class, set -> {
            assertThat(set.policyId()).isEqualTo(P2_OFFICE.id());
            assertThat(set.policyVersion()).isEqualTo(3);
            assertThat(set.calendarId()).isEqualTo("ru-moscow-2026");
            assertThat(set.firstResponseDue()).isEqualTo(at(60));
            assertThat(set.nextResponseDue()).isNull();
            // 16 business hours from Monday 09:00 = end of Tuesday
            assertThat(set.resolutionDue()).isEqualTo(Instant.parse("2026-02-03T15:00:00Z"));
        });
    }

    @Test
    void aTicketWithoutMatchingPolicyGetsTheDefault24Hours() {
        when(at(0), created(Priority.P4, Map.of()));

        assertThat(published).singleElement().isInstanceOfSatisfying(SlaDeadlinesSet.class, set -> {
            assertThat(set.policyId()).isEqualTo(SlaPolicy.DEFAULT.id());
            assertThat(set.firstResponseDue()).isEqualTo(MONDAY_9.plus(Duration.ofHours(24)));
        });
    }

    @Test
    void anExpiredEntitlementIsRecordedAsTheReason() {
        when(at(0), created(Priority.P2, Map.of(SlaClock.ENTITLEMENT_END_FIELD, "2025-12-31")));

        assertThat(clock.profile().entitlementExpired()).isTrue();
        assertThat(((SlaDeadlinesSet) published.get(0)).reason()).contains("entitlement ended 2025-12-31");
    }

    @Test
    void freeSupportEnds90DaysAfterPurchase() {
        when(at(0), created(Priority.P2, Map.of(SlaClock.PURCHASE_DATE_FIELD, "2025-10-01")));
        assertThat(clock.profile().entitlementExpired()).isTrue(); // ended 30 December 2025
        assertThat(((SlaDeadlinesSet) published.get(0)).reason()).contains("entitlement ended 2025-12-30");

        clock = SlaClock.NONE;
        when(at(0), created(Priority.P2, Map.of(SlaClock.PURCHASE_DATE_FIELD, "2026-01-15")));
        assertThat(clock.profile().entitlementExpired()).isFalse();

        clock = SlaClock.NONE;
        when(at(0), created(Priority.P2, Map.of(SlaClock.ENTITLEMENT_END_FIELD, "someday")));
        assertThat(clock.profile().entitlementExpired()).isFalse();
    }

    @Test
    void aPublicAgentCommentMeetsTheFirstResponseButAnInternalOneDoesNot() {
        given(created(Priority.P2, Map.of()));

        when(at(10), comment(AuthorRole.AGENT, Visibility.INTERNAL));
        assertThat(published).isEmpty();

        when(at(20), comment(AuthorRole.AGENT, Visibility.PUBLIC));
        assertThat(published).singleElement().isEqualTo(new SlaMet(SlaTarget.FIRST_RESPONSE, at(60), at(20)));
    }

    @Test
    void aCustomerMessageAfterTheFirstAnswerStartsANextResponseTarget() {
        given(created(Priority.P2, Map.of()), comment(AuthorRole.AGENT, Visibility.PUBLIC));

        when(at(30), comment(AuthorRole.REQUESTER, Visibility.PUBLIC));
        when(at(40), comment(AuthorRole.REQUESTER, Visibility.PUBLIC));

        // the second message does not push the deadline back
        assertThat(published).singleElement().isInstanceOfSatisfying(SlaDeadlinesSet.class,
                set -> assertThat(set.nextResponseDue()).isEqualTo(at(30 + 120)));

        when(at(50), comment(AuthorRole.AGENT, Visibility.PUBLIC));
        assertThat(published).last().isEqualTo(new SlaMet(SlaTarget.NEXT_RESPONSE, at(150), at(50)));
    }

    @Test
    void waitingForTheCustomerPausesAndTheirReplyResumesWithTheDeadlinesPushedBack() {
        given(created(Priority.P2, Map.of()));

        when(at(30), new TicketPendingCustomer("need the error message"));
        assertThat(published).containsExactly(new SlaPaused(at(30), "need the error message"));
        assertThat(SlaClock.decideDue(clock, at(100_000))).isEmpty();

        // paused 09:30 Monday, the customer answers 09:00 Tuesday: 30 of the 60 minutes are left
        Instant tuesday9 = MONDAY_9.plus(Duration.ofDays(1));
        when(tuesday9, comment(AuthorRole.REQUESTER, Visibility.PUBLIC));
        assertThat(published).last().isInstanceOfSatisfying(SlaResumed.class, resumed -> {
            assertThat(resumed.firstResponseDue()).isEqualTo(tuesday9.plus(Duration.ofMinutes(30)));
            // 930 of 960 resolution minutes left: all of Tuesday, then Wednesday until 17:30 MSK
            assertThat(resumed.resolutionDue()).isEqualTo(Instant.parse("2026-02-04T14:30:00Z"));
        });
    }

    @Test
    void resolvingMeetsTheResolutionAndPausesTheRest_reopeningResumesIt() {
        given(created(Priority.P2, Map.of()));

        when(at(45), new TicketResolved("fixed", "reset the password", null));
        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOfSatisfying(SlaMet.class,
                met -> assertThat(met.target()).isEqualTo(SlaTarget.RESOLUTION));
        assertThat(published.get(1)).isInstanceOf(SlaPaused.class);
        assertThat(clock.state()).isEqualTo(ClockState.RESOLVED);

        when(at(120), new TicketReopened("still broken"));
        assertThat(published).last().isInstanceOfSatisfying(SlaResumed.class,
                resumed -> assertThat(resumed.resolutionDue()).isNotNull());
        assertThat(clock.target(SlaTarget.RESOLUTION).used()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aPriorityChangeRetargetsUnderTheMatchingPolicyKeepingTheTimeUsed() {
        given(created(Priority.P2, Map.of()));

        when(at(10), new TicketPriorityChanged(Priority.P2, Priority.P1, "outage"));

        assertThat(published).singleElement().isInstanceOfSatisfying(SlaDeadlinesSet.class, set -> {
            assertThat(set.policyId()).isEqualTo(P1_OFFICE.id());
            assertThat(set.firstResponseDue()).isEqualTo(at(30));
            assertThat(set.reason()).contains("priority P2 → P1");
        });
        assertThat(clock.warningPercent()).isEqualTo(50);
    }

    @Test
    void theTimerWarnsAt80PercentAndBreachesAtTheDeadline() {
        given(created(Priority.P2, Map.of()));
        assertThat(clock.nextFireAt()).isEqualTo(at(48));

        tick(at(47));
        assertThat(published).isEmpty();

        tick(at(48));
        assertThat(published).singleElement().isEqualTo(
                new com.helpdesk.events.sla.SlaWarning(SlaTarget.FIRST_RESPONSE, at(60), 80));

        tick(at(61));
        assertThat(published).last().isEqualTo(new com.helpdesk.events.sla.SlaBreached(SlaTarget.FIRST_RESPONSE, at(60)));
        tick(at(62));
        assertThat(published).hasSize(2);
    }

    @Test
    void aServiceThatWasDownCatchesUpOnWarningAndBreachInOrder() {
        given(created(Priority.P2, Map.of()));

        tick(at(120));

        assertThat(published).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("SlaWarning", "SlaBreached");
    }

    @Test
    void aClosedTicketStopsAndOnlyAReopenRestartsIt_aMergedOneNeverAgain() {
        given(created(Priority.P2, Map.of()));

        when(at(5), new TicketClosed("duplicate call"));
        when(at(6), comment(AuthorRole.AGENT, Visibility.PUBLIC));
        assertThat(published).containsExactly(new SlaPaused(at(5), "duplicate call"));

        when(at(7), new TicketReopened(null));
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);

        when(at(8), new TicketMerged(UUID.randomUUID(), "HD-2026-000001"));
        when(at(9), new TicketReopened(null));
        when(at(10), new TicketResumed(null));
        assertThat(clock.state()).isEqualTo(ClockState.MERGED);
        assertThat(published).last().isEqualTo(new SlaPaused(at(8), "merged into HD-2026-000001"));
    }

    @Test
    void everyTransitionNamesItsCauseAndTheRulesUsed() {
        UUID eventId = UUID.randomUUID();
        var reaction = SlaClock.apply(SlaClock.NONE,
                SlaClock.decide(SlaClock.NONE, created(Priority.P2, Map.of()), new Cause(eventId, "helpdesk.ticket.created.v1", at(0)), RULES),
                new Cause(eventId, "helpdesk.ticket.created.v1", at(0)));

        assertThat(reaction.transitions()).singleElement().satisfies(transition -> {
            assertThat(transition.cause().eventId()).isEqualTo(eventId);
            assertThat(transition.policy()).isEqualTo(new PolicyRef(P2_OFFICE.id(), 3));
            assertThat(transition.calendar()).isEqualTo(new CalendarRef("ru-moscow-2026", 1));
        });
    }

    @Test
    void reapplyingMovesAnOpenClockToTheNewVersionKeepingTheTimeUsed() {
        given(created(Priority.P2, Map.of()));
        SlaPolicy revised = new SlaPolicy(P2_OFFICE.id(), 4, P2_OFFICE.name(), P2_OFFICE.match(), 30L, 120L, 16 * 60L,
                P2_OFFICE.calendarId(), 80);
        SlaRules newRules = SlaRules.of(List.of(revised, P1_OFFICE), List.of());

        var reaction = SlaClock.apply(clock, SlaClock.decideReapply(clock, at(10), newRules), Cause.reapplied(at(10)));

        assertThat(reaction.clock().policy()).isEqualTo(new PolicyRef(P2_OFFICE.id(), 4));
        assertThat(reaction.clock().target(SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(at(30));
        assertThat(SlaClock.decideReapply(reaction.clock(), at(11), newRules)).isEmpty();
    }

    @Test
    void aDuplicateCreationChangesNothing() {
        given(created(Priority.P2, Map.of()));

        when(at(1), created(Priority.P1, Map.of()));

        assertThat(published).isEmpty();
    }

    private void given(TicketEvent... history) {
        for (TicketEvent event : history) {
            when(MONDAY_9, event);
        }
        published.clear();
    }

    private void when(Instant at, TicketEvent event) {
        Cause cause = new Cause(UUID.randomUUID(), "test", at);
        record(SlaClock.apply(clock, SlaClock.decide(clock, event, cause, RULES), cause));
    }

    private void tick(Instant now) {
        record(SlaClock.apply(clock, SlaClock.decideDue(clock, now), Cause.timer(now)));
    }

    private void record(SlaClock.Reaction reaction) {
        clock = reaction.clock();
        reaction.transitions().forEach(transition -> Announcements.of(transition).ifPresent(published::add));
    }

    private static Instant at(long minutesAfterMonday9) {
        return MONDAY_9.plus(Duration.ofMinutes(minutesAfterMonday9));
    }

    private static TicketCreated created(Priority priority, Map<String, String> customFields) {
        return new TicketCreated("HD-2026-000042", new Requester("alice", "alice@example.com", "Alice", "ru"),
                "VPN down", null, Channel.EMAIL, "it.access", priority, "ru", List.of(), customFields, null,
                CustomerTier.STANDARD, "it-l1", null, "alice");
    }

    private static TicketCommented comment(AuthorRole role, Visibility visibility) {
        return new TicketCommented(UUID.randomUUID(), "someone", role, visibility, "text", List.of());
    }
}
