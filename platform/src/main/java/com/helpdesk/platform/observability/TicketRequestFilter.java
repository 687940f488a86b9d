package com.helpdesk.platform.observability;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the ticket a REST request is about into the log context: a {@code {ticketId}} path parameter in
 * any service, or the {@code {id}} of ticket-service's {@code /api/v1/tickets/{id}/...}.
 */
public class TicketRequestFilter {

    private static final String TICKETS = "/api/v1/tickets/";

    @ServerRequestFilter
    public void nameTheTicket(ContainerRequestContext request) {
        var parameters = request.getUriInfo().getPathParameters();
        String ticket = first(parameters.get("ticketId"));
        if (ticket == null && request.getUriInfo().getPath().startsWith(TICKETS)) {
            ticket = first(parameters.get("id"));
        }
        if (ticket != null) {
            LogContext.enterTicket(ticket);
        }
    }

    @ServerResponseFilter
    public void forgetTheTicket() {
        LogContext.leave();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
