package com.helpdesk.knowledge.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.helpdesk.knowledge.config.KnowledgeConfig;
import com.helpdesk.platform.problem.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * Callers without a token reach only the public knowledge base (articles, FAQ, search, suggestions,
 * feedback); each client address gets {@link KnowledgeConfig#anonymousRequestsPerMinute()} of those per
 * minute, then {@code 429} with {@code Retry-After}. Signed-in callers are not limited here.
 */
public class AnonymousRateLimit {

    private final ReaderQuota quota;

    AnonymousRateLimit(KnowledgeConfig config) {
        this.quota = new ReaderQuota(config.anonymousRequestsPerMinute(), System::currentTimeMillis);
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        if (context.getSecurityContext().getUserPrincipal() != null || quota.admit(request.remoteAddress().host())) {
            return null;
        }
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-requests",
                "Too many requests without a token from this address; sign in or try again later").toResponse())
                .header(HttpHeaders.RETRY_AFTER, quota.secondsToNextWindow())
                .build();
    }
}
