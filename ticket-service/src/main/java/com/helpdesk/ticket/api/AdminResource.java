package com.helpdesk.ticket.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;
import com.helpdesk.ticket.projection.TicketViewRebuild;

import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final TicketViewRebuild rebuild;

    AdminResource(TicketViewRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("ticket-views/rebuild")
    @Operation(summary = "Rewrite the ticket list read model from the event store")
    public Uni<Rebuilt> rebuildTicketViews() {
        return rebuild.rebuild().map(Rebuilt::new);
    }

    public record Rebuilt(long tickets) {
    }
}
