package com.helpdesk.ticket.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.ticket.domain.TicketRuleViolation;
import com.helpdesk.ticket.eventstore.ConcurrentTicketChange;

/** The ticket domain's refusals, as problem+json: the domain itself knows nothing of HTTP. */
public class TicketProblems {

    @ServerExceptionMapper
    public Response ruleViolated(TicketRuleViolation e) {
        return ProblemException.ruleViolated(e.rule(), e.getMessage()).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentTicketChange e) {
        return ProblemException.ruleViolated("concurrent-change", e.getMessage() + "; reload it and try again")
                .problem().toResponse();
    }
}
