package com.helpdesk.events;

import com.helpdesk.events.knowledge.ArticleArchived;
import com.helpdesk.events.knowledge.ArticlePublished;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.events.routing.AssignedTicketBreached;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.routing.CandidateScore;
import com.helpdesk.events.routing.QueuePriorityRaised;
import com.helpdesk.events.routing.TicketQueued;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaPaused;
import com.helpdesk.events.sla.SlaResumed;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
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
import com.helpdesk.events.ticket.TicketCategoryChanged;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
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
import com.helpdesk.events.ticket.TicketUnassigned;
import com.helpdesk.events.ticket.Visibility;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One instance of every event type with every optional field set, so the golden files pin every field.
 * Values are fixed: the golden files are compared against them.
 */
final class SampleEvents {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123456Z");

    private SampleEvents() {
    }

    static List<HelpdeskEvent> all() {
        CandidateScore chosen = new CandidateScore("agent-ivanova", 0.92, 0.25, NOW.minusSeconds(3600), true, "longest idle");
        CandidateScore busy = new CandidateScore("agent-smith", 0.88, 1.0, NOW.minusSeconds(60), false, "at capacity");
        return List.of(
                new TicketCreated("HD-2026-000123",
                        new Requester("user-42", "anna.petrova@example.com", "Anna Petrova", "ru"),
                        "VPN access denied", "Since this morning the VPN client rejects my password.",
                        Channel.EMAIL, "it.access", Priority.P2, "ru", List.of("vpn", "remote-work"),
                        Map.of("assetTag", "LT-0042", "office", "Moscow"), "CRM-7781", CustomerTier.VIP,
                        "it-support", SupportLine.L1, "agent-ivanova"),
                new TicketCommented(id(1), "agent-ivanova", AuthorRole.AGENT, Visibility.PUBLIC,
                        "Please try resetting your password via the portal.", List.of("att-2026-0001")),
                new TicketPriorityChanged(Priority.P2, Priority.P1, "whole office affected"),
                new TicketCategoryChanged("it.access", "it.network", "VPN gateway fault, not an account issue"),
                new TicketTagsChanged(List.of("outage"), List.of("remote-work")),
                new TicketAssigned("agent-ivanova", "it-support", SupportLine.L1, AssignmentSource.ROUTING, id(2)),
                new TicketUnassigned("agent-ivanova", "agent on leave"),
                new TicketAssignmentRejected(id(2), "agent-ivanova", "ticket was escalated meanwhile"),
                new TicketStarted("agent-ivanova"),
                new TicketPendingCustomer("waiting for VPN client logs"),
                new TicketResumed("customer sent the logs"),
                new TicketResolved("fixed", "Gateway certificate renewed.", id(3)),
                new TicketClosed("customer confirmed"),
                new TicketReopened("problem came back"),
                new TicketEscalated(SupportLine.L1, SupportLine.L2, "needs network engineer"),
                new TicketTransferred("it-support", "network", "gateway is owned by network team"),
                new TicketMerged(id(4), "HD-2026-000100"),
                new TicketRated(4, "Quick and polite."),
                new TicketAcknowledged(id(5), NOW, NOW.plusSeconds(8 * 3600)),

                new AssignmentDecided(id(2), "agent-ivanova", "it-support", SupportLine.L1, List.of(chosen, busy),
                        "best skill match with free capacity"),
                new TicketQueued(id(6), "it-support", SupportLine.L2, List.of(busy), "no eligible agent"),
                new QueuePriorityRaised("it-support", "resolution SLA at 80 %", Priority.P3, Priority.P2),
                new AssignedTicketBreached("agent-ivanova", "it-support", SupportLine.L1, SlaTarget.RESOLUTION,
                        NOW.plusSeconds(24 * 3600), SupportLine.L2, "resolution SLA breached while with agent-ivanova"),

                new SlaDeadlinesSet(id(7), 3, "moscow-business-hours", NOW.plusSeconds(4 * 3600),
                        NOW.plusSeconds(8 * 3600), NOW.plusSeconds(24 * 3600), "ticket created"),
                new SlaWarning(SlaTarget.FIRST_RESPONSE, NOW.plusSeconds(4 * 3600), 80),
                new SlaBreached(SlaTarget.RESOLUTION, NOW.plusSeconds(24 * 3600)),
                new SlaMet(SlaTarget.FIRST_RESPONSE, NOW.plusSeconds(4 * 3600), NOW.plusSeconds(1800)),
                new SlaPaused(NOW.plusSeconds(7200), "pending customer"),
                new SlaResumed(NOW.plusSeconds(9000), NOW.plusSeconds(6 * 3600), NOW.plusSeconds(10 * 3600),
                        NOW.plusSeconds(26 * 3600)),

                new NotificationSent(id(5), id(8), NotificationChannel.EMAIL, "anna.petrova@example.com",
                        "ticket-acknowledged.ru", "<20260302091531.1234@helpdesk.example.com>"),
                new NotificationFailed(id(9), id(8), NotificationChannel.WEBHOOK, "https://crm.example.com/hooks/helpdesk",
                        "ticket-status", "HTTP 503 Service Unavailable", 5),
                new EmailReceived(id(4), true, "<CAF=reply.1@mail.example.com>", "anna.petrova@example.com",
                        "Анна Петрова", List.of("boss@example.com"), "Re: [HD-2026-000123] Не работает VPN",
                        "Спасибо, теперь работает.", "ru"),
                new SurveyAnswered(5, "Быстро и вежливо", "anna.petrova@example.com"),

                new ArticlesSuggested(List.of(
                        new SuggestedArticle(id(3), "Сброс пароля VPN", "ru", "https://kb.example.com/ru/articles/vpn-password", 12.5),
                        new SuggestedArticle(id(10), "VPN troubleshooting", "en", "https://kb.example.com/en/articles/vpn", 7.25))),
                new ArticlePublished(id(3), 2, "ru", "Сброс пароля VPN"),
                new ArticleArchived(id(10)));
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }
}
