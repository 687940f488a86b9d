package com.helpdesk.notification.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.helpdesk.events.EventCodec;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;
import com.helpdesk.platform.security.Caller;
import com.helpdesk.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Other systems' webhook subscriptions. An integration client manages its own (another's is a 404); admins
 * manage all. Deliveries are signed with the subscription's secret, which is shown once, on creation.
 */
@Uncancellable
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Neither an integration client nor an admin")
public class WebhookResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Caller caller;
    private final SecurityIdentity identity;
    private final Deliveries deliveries;
    private final Dispatch dispatch;
    private final EventCodec codec;
    private final ReceiverGuard receivers;

    WebhookResource(Caller caller, SecurityIdentity identity, Deliveries deliveries, Dispatch dispatch, EventCodec codec,
            ReceiverGuard receivers) {
        this.caller = caller;
        this.identity = identity;
        this.deliveries = deliveries;
        this.dispatch = dispatch;
        this.codec = codec;
        this.receivers = receivers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to event types, optionally only for one team or priority")
    @APIResponse(responseCode = "201", description = "Created; the answer carries the signing secret, this once")
    @APIResponse(responseCode = "400", description = "Invalid URL, unknown event type or filter")
    public Uni<Response> create(@Valid @NotNull WebhookRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.secret = "whsec_" + HexFormat.of().formatHex(bytes(32));
        subscription.owner = caller.id();
        subscription.enabled = true;
        subscription.createdAt = Instant.now();
        apply(subscription, request);
        return Panache.withTransaction(subscription::persist)
                .map(created -> Response.created(URI.create("/api/v1/webhooks/" + subscription.id))
                        .entity(WebhookView.of(subscription, true)).build());
    }

    @GET
    @Operation(summary = "The caller's subscriptions (an admin's: all)")
    public Uni<List<WebhookView>> list() {
        return Panache.withSession(() -> (isAdmin() ? WebhookSubscription.<WebhookSubscription>listAll()
                : WebhookSubscription.<WebhookSubscription>list("owner", caller.id())))
                .map(all -> all.stream().map(subscription -> WebhookView.of(subscription, false)).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription, with its failure count and why it was disabled")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
    public Uni<WebhookView> get(@PathParam("id") UUID id) {
        return Panache.withSession(() -> visible(id)).map(subscription -> WebhookView.of(subscription, false));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change URL, event types or filter; enabled=true re-enables a disabled subscription")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
    public Uni<WebhookView> update(@PathParam("id") UUID id, @Valid @NotNull WebhookRequest request) {
        return Panache.withTransaction(() -> visible(id).map(subscription -> {
            apply(subscription, request);
            if (Boolean.TRUE.equals(request.enabled()) && !subscription.enabled) {
                subscription.enabled = true;
                subscription.consecutiveFailures = 0;
                subscription.disabledReason = null;
            } else if (Boolean.FALSE.equals(request.enabled()) && subscription.enabled) {
                subscription.enabled = false;
                subscription.disabledReason = "disabled by " + caller.id();
            }
            return WebhookView.of(subscription, false);
        }));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Unsubscribe; deliveries still pending fail")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return Panache.withTransaction(() -> visible(id).chain(WebhookSubscription::delete))
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first: status, attempts, the receiver's status codes")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
    public Uni<List<WebhookDeliveryView>> deliveries(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Panache.withSession(() -> visible(id))
                .chain(subscription -> deliveries.ofRecipient(NotificationChannel.WEBHOOK, id.toString(), limit))
                .map(log -> log.stream().map(WebhookDeliveryView::of).toList());
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Deliver an earlier delivery's event once more, as a new delivery")
    @APIResponse(responseCode = "202", description = "The new delivery, pending")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery, or not the caller's")
    @APIResponse(responseCode = "409", description = "The subscription is disabled; enable it first")
    public Uni<Response> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Panache.withSession(() -> visible(id))
                .chain(subscription -> {
                    if (!subscription.enabled) {
                        return Uni.createFrom().failure(ProblemException.ruleViolated("subscription-disabled",
                                "Subscription " + id + " is disabled; enable it before replaying"));
                    }
                    return deliveries.replay(deliveryId, NotificationChannel.WEBHOOK, id.toString());
                })
                .map(replayed -> replayed.orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId)))
                .invoke(dispatch::wake)
                .map(replayed -> Response.accepted(WebhookDeliveryView.of(replayed)).build());
    }

    private Uni<WebhookSubscription> visible(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findById(id).map(subscription -> {
            if (subscription == null || !(isAdmin() || subscription.owner.equals(caller.id()))) {
                throw ProblemException.notFound("Webhook subscription " + id);
            }
            return subscription;
        });
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    private void apply(WebhookSubscription subscription, WebhookRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        var types = new LinkedHashSet<String>();
        for (String type : request.eventTypes()) {
            String trimmed = type.strip();
            if (!codec.knownTypes().contains(trimmed) || WebhookEvents.FAMILIES.stream().noneMatch(trimmed::startsWith)) {
                violations.add(new Problem.Violation("eventTypes", "not a ticket, routing or SLA event type: " + trimmed));
            }
            types.add(trimmed);
        }
        try {
            URI url = URI.create(request.url());
            if (url.getHost() == null) {
                violations.add(new Problem.Violation("url", "must name a host"));
            } else {
                receivers.refusal(url).ifPresent(refusal -> violations.add(new Problem.Violation("url", refusal)));
            }
        } catch (IllegalArgumentException malformed) {
            violations.add(new Problem.Violation("url", "is not a URL: " + malformed.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid("The subscription is not valid", violations));
        }
        subscription.url = request.url();
        subscription.eventTypes = String.join(",", types);
        subscription.team = request.team();
        subscription.priority = request.priority();
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
