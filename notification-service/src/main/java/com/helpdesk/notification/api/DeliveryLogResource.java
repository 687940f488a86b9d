package com.helpdesk.notification.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** What a ticket's requester was sent, for agents answering "did the customer get our mail?". */
@Uncancellable
@Path("/api/v1/tickets/{ticketId}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery log")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not staff: customers and integrations see the receipts in the ticket's history")
public class DeliveryLogResource {

    private final Deliveries deliveries;

    DeliveryLogResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "The ticket's notifications, oldest first, with their delivery state and attempts")
    @APIResponse(responseCode = "200", description = "The delivery log; empty if nothing was sent about the ticket")
    public Uni<List<DeliveryView>> log(@Parameter(description = "The ticket id") @PathParam("ticketId") UUID ticketId) {
        return deliveries.ofTicket(ticketId).map(log -> log.stream().map(DeliveryView::of).toList());
    }
}
