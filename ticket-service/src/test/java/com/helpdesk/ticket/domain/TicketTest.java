package com.helpdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAcknowledged;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketAssignmentRejected;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketRated;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.TicketStarted;
import com.helpdesk.events.ticket.TicketTagsChanged;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.Visibility;

/** Given events, when a command, expect events or a named refusal — no infrastructure. */
class TicketTest {

    private static final String ALICE = "alice-id";
    private static final String IVAN = "ivan-id";

    private static final NewTicket PRINTER_JAM = new NewTicket(new Requester(ALICE, "alice@example.com", "Alice", "en"),
            "Printer jam", "Tray 2 is stuck", Channel.WEB, "it.hardware", Priority.P3, "en", List.of("printer"),
            Map.of("floor", "3"), null, CustomerTier.STANDARD, ALICE);

    private static final TicketCreated CREATED = (TicketCreated) new TicketCommand.Open(PRINTER_JAM, "HD-2026-000001")
            .decide(Ticket.NONE).get(0);
    private static final TicketAssigned ASSIGNED_TO_IVAN = new TicketAssigned(IVAN, "it", SupportLine.L1,
            AssignmentSource.ROUTING, UUID.randomUUID());
    private static final TicketStarted STARTED = new TicketStarted(IVAN);
    private static final TicketResolved RESOLVED = new TicketResolved("fixed", "cleared the tray", null);

    @Test
    void openingCreatesItUnassignedAtL1() {
        assertThat(CREATED.line()).isEqualTo(SupportLine.L1);
        assertThat(CREATED.tags()).containsExactly("printer");
        Ticket opened = given(CREATED);
        assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
        assertThat(opened.assigneeId()).isNull();
        assertThat(opened.version()).isEqualTo(1);
    }

    @Test
    void aTicketIsOpenedOnce() {
        refuses(when(new TicketCommand.Open(PRINTER_JAM, "HD-2026-000002"), CREATED), "ticket-exists");
    }

    @Test
    void onlyOpeningWorksOnATicketThatDoesNotExist() {
        assertThatThrownBy(() -> Ticket.NONE.decide(new TicketCommand.Close(null)))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("ticket-not-found"));
    }

    @Nested
    class Lifecycle {

        @Test
        void anAssignmentOpensTheTicketAndTheAssigneeStartsIt() {
            assertThat(given(CREATED, ASSIGNED_TO_IVAN).status()).isEqualTo(TicketStatus.OPEN);
            expect(when(new TicketCommand.Start(IVAN), CREATED, ASSIGNED_TO_IVAN)).containsExactly(new TicketStarted(IVAN));
            assertThat(given(CREATED, ASSIGNED_TO_IVAN, STARTED).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        }

        @Test
        void nobodyStartsAnUnassignedTicketAndOnlyTheAssigneeStartsAnAssignedOne() {
            refuses(() -> given(CREATED).decide(new TicketCommand.Start(IVAN)), "invalid-transition");
            refuses(() -> given(CREATED, ASSIGNED_TO_IVAN).decide(new TicketCommand.Start("olga-id")), "not-the-assignee");
        }

        @Test
        void pendingForTheCustomerEndsWhenTheRequesterReplies() {
            Ticket pending = given(CREATED, ASSIGNED_TO_IVAN, STARTED, new TicketPendingCustomer("need logs"));
            assertThat(pending.status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
            List<TicketEvent> reply = pending.decide(new TicketCommand.Comment(ALICE, AuthorRole.REQUESTER,
                    Visibility.PUBLIC, "logs attached", List.of("att-1")));
            assertThat(reply).hasSize(2).last().isEqualTo(new TicketResumed("requester replied"));
        }

        @Test
        void aNewTicketCannotBeClosedButAResolvedOneCan() {
            refuses(() -> given(CREATED).decide(new TicketCommand.Close("done")), "invalid-transition");
            expect(when(new TicketCommand.Close("done"), CREATED, RESOLVED)).containsExactly(new TicketClosed("done"));
        }

        @Test
        void aResolvedTicketReopensWhenTheRequesterSaysItIsNotSolved() {
            List<TicketEvent> reply = given(CREATED, ASSIGNED_TO_IVAN, RESOLVED).decide(new TicketCommand.Comment(ALICE,
                    AuthorRole.REQUESTER, Visibility.PUBLIC, "still jammed", List.of()));
            assertThat(reply).last().isInstanceOf(TicketReopened.class);
            assertThat(given(CREATED, RESOLVED, new TicketClosed(null), new TicketReopened("again")).status())
                    .isEqualTo(TicketStatus.REOPENED);
        }

        @Test
        void aClosedTicketTakesNoComments() {
            refuses(() -> given(CREATED, RESOLVED, new TicketClosed(null)).decide(new TicketCommand.Comment(IVAN,
                    AuthorRole.AGENT, Visibility.PUBLIC, "hello?", List.of())), "ticket-closed");
        }
    }

    @Nested
    class Classification {

        @Test
        void changingToTheSamePriorityChangesNothing() {
            expect(when(new TicketCommand.ChangePriority(Priority.P3, null), CREATED)).isEmpty();
            expect(when(new TicketCommand.ChangePriority(Priority.P1, "outage"), CREATED))
                    .containsExactly(new TicketPriorityChanged(Priority.P3, Priority.P1, "outage"));
        }

        @Test
        void tagsChangeByDifferenceAndStayBounded() {
            expect(when(new TicketCommand.ChangeTags(Set.of("printer", "floor-3"), Set.of("nope")), CREATED))
                    .containsExactly(new TicketTagsChanged(List.of("floor-3"), List.of()));
            Set<String> many = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                many.add("tag-" + i);
            }
            refuses(() -> given(CREATED).decide(new TicketCommand.ChangeTags(many, Set.of())), "too-many-tags");
        }
    }

    @Nested
    class Routing {

        @Test
        void aDecisionForTheWaitingTicketAssignsIt() {
            UUID decision = UUID.randomUUID();
            expect(when(new TicketCommand.ApplyRoutingDecision(decision, IVAN, "it", SupportLine.L1), CREATED))
                    .containsExactly(new TicketAssigned(IVAN, "it", SupportLine.L1, AssignmentSource.ROUTING, decision));
        }

        @Test
        void aDecisionOvertakenByEscalationOrAssignmentIsRejectedNotApplied() {
            UUID decision = UUID.randomUUID();
            var escalated = new TicketEscalated(SupportLine.L1, SupportLine.L2, "needs DBA");
            expect(when(new TicketCommand.ApplyRoutingDecision(decision, IVAN, "it", SupportLine.L1), CREATED, escalated))
                    .singleElement().isInstanceOf(TicketAssignmentRejected.class);
            expect(when(new TicketCommand.ApplyRoutingDecision(decision, "olga-id", "it", SupportLine.L1), CREATED,
                    ASSIGNED_TO_IVAN)).singleElement().isInstanceOf(TicketAssignmentRejected.class);
        }

        @Test
        void escalationGoesUpAndReleasesTheAssignee() {
            refuses(() -> given(CREATED).decide(new TicketCommand.Escalate(SupportLine.L1, "same")), "escalation-not-upward");
            Ticket escalated = given(CREATED, ASSIGNED_TO_IVAN, STARTED,
                    new TicketEscalated(SupportLine.L1, SupportLine.L2, "needs DBA"));
            assertThat(escalated.line()).isEqualTo(SupportLine.L2);
            assertThat(escalated.assigneeId()).isNull();
            assertThat(escalated.status()).isEqualTo(TicketStatus.NEW);
        }

        @Test
        void aTransferNeedsAnotherTeam() {
            Ticket withIt = given(CREATED, new TicketTransferred(null, "it", "triage"));
            assertThat(withIt.team()).isEqualTo("it");
            refuses(() -> withIt.decide(new TicketCommand.Transfer("it", "again")), "same-team");
        }
    }

    @Nested
    class EndOfLife {

        @Test
        void theRequesterRatesOnceAfterResolution() {
            Rater alice = new Rater.Account(ALICE);
            refuses(() -> given(CREATED).decide(new TicketCommand.Rate(alice, 5, null)), "invalid-transition");
            refuses(() -> given(CREATED, RESOLVED).decide(new TicketCommand.Rate(new Rater.Account("bob-id"), 5, null)),
                    "not-the-requester");
            expect(when(new TicketCommand.Rate(alice, 4, "quick"), CREATED, RESOLVED))
                    .containsExactly(new TicketRated(4, "quick"));
            refuses(() -> given(CREATED, RESOLVED, new TicketRated(4, null)).decide(new TicketCommand.Rate(alice, 5, null)),
                    "already-rated");
        }

        @Test
        void theSurveyMailedToTheRequestersAddressRatesForThem() {
            expect(when(new TicketCommand.Rate(new Rater.SurveyRespondent("Alice@Example.com"), 5, null), CREATED, RESOLVED))
                    .containsExactly(new TicketRated(5, null));
            refuses(() -> given(CREATED, RESOLVED).decide(
                    new TicketCommand.Rate(new Rater.SurveyRespondent("bob@example.com"), 5, null)), "not-the-requester");
        }

        @Test
        void aMergedDuplicateTakesNoFurtherCommands() {
            UUID self = UUID.randomUUID();
            refuses(() -> given(CREATED).decide(new TicketCommand.MergeInto(self, "HD-2026-000001", self)), "merge-into-self");
            Ticket merged = given(CREATED, new TicketMerged(UUID.randomUUID(), "HD-2026-000009"));
            assertThat(merged.status()).isEqualTo(TicketStatus.CLOSED);
            refuses(() -> merged.decide(new TicketCommand.Reopen("oops")), "ticket-merged");
        }

        @Test
        void theAcknowledgementIsHistoryOnly() {
            Ticket before = given(CREATED);
            var ack = new TicketAcknowledged(UUID.randomUUID(), Instant.now(), null);
            Ticket after = before.evolve(ack);
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.version()).isEqualTo(before.version() + 1);
        }
    }

    @Test
    void everyEventOfTheContractEvolvesTheTicket() {
        var comment = new TicketCommented(UUID.randomUUID(), IVAN, AuthorRole.AGENT, Visibility.INTERNAL, "note", List.of());
        Ticket ticket = given(CREATED, comment);
        assertThat(ticket.version()).isEqualTo(2);
    }

    private static Ticket given(TicketEvent... history) {
        return Ticket.replay(List.of(history));
    }

    private static java.util.function.Supplier<List<TicketEvent>> when(TicketCommand command, TicketEvent... history) {
        return () -> given(history).decide(command);
    }

    private static ListAssert<TicketEvent> expect(java.util.function.Supplier<List<TicketEvent>> decision) {
        return assertThat(decision.get());
    }

    private static void refuses(java.util.function.Supplier<List<TicketEvent>> decision, String rule) {
        assertThatThrownBy(decision::get).isInstanceOfSatisfying(TicketRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}
