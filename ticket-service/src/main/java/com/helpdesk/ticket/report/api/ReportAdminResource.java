package com.helpdesk.ticket.report.api;

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
import com.helpdesk.ticket.report.feed.ReportRebuild;

import io.smallrye.mutiny.Uni;

@Uncancellable // the rebuild works through Hibernate Reactive sessions (see Uncancellable)
@Path("/api/v1/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class ReportAdminResource {

    private final ReportRebuild rebuild;

    ReportAdminResource(ReportRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rewrite the report model's ticket facts from the event store (SLA facts stay)")
    public Uni<Rebuilt> rebuild() {
        return rebuild.rebuild().map(Rebuilt::new);
    }

    public record Rebuilt(long tickets) {
    }
}
