package com.helpdesk.routing.api;

import jakarta.ws.rs.core.Response.Status;

import com.helpdesk.platform.problem.ProblemException;

/** The refusals routing's API shares. */
final class RoutingProblems {

    private RoutingProblems() {
    }

    static ProblemException notYours(String what) {
        return new ProblemException(Status.FORBIDDEN, "forbidden", what + " belongs to another agent");
    }
}
