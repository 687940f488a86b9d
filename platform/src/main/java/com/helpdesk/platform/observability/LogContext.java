package com.helpdesk.platform.observability;

import org.jboss.logging.MDC;

import com.helpdesk.events.EventEnvelope;

import io.opentelemetry.api.trace.Span;

/**
 * Names the ticket (and the causal chain) being worked on, in the log MDC and on the current span, so an
 * operator can find every log line and trace of one ticket across services. Quarkus adds {@code traceId}
 * and {@code spanId} to the MDC itself. The MDC follows the request's or message's Vert.x context, not
 * the thread, so it survives the reactive hops of one handling and does not leak into the next.
 */
public final class LogContext {

    /** MDC key (a field of each JSON log line) of the ticket id. */
    public static final String TICKET_ID = "ticketId";
    /** MDC key of the causal chain's correlation id: the same in every service an API request set off. */
    public static final String CORRELATION_ID = "correlationId";
    /** Span attribute of the ticket id, to search traces by ticket. */
    public static final String TICKET_ID_ATTRIBUTE = "helpdesk.ticket_id";
    public static final String CORRELATION_ID_ATTRIBUTE = "helpdesk.correlation_id";

    private LogContext() {
    }

    /** While an event is handled: its subject (the ticket) and its correlation id. */
    public static void enter(EventEnvelope<?> event) {
        enterTicket(event.subject());
        MDC.put(CORRELATION_ID, event.correlationId().toString());
        Span.current().setAttribute(CORRELATION_ID_ATTRIBUTE, event.correlationId().toString());
    }

    /** While a request about one ticket is handled. */
    public static void enterTicket(String ticketId) {
        MDC.put(TICKET_ID, ticketId);
        Span.current().setAttribute(TICKET_ID_ATTRIBUTE, ticketId);
    }

    public static void leave() {
        MDC.remove(TICKET_ID);
        MDC.remove(CORRELATION_ID);
    }
}
