package com.helpdesk.routing.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.StoredTeam;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * {@code helpdesk_queue_waiting_tickets{team,line}}: how many tickets wait per queue, read from the database
 * every {@code helpdesk.routing.queue-gauge-every}. Every instance reports the whole queue, not a share of its
 * own (queues are not per instance), so dashboards aggregate instances with {@code max}, never {@code sum}.
 * Every team × line is reported, empty ones as 0, so an emptied queue reads 0 rather than vanishing.
 */
@ApplicationScoped
public class WaitingTicketsGauge {

    /** The team tag of tickets no team covers; team ids cannot contain parentheses. */
    static final String NO_TEAM = "(none)";

    private final Queues queues;
    private final MultiGauge gauge;

    WaitingTicketsGauge(Queues queues, MeterRegistry metrics) {
        this.queues = queues;
        this.gauge = MultiGauge.builder("helpdesk.queue.waiting.tickets")
                .description("Tickets waiting in a queue (team and line) because nobody could take them yet")
                .register(metrics);
    }

    @Scheduled(every = "${helpdesk.routing.queue-gauge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh();
    }

    /** Reads the queue lengths now. */
    public Uni<Void> refresh() {
        return Panache.withSession(() -> queues.lengths().chain(lengths -> StoredTeam.<StoredTeam>listAll().map(teams -> {
            Map<Tags, Long> waiting = new LinkedHashMap<>();
            for (SupportLine line : SupportLine.values()) {
                waiting.put(tags(null, line), 0L);
                teams.forEach(team -> waiting.put(tags(team.id, line), 0L));
            }
            lengths.forEach(queue -> waiting.put(tags(queue.team(), queue.line()), queue.waiting()));
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            waiting.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
            return rows;
        }))).invoke(rows -> gauge.register(rows, true)).replaceWithVoid();
    }

    private static Tags tags(String team, SupportLine line) {
        return Tags.of("team", team == null ? NO_TEAM : team, "line", line.name());
    }
}
