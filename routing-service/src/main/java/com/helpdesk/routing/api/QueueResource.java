package com.helpdesk.routing.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.StoredAgent;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class QueueResource {

    /**
     * The tickets of one team and line that nobody could take yet, in the order they will be offered.
     *
     * @param team                 null for tickets no team covers, which any team of the line may take
     * @param estimatedWaitSeconds how long a ticket joining now would wait at the queue's recent throughput;
     *                             absent when it assigned nothing lately
     */
    public record Queue(String team, SupportLine line, long waiting, Instant oldestWaitingSince,
            long oldestWaitSeconds, Long estimatedWaitSeconds, List<Waiting> tickets) {
    }

    /** @param estimatedWaitSeconds from now until its turn, at the queue's recent throughput; absent if unknown */
    public record Waiting(int position, UUID ticketId, String number, Priority queuePriority, Instant slaDueAt,
            Instant waitingSince, Long estimatedWaitSeconds) {
    }

    private final Queues queues;
    private final Caller caller;
    private final RoutingConfig config;

    QueueResource(Queues queues, Caller caller, RoutingConfig config) {
        this.queues = queues;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The waiting tickets per team and line, in queue order, with wait estimates",
            description = "Order: queue priority, then earliest SLA deadline, then longest wait. Estimates divide a "
                    + "position by the queue's assignments over helpdesk.routing.throughput-window. Supervisors see "
                    + "every queue, agents those of their teams (and tickets no team covers).")
    public Uni<List<Queue>> list() {
        Instant now = Instant.now();
        Uni<Set<String>> visibleTeams = caller.isSupervisor() ? Uni.createFrom().nullItem()
                : StoredAgent.<StoredAgent>findById(caller.id())
                        .map(agent -> agent == null ? Set.<String>of() : Set.of(agent.teams));
        return visibleTeams.chain(teams -> queues.view(config.queueViewSize())
                .chain(entries -> queues.assignedSince(now.minus(config.throughputWindow())).map(throughput -> {
                    Map<String, Long> assigned = new HashMap<>();
                    throughput.forEach(queue -> assigned.put(key(queue.team(), queue.line()), queue.assigned()));
                    Map<String, List<Queues.Entry>> byQueue = new LinkedHashMap<>();
                    entries.stream()
                            .filter(entry -> teams == null || entry.team() == null || teams.contains(entry.team()))
                            .forEach(entry -> byQueue.computeIfAbsent(key(entry.team(), entry.line()),
                                    key -> new ArrayList<>()).add(entry));
                    return byQueue.entrySet().stream()
                            .map(queue -> queue(queue.getValue(), assigned.getOrDefault(queue.getKey(), 0L), now))
                            .toList();
                })));
    }

    private Queue queue(List<Queues.Entry> entries, long assignedLately, Instant now) {
        Queues.Entry first = entries.get(0);
        double perSecond = (double) assignedLately / config.throughputWindow().toSeconds();
        return new Queue(first.team(), first.line(), first.waiting(), first.oldestWaitingSince(),
                Duration.between(first.oldestWaitingSince(), now).toSeconds(), estimate(first.waiting() + 1, perSecond),
                entries.stream().map(entry -> new Waiting(entry.position(), entry.ticketId(), entry.number(),
                        entry.queuePriority(), entry.slaDueAt(), entry.waitingSince(),
                        estimate(entry.position(), perSecond))).toList());
    }

    private static Long estimate(long position, double perSecond) {
        return perSecond == 0 ? null : (long) Math.ceil(position / perSecond);
    }

    private static String key(String team, SupportLine line) {
        return team + "/" + line;
    }
}
