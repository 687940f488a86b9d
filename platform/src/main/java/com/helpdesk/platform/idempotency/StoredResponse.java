package com.helpdesk.platform.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The response to a creating request, kept so that a retry with the same Idempotency-Key gets it again. */
public record StoredResponse(int status, URI location, String body) {

    public static StoredResponse created(URI location, String body) {
        return new StoredResponse(201, location, body);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        return location == null ? response.build() : response.location(location).build();
    }
}
