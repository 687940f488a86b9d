package com.helpdesk.notification.staff;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.smallrye.mutiny.Uni;

/** The few Keycloak endpoints the directory calls, relative to Keycloak's base URL. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface KeycloakApi {

    /** The client-credentials grant of this service's own client. */
    @POST
    @Path("realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<AccessToken> token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    @GET
    @Path("admin/realms/{realm}/users/{id}")
    Uni<KeycloakUser> user(@HeaderParam("Authorization") String authorization, @PathParam("realm") String realm,
            @PathParam("id") String id);

    /** The users holding a realm role directly (not through a group or composite role), a page at a time. */
    @GET
    @Path("admin/realms/{realm}/roles/{role}/users")
    Uni<List<KeycloakUser>> usersInRole(@HeaderParam("Authorization") String authorization,
            @PathParam("realm") String realm, @PathParam("role") String role,
            @QueryParam("briefRepresentation") boolean briefRepresentation, @QueryParam("first") int first,
            @QueryParam("max") int max);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccessToken(@JsonProperty("access_token") String value, @JsonProperty("expires_in") long expiresIn) {
    }
}
