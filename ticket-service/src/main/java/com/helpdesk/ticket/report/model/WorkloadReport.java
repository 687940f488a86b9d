package com.helpdesk.ticket.report.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.helpdesk.ticket.domain.TicketStatus;

/**
 * Per agent (or other group): tickets open and assigned at the end of the period, tickets resolved in it
 * (grouped at their last resolution there, so by who resolved them), and handle time — wall-clock time the
 * tickets spent IN_PROGRESS (from start or resume until the next status change: waiting for the customer,
 * resolution, unassignment, escalation or transfer) inside the period, credited to whoever held them then.
 * There is no work log, so this is time "on the agent's desk", not keyboard time.
 */
public final class WorkloadReport {

    public static final List<String> COLUMNS = List.of("group", "open_assigned", "resolved", "handle_time_s",
            "handle_time_per_resolved_s");

    public record Row(String group, long openAssigned, long resolved, long handleTimeSeconds,
            Long handleTimePerResolvedSeconds) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            return List.of(java.util.Arrays.asList(VolumeReport.nullable(group), openAssigned, resolved,
                    handleTimeSeconds, handleTimePerResolvedSeconds));
        }
    }

    private WorkloadReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<long[]> groups = new Groups<>(dimension, () -> new long[3]);
        Instant end = period.end();
        for (TicketTimeline ticket : tickets) {
            TicketState atEnd = ticket.stateAtEnd(period);
            if (ticket.existsAtEnd(period) && atEnd.isOpen() && atEnd.agent() != null) {
                groups.of(atEnd)[0]++;
            }
            ticket.lastIn(FactKind.RESOLVED, period).ifPresent(resolved -> groups.of(ticket.stateAt(resolved.at()))[1]++);
            for (TicketTimeline.Segment segment : ticket.segments(end)) {
                Instant from = segment.from().isAfter(period.from()) ? segment.from() : period.from();
                if (segment.state().status() == TicketStatus.IN_PROGRESS && segment.to().isAfter(from)) {
                    groups.of(segment.state())[2] += Duration.between(from, segment.to()).toSeconds();
                }
            }
        }
        return groups.rows((group, c) -> new Row(group, c[0], c[1], c[2], Ratios.rounded(c[2], c[1])));
    }
}
