package com.helpdesk.ticket.api;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.service.TicketChange;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/** Who may see which ticket, and the HTTP shape of a ticket (ETag = version, If-Match). */
@RequestScoped
public class TicketAccess {

    private final Tickets tickets;
    private final Caller caller;

    TicketAccess(Tickets tickets, Caller caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    /** The ticket, if the caller may see it; otherwise 404 — never 403, which would confirm it exists. */
    Uni<Ticket> visible(UUID id) {
        return tickets.current(id).map(ticket -> {
            if (!ticket.exists() || !maySee(ticket)) {
                throw ProblemException.notFound("Ticket " + id);
            }
            return ticket;
        });
    }

    /** Staff see every ticket (team queues come with routing); others what they asked or filed. */
    boolean maySee(Ticket ticket) {
        String me = caller.id();
        return caller.isStaff() || me.equals(ticket.requester().userId()) || me.equals(ticket.filedBy());
    }

    /** The caller's id when their view is limited to their own tickets; null for staff. */
    String onlyOwnFor() {
        return caller.isStaff() ? null : caller.id();
    }

    /** {@code If-Match: "7"} (or {@code 7}); absent means the caller does not condition its change. */
    static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", "")));
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-if-match",
                    "If-Match must be a ticket version as given in the ETag, e.g. \"3\"");
        }
    }

    static Response ok(UUID id, Ticket ticket) {
        return Response.ok(TicketResponse.of(id, ticket)).tag(new EntityTag(Long.toString(ticket.version()))).build();
    }

    static Response ok(TicketChange change) {
        return ok(change.id(), change.ticket());
    }
}
