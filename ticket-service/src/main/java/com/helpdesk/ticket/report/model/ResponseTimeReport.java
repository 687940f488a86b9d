package com.helpdesk.ticket.report.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.helpdesk.ticket.domain.TicketStatus;

/**
 * First-response and resolution times of the tickets whose first public agent reply, or resolution, fell in
 * the period; in wall-clock time and in business time (business hours while the clock runs).
 *
 * <ul>
 * <li>First response: from creation to the first public agent comment. Business time stops while the
 * ticket waits for the customer.</li>
 * <li>Resolution: from creation to the ticket's last resolution in the period. Business time stops while the
 * ticket waits for the customer and while it is resolved or closed (before a reopen).</li>
 * </ul>
 * A ticket falls in the group it was in when the timer stopped.
 */
public final class ResponseTimeReport {

    static final Set<TicketStatus> FIRST_RESPONSE_STOPPED = EnumSet.of(TicketStatus.PENDING_CUSTOMER);
    static final Set<TicketStatus> RESOLUTION_STOPPED = EnumSet.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.RESOLVED,
            TicketStatus.CLOSED);

    public static final List<String> COLUMNS = List.of("group",
            "first_response_count", "first_response_mean_s", "first_response_median_s", "first_response_p90_s",
            "first_response_business_mean_s", "first_response_business_median_s", "first_response_business_p90_s",
            "resolution_count", "resolution_mean_s", "resolution_median_s", "resolution_p90_s",
            "resolution_business_mean_s", "resolution_business_median_s", "resolution_business_p90_s");

    public record Timer(int count, DurationStats wallClock, DurationStats business) {

        static Timer of(List<Long> wall, List<Long> business) {
            return new Timer(wall.size(), DurationStats.of(wall), DurationStats.of(business));
        }

        List<Object> cells() {
            return java.util.Arrays.asList(count, wallClock.meanSeconds(), wallClock.medianSeconds(), wallClock.p90Seconds(),
                    business.meanSeconds(), business.medianSeconds(), business.p90Seconds());
        }
    }

    public record Row(String group, Timer firstResponse, Timer resolution) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            List<Object> line = new ArrayList<>();
            line.add(VolumeReport.nullable(group));
            line.addAll(firstResponse.cells());
            line.addAll(resolution.cells());
            return List.of(line);
        }
    }

    private record Samples(List<Long> firstWall, List<Long> firstBusiness, List<Long> resolutionWall,
            List<Long> resolutionBusiness) {

        Samples() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private ResponseTimeReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension,
            BusinessHours hours) {
        Groups<Samples> groups = new Groups<>(dimension, Samples::new);
        for (TicketTimeline ticket : tickets) {
            var created = ticket.created().at();
            ticket.first(FactKind.AGENT_REPLY).filter(reply -> period.contains(reply.at())).ifPresent(reply -> {
                Samples samples = groups.of(ticket.stateAt(reply.at()));
                samples.firstWall().add(Duration.between(created, reply.at()).toSeconds());
                samples.firstBusiness().add(ticket.businessSeconds(created, reply.at(), FIRST_RESPONSE_STOPPED, hours));
            });
            ticket.lastIn(FactKind.RESOLVED, period).ifPresent(resolved -> {
                Samples samples = groups.of(ticket.stateAt(resolved.at()));
                samples.resolutionWall().add(Duration.between(created, resolved.at()).toSeconds());
                samples.resolutionBusiness().add(ticket.businessSeconds(created, resolved.at(), RESOLUTION_STOPPED, hours));
            });
        }
        return groups.rows((group, s) -> new Row(group, Timer.of(s.firstWall(), s.firstBusiness()),
                Timer.of(s.resolutionWall(), s.resolutionBusiness())));
    }
}
