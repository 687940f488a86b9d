package com.helpdesk.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail; {@code type} is stable per kind of error, {@code detail} is for humans. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(URI type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://helpdesk.example/problems/";

    /** One invalid field of a request. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(URI.create(TYPE_BASE + "invalid-request"), "Bad Request", 400, detail, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
