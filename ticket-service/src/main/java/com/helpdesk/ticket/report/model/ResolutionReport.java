package com.helpdesk.ticket.report.model;

import java.math.BigDecimal;
import java.util.List;

import com.helpdesk.ticket.domain.TicketStatus;

/**
 * How well the tickets created in the period were resolved, as they stood at its end (merged duplicates left
 * out): the share resolved (resolved or closed), first-contact resolution (resolved with exactly one public
 * agent reply and never reopened, as a share of the resolved), and transfers and escalations per ticket.
 * A ticket falls in the group it was in at the end of the period.
 */
public final class ResolutionReport {

    public static final List<String> COLUMNS = List.of("group", "tickets", "resolved", "resolved_percent",
            "first_contact_resolved", "first_contact_resolution_percent", "transfers", "transfers_per_ticket",
            "escalations", "escalations_per_ticket");

    public record Row(String group, long tickets, long resolved, BigDecimal resolvedPercent, long firstContactResolved,
            BigDecimal firstContactResolutionPercent, long transfers, BigDecimal transfersPerTicket, long escalations,
            BigDecimal escalationsPerTicket) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            return List.of(java.util.Arrays.asList(VolumeReport.nullable(group), tickets, resolved, resolvedPercent,
                    firstContactResolved, firstContactResolutionPercent, transfers, transfersPerTicket, escalations,
                    escalationsPerTicket));
        }
    }

    private ResolutionReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<long[]> groups = new Groups<>(dimension, () -> new long[5]);
        for (TicketTimeline ticket : tickets) {
            if (!period.contains(ticket.created().at()) || ticket.mergedBy(period)) {
                continue;
            }
            TicketState atEnd = ticket.stateAtEnd(period);
            long[] group = groups.of(atEnd);
            group[0]++;
            boolean resolved = atEnd.status() == TicketStatus.RESOLVED || atEnd.status() == TicketStatus.CLOSED;
            if (resolved) {
                group[1]++;
                if (ticket.countBeforeEnd(FactKind.AGENT_REPLY, period) == 1
                        && ticket.countBeforeEnd(FactKind.REOPENED, period) == 0) {
                    group[2]++;
                }
            }
            group[3] += ticket.countBeforeEnd(FactKind.TRANSFERRED, period);
            group[4] += ticket.countBeforeEnd(FactKind.ESCALATED, period);
        }
        return groups.rows((group, c) -> new Row(group, c[0], c[1], Ratios.percent(c[1], c[0]), c[2],
                Ratios.percent(c[2], c[1]), c[3], Ratios.per(c[3], c[0]), c[4], Ratios.per(c[4], c[0])));
    }
}
