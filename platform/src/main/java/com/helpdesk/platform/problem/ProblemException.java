package com.helpdesk.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * A request that cannot be served for a reason the caller can act on. Services throw these (or fail a
 * {@code Uni} with them); {@link ProblemMappers} turns them into problem+json.
 */
public class ProblemException extends RuntimeException {

    /** JAX-RS names no 422; RFC 9110 does. */
    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(Response.StatusType status, String slug, String detail) {
        super(detail);
        this.problem = Problem.of(status, slug, detail);
    }

    public Problem problem() {
        return problem;
    }

    /** Also for resources the caller may not see: they must not learn that it exists. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Status.NOT_FOUND, "not-found", what + " not found");
    }

    /** A business rule forbids the change in the current state; {@code rule} names it. */
    public static ProblemException ruleViolated(String rule, String detail) {
        return new ProblemException(Status.CONFLICT, rule, detail);
    }

    /** The caller's {@code If-Match} version is not the current one. */
    public static ProblemException staleVersion(long expected, long actual) {
        return new ProblemException(Status.PRECONDITION_FAILED, "stale-version",
                "Expected version " + expected + " but the current version is " + actual);
    }

    /** Well-formed but semantically unacceptable, e.g. an Idempotency-Key reused for another request. */
    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(UNPROCESSABLE_CONTENT, slug, detail);
    }
}
