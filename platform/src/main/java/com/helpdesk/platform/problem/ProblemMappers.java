package com.helpdesk.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error leaves a Helpdesk service as problem+json, never as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.invalid("The request has invalid fields", violations).toResponse();
    }

    /** The specific types are named because quarkus-rest-jackson maps them itself, in plain JSON. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof MismatchedInputException mismatch ? path(mismatch) : "";
        String detail = e instanceof InvalidFormatException format
                ? "Value " + format.getValue() + " is not allowed here"
                : e.getOriginalMessage();
        if (field.isEmpty()) {
            return Problem.invalid("The body is not valid JSON for this request: " + detail, List.of()).toResponse();
        }
        return Problem.invalid("The body does not match this request's schema",
                List.of(new Problem.Violation(field, detail))).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status, slug(status), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "unauthenticated", "A valid bearer token is required")
                .toResponse()).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "forbidden", "Your role does not allow this").toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        UUID incident = UUID.randomUUID();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; quote incident " + incident).toResponse();
    }

    private static String field(ConstraintViolation<?> violation) {
        // "create.request.subject" → "subject": drop the method and parameter names
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }
}
