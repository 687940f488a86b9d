package com.helpdesk.ticket.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketRated;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.TicketStarted;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.Visibility;

/**
 * The fixed, hand-checked history of {@link ReportsFromHistoryTest}: 19 tickets around the fortnight
 * Mon 2026-03-02 – Sun 2026-03-15 (UTC), with pauses, reopens, a transfer, an escalation, a merge, ratings and
 * SLA verdicts. Times are UTC; ids are derived from names, so loading twice is recognised.
 *
 * <pre>
 * T01 02-01 10:00 WEB   P3 it  assigned ivan, untouched; resolved only on 03-20 (after the period)
 * T02 02-26 12:00 EMAIL P2 it  olga starts 13:00, replies 14:00; resolved 03-03 10:00; rated 5 on 03-17
 * T03 02-20 09:00 PHONE P3 hr  resolved 02-25: finished before the period, never read
 * T04 03-02 09:00 EMAIL P3 it  ivan 09:05, start 09:10, reply 10:00, resolved 11:00, rated 5 12:00, closed 03-05 11:00
 * T05 03-02 10:00 WEB   P2 it  ivan 10:05, start 10:10, reply 10:30, pending 10:35; requester answers 03-03 09:35
 *                              (resumed), reply 10:00, resolved 12:00, rated 3 13:00, closed 03-06 12:00
 * T06 03-02 17:00 PHONE P3 hr  petr 17:10, start 17:20, reply 03-03 09:30, resolved 10:00
 * T07 03-03 14:00 EMAIL P2 it  ivan 14:10, escalated L1→L2 14:30, olga 15:00, start 15:10, reply 16:00, resolved
 *                              03-04 10:00, rated 4 11:00; requester reopens 03-05 09:00, start 09:30, reply 10:00,
 *                              resolved 12:00
 * T08 03-04 08:00 WEB   P3 it  ivan 08:30, transferred it→hr 09:00, petr 09:30, start 09:40, reply 10:00,
 *                              resolved 10:30, rated 2 11:00
 * T09 03-05 20:00 EMAIL P3 it  ivan 03-06 09:00, start 09:05, reply 09:30, pending 09:45 (still at the end)
 * T10 03-06 11:00 PHONE P2 hr  merged into T06 11:30
 * T11 03-07 10:00 WEB   P3 it  never assigned
 * T12 03-09 09:00 EMAIL P3 it  ivan 09:10, start 09:15, reply 09:45, resolved 10:15, rated 4 12:00, closed 03-13 10:00
 * T13 03-09 13:00 WEB   P2 it  olga 13:30, start 14:00, internal note 14:30, reply 15:00, resolved 16:00, rated 1 03-12 10:00
 * T14 03-10 10:00 PHONE P3 hr  petr 10:05, start 10:10, reply 11:00, resolved 11:30; requester reopens 03-11 09:00,
 *                              start 09:30, resolved 10:00, rated 3 12:00
 * T15 03-11 15:00 EMAIL P2 it  ivan 15:05, start 15:10, pending 15:20, resumed 03-12 10:00, reply 10:30, resolved 11:00
 * T16 03-12 16:00 WEB   P3 it  olga 16:10, start 16:20 (still in progress at the end)
 * T17 03-13 23:30 EMAIL P3 it  never assigned (Saturday 00:30 in Berlin)
 * T18 03-15 22:00 WEB   P3 hr  never assigned
 * T19 03-16 09:00 EMAIL P3 it  after the period
 * SLA (sla-service): met in time — T04 FR, RES; T05 FR, RES; T06 RES; T07 FR, RES twice; T09 FR; T12 FR, RES;
 *   T14 FR, NEXT; T15 FR. Breached — T06 FR (then met late), T08 FR (met late, no breach announced), T13 FR
 *   (then met late), T15 RES (then met late), T16 FR.
 * </pre>
 */
final class ReportHistory {

    final List<EventEnvelope<TicketEvent>> ticketEvents = new ArrayList<>();
    final List<EventEnvelope<SlaEvent>> slaEvents = new ArrayList<>();
    final List<UUID> tickets = new ArrayList<>();

    static Instant at(String monthDayTime) {
        return Instant.parse("2026-" + monthDayTime + ":00Z");
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("report-history/" + name).getBytes(StandardCharsets.UTF_8));
    }

    static ReportHistory fortnight() {
        ReportHistory history = new ReportHistory();
        history.ticket("T01", "02-01T10:00", Channel.WEB, Priority.P3, "it", "it.access")
                .assigned("02-01T11:00", "ivan").resolved("03-20T10:00");
        history.ticket("T02", "02-26T12:00", Channel.EMAIL, Priority.P2, "it", "it.access")
                .assigned("02-26T12:30", "olga").started("02-26T13:00", "olga").reply("02-26T14:00", "olga")
                .resolved("03-03T10:00").rated("03-17T10:00", 5);
        history.ticket("T03", "02-20T09:00", Channel.PHONE, Priority.P3, "hr", "hr.leave")
                .assigned("02-20T09:10", "petr").started("02-20T09:20", "petr").reply("02-20T10:00", "petr")
                .resolved("02-25T10:00");
        history.ticket("T04", "03-02T09:00", Channel.EMAIL, Priority.P3, "it", "it.access")
                .assigned("03-02T09:05", "ivan").started("03-02T09:10", "ivan").reply("03-02T10:00", "ivan")
                .resolved("03-02T11:00").rated("03-02T12:00", 5).closed("03-05T11:00")
                .met("03-02T10:00", SlaTarget.FIRST_RESPONSE, "03-02T17:00")
                .met("03-02T11:00", SlaTarget.RESOLUTION, "03-09T09:00");
        history.ticket("T05", "03-02T10:00", Channel.WEB, Priority.P2, "it", "it.access")
                .assigned("03-02T10:05", "ivan").started("03-02T10:10", "ivan").reply("03-02T10:30", "ivan")
                .pending("03-02T10:35").requesterReply("03-03T09:35").resumed("03-03T09:35")
                .reply("03-03T10:00", "ivan").resolved("03-03T12:00").rated("03-03T13:00", 3).closed("03-06T12:00")
                .met("03-02T10:30", SlaTarget.FIRST_RESPONSE, "03-02T18:00")
                .met("03-03T12:00", SlaTarget.RESOLUTION, "03-05T10:00");
        history.ticket("T06", "03-02T17:00", Channel.PHONE, Priority.P3, "hr", "hr.leave")
                .assigned("03-02T17:10", "petr").started("03-02T17:20", "petr").reply("03-03T09:30", "petr")
                .resolved("03-03T10:00")
                .breached("03-02T21:00", SlaTarget.FIRST_RESPONSE)
                .met("03-03T09:30", SlaTarget.FIRST_RESPONSE, "03-02T21:00")
                .met("03-03T10:00", SlaTarget.RESOLUTION, "03-09T17:00");
        history.ticket("T07", "03-03T14:00", Channel.EMAIL, Priority.P2, "it", "it.access")
                .assigned("03-03T14:10", "ivan").escalated("03-03T14:30", SupportLine.L1, SupportLine.L2)
                .assigned("03-03T15:00", "olga").started("03-03T15:10", "olga").reply("03-03T16:00", "olga")
                .resolved("03-04T10:00").rated("03-04T11:00", 4)
                .requesterReply("03-05T09:00").reopened("03-05T09:00").started("03-05T09:30", "olga")
                .reply("03-05T10:00", "olga").resolved("03-05T12:00")
                .met("03-03T16:00", SlaTarget.FIRST_RESPONSE, "03-03T18:00")
                .met("03-04T10:00", SlaTarget.RESOLUTION, "03-05T14:00")
                .met("03-05T12:00", SlaTarget.RESOLUTION, "03-05T14:00");
        history.ticket("T08", "03-04T08:00", Channel.WEB, Priority.P3, "it", "it.access")
                .assigned("03-04T08:30", "ivan").transferred("03-04T09:00", "it", "hr")
                .assigned("03-04T09:30", "petr").started("03-04T09:40", "petr").reply("03-04T10:00", "petr")
                .resolved("03-04T10:30").rated("03-04T11:00", 2)
                .met("03-04T10:00", SlaTarget.FIRST_RESPONSE, "03-04T09:30");
        history.ticket("T09", "03-05T20:00", Channel.EMAIL, Priority.P3, "it", "it.access")
                .assigned("03-06T09:00", "ivan").started("03-06T09:05", "ivan").reply("03-06T09:30", "ivan")
                .pending("03-06T09:45")
                .met("03-06T09:30", SlaTarget.FIRST_RESPONSE, "03-06T12:00");
        history.ticket("T10", "03-06T11:00", Channel.PHONE, Priority.P2, "hr", "hr.leave")
                .merged("03-06T11:30", "T06");
        history.ticket("T11", "03-07T10:00", Channel.WEB, Priority.P3, "it", "it.access");
        history.ticket("T12", "03-09T09:00", Channel.EMAIL, Priority.P3, "it", "it.access")
                .assigned("03-09T09:10", "ivan").started("03-09T09:15", "ivan").reply("03-09T09:45", "ivan")
                .resolved("03-09T10:15").rated("03-09T12:00", 4).closed("03-13T10:00")
                .met("03-09T09:45", SlaTarget.FIRST_RESPONSE, "03-09T17:00")
                .met("03-09T10:15", SlaTarget.RESOLUTION, "03-16T09:00");
        history.ticket("T13", "03-09T13:00", Channel.WEB, Priority.P2, "it", "it.access")
                .assigned("03-09T13:30", "olga").started("03-09T14:00", "olga").note("03-09T14:30", "olga")
                .reply("03-09T15:00", "olga").resolved("03-09T16:00").rated("03-12T10:00", 1)
                .breached("03-09T14:00", SlaTarget.FIRST_RESPONSE)
                .met("03-09T15:00", SlaTarget.FIRST_RESPONSE, "03-09T14:00");
        history.ticket("T14", "03-10T10:00", Channel.PHONE, Priority.P3, "hr", "hr.leave")
                .assigned("03-10T10:05", "petr").started("03-10T10:10", "petr").reply("03-10T11:00", "petr")
                .resolved("03-10T11:30").requesterReply("03-11T09:00").reopened("03-11T09:00")
                .started("03-11T09:30", "petr").resolved("03-11T10:00").rated("03-11T12:00", 3)
                .met("03-10T11:00", SlaTarget.FIRST_RESPONSE, "03-10T18:00")
                .met("03-11T10:00", SlaTarget.NEXT_RESPONSE, "03-11T13:00");
        history.ticket("T15", "03-11T15:00", Channel.EMAIL, Priority.P2, "it", "it.access")
                .assigned("03-11T15:05", "ivan").started("03-11T15:10", "ivan").pending("03-11T15:20")
                .resumed("03-12T10:00").reply("03-12T10:30", "ivan").resolved("03-12T11:00")
                .breached("03-12T09:00", SlaTarget.RESOLUTION)
                .met("03-12T10:30", SlaTarget.FIRST_RESPONSE, "03-12T12:00")
                .met("03-12T11:00", SlaTarget.RESOLUTION, "03-12T09:00");
        history.ticket("T16", "03-12T16:00", Channel.WEB, Priority.P3, "it", "it.access")
                .assigned("03-12T16:10", "olga").started("03-12T16:20", "olga")
                .breached("03-13T09:00", SlaTarget.FIRST_RESPONSE);
        history.ticket("T17", "03-13T23:30", Channel.EMAIL, Priority.P3, "it", "it.access");
        history.ticket("T18", "03-15T22:00", Channel.WEB, Priority.P3, "hr", "hr.leave");
        history.ticket("T19", "03-16T09:00", Channel.EMAIL, Priority.P3, "it", "it.access");
        return history;
    }

    Script ticket(String name, String created, Channel channel, Priority priority, String team, String category) {
        Script script = new Script(name);
        tickets.add(script.id);
        return script.add(created, "service:ticket-service", new TicketCreated("HD-2026-9" + name.substring(1) + "000",
                new Requester("customer-" + name, name.toLowerCase() + "@example.com", null, "en"), "Subject " + name,
                "Description of " + name, channel, category, priority, "en", List.of(), null, null, CustomerTier.STANDARD,
                team, SupportLine.L1, null));
    }

    final class Script {

        private final String name;
        private final UUID id;
        private long version;
        private int slaCount;

        Script(String name) {
            this.name = name;
            this.id = id(name);
        }

        private Script add(String when, String actor, TicketEvent event) {
            version++;
            ticketEvents.add(new EventEnvelope<>(ReportHistory.id(name + "#" + version), URI.create("/helpdesk/ticket-service"),
                    id.toString(), at(when), version, id, null, actor, event));
            return this;
        }

        private Script sla(String when, SlaEvent event) {
            slaCount++;
            slaEvents.add(new EventEnvelope<>(ReportHistory.id(name + "#sla" + slaCount), URI.create("/helpdesk/sla-service"),
                    id.toString(), at(when), version, id, null, "service:sla-service", event));
            return this;
        }

        Script assigned(String when, String agent) {
            return add(when, "service:ticket-service", new TicketAssigned(agent, null, null, AssignmentSource.ROUTING, ReportHistory.id(name + "@" + when)));
        }

        Script started(String when, String agent) {
            return add(when, agent, new TicketStarted(agent));
        }

        Script reply(String when, String agent) {
            return add(when, agent, new TicketCommented(ReportHistory.id(name + "~" + when), agent, AuthorRole.AGENT,
                    Visibility.PUBLIC, "Answer", List.of()));
        }

        Script note(String when, String agent) {
            return add(when, agent, new TicketCommented(ReportHistory.id(name + "~" + when), agent, AuthorRole.AGENT,
                    Visibility.INTERNAL, "Internal note", List.of()));
        }

        Script requesterReply(String when) {
            return add(when, "customer-" + name, new TicketCommented(ReportHistory.id(name + "~" + when), "customer-" + name,
                    AuthorRole.REQUESTER, Visibility.PUBLIC, "Still broken", List.of()));
        }

        Script pending(String when) {
            return add(when, "agent", new TicketPendingCustomer("need details"));
        }

        Script resumed(String when) {
            return add(when, "agent", new TicketResumed("requester replied"));
        }

        Script resolved(String when) {
            return add(when, "agent", new TicketResolved("fixed", "Fixed", null));
        }

        Script closed(String when) {
            return add(when, "customer-" + name, new TicketClosed("confirmed"));
        }

        Script reopened(String when) {
            return add(when, "customer-" + name, new TicketReopened("requester replied after resolution"));
        }

        Script escalated(String when, SupportLine from, SupportLine to) {
            return add(when, "agent", new TicketEscalated(from, to, "needs a specialist"));
        }

        Script transferred(String when, String from, String to) {
            return add(when, "agent", new TicketTransferred(from, to, "wrong team"));
        }

        Script merged(String when, String into) {
            return add(when, "agent", new TicketMerged(ReportHistory.id(into), "HD-2026-9" + into.substring(1) + "000"));
        }

        Script rated(String when, int score) {
            return add(when, "customer-" + name, new TicketRated(score, null));
        }

        Script met(String when, SlaTarget target, String due) {
            return sla(when, new SlaMet(target, at(due), at(when)));
        }

        Script breached(String when, SlaTarget target) {
            return sla(when, new SlaBreached(target, at(when)));
        }
    }
}
