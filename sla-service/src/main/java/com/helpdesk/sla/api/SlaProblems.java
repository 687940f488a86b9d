package com.helpdesk.sla.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.sla.domain.InvalidCalendar;

/** The domain's refusals as problem+json: the domain itself knows nothing of HTTP. */
public class SlaProblems {

    @ServerExceptionMapper
    public Response invalidCalendar(InvalidCalendar e) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-calendar", e.getMessage()).problem().toResponse();
    }
}
