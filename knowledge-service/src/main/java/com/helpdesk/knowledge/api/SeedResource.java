package com.helpdesk.knowledge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.knowledge.seed.FaqSeed;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Uncancellable
@Path("/api/v1/kb/seed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = "bearer")
public class SeedResource {

    private final FaqSeed seed;

    SeedResource(FaqSeed seed) {
        this.seed = seed;
    }

    public record Seeded(int articles) {
    }

    @POST
    @WithSession
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load the bundled FAQ (Russian and English)",
            description = "Idempotent: adds missing articles, leaves existing ones and their edits alone.")
    public Uni<Seeded> load() {
        return seed.load().map(Seeded::new);
    }
}
