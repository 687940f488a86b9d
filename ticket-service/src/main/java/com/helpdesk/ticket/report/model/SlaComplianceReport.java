package com.helpdesk.ticket.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.helpdesk.events.sla.SlaTarget;

/**
 * sla-service's verdicts in the period, per target: a target met in time ({@code SlaMet} with
 * {@code metAt <= dueAt}) is met; a breach ({@code SlaBreached}) is breached, and so is a target met late
 * whose breach had not been announced yet. A target met late after its breach was announced counts once,
 * as the breach. Every next-response episode counts. A verdict falls in the group the ticket was in at its time.
 */
public final class SlaComplianceReport {

    public static final List<String> COLUMNS = List.of("group", "target", "met", "breached", "compliance_percent");

    public record Outcome(SlaTarget target, long met, long breached, BigDecimal compliancePercent) {
    }

    public record Row(String group, List<Outcome> targets) implements CsvRow {

        @Override
        public List<List<Object>> lines() {
            return targets.stream().<List<Object>>map(outcome -> java.util.Arrays.asList(VolumeReport.nullable(group),
                    outcome.target().name(), outcome.met(), outcome.breached(), outcome.compliancePercent())).toList();
        }
    }

    private SlaComplianceReport() {
    }

    public static List<Row> compute(List<TicketTimeline> tickets, ReportPeriod period, Dimension dimension) {
        Groups<Map<SlaTarget, long[]>> groups = new Groups<>(dimension, () -> new EnumMap<>(SlaTarget.class));
        for (TicketTimeline ticket : tickets) {
            Map<SlaTarget, Boolean> breachAnnounced = new EnumMap<>(SlaTarget.class);
            ticket.slaFacts().forEach(fact -> {
                boolean announced = breachAnnounced.getOrDefault(fact.target(), false);
                int verdict;
                if (fact.kind() == FactKind.SLA_BREACHED) {
                    breachAnnounced.put(fact.target(), true);
                    verdict = 1;
                } else {
                    breachAnnounced.put(fact.target(), false); // the episode is over
                    verdict = announced ? -1 : fact.metAt().isAfter(fact.dueAt()) ? 1 : 0;
                }
                if (verdict >= 0 && period.contains(fact.at())) {
                    groups.of(ticket.stateAt(fact.at())).computeIfAbsent(fact.target(), target -> new long[2])[verdict]++;
                }
            });
        }
        return groups.rows((group, outcomes) -> {
            List<Outcome> targets = new ArrayList<>();
            for (SlaTarget target : SlaTarget.values()) {
                long[] counts = outcomes.getOrDefault(target, new long[2]);
                targets.add(new Outcome(target, counts[0], counts[1], Ratios.percent(counts[0], counts[0] + counts[1])));
            }
            return new Row(group, targets);
        });
    }
}
