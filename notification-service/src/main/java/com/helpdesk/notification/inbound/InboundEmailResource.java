package com.helpdesk.notification.inbound;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.EmailAddress;
import com.helpdesk.platform.problem.Problem;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.platform.request.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * The mail provider's inbound webhook. It carries no bearer token — the provider cannot get one — so every
 * post must be signed with the shared secret ({@link InboundSignature}); the body is checked for size and
 * signature before it is parsed at all.
 */
@Uncancellable
@Path("/api/v1/inbound/email")
@Tag(name = "Inbound e-mail")
public class InboundEmailResource {

    private static final int MESSAGE_ID_CHARS = 998;

    private final InboundMails mails;
    private final NotificationConfig.Inbound config;
    private final ObjectMapper json;

    InboundEmailResource(InboundMails mails, NotificationConfig config, ObjectMapper json) {
        this.mails = mails;
        this.config = config.inbound();
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A mail to the support address: opens a ticket, comments on one, or is ignored",
            description = "Signed by the provider: header `Helpdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 "
                    + "of \"<t>.<body>\" with the shared secret>`. Auto-replies, bounces and our own mails coming back "
                    + "are accepted and ignored, so the provider does not retry them.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InboundMail.class)))
    @APIResponse(responseCode = "202", description = "Taken: what became of it",
            content = @Content(schema = @Schema(implementation = InboundOutcome.class)))
    @APIResponse(responseCode = "400", description = "Not a mail we can read (malformed JSON, no sender or Message-ID)")
    @APIResponse(responseCode = "401", description = "Missing, stale or wrong signature")
    @APIResponse(responseCode = "413", description = "Larger than helpdesk.notification.inbound.max-bytes")
    public Uni<Response> receive(
            @Parameter(description = "t=<unix seconds>,v1=<hex HMAC-SHA256>") @HeaderParam(InboundSignature.HEADER) String signature,
            byte[] body) throws IOException {
        if (body.length > config.maxBytes()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "mail-too-large",
                    "The mail has " + body.length + " bytes; at most " + config.maxBytes() + " are taken");
        }
        if (!InboundSignature.verifies(signature, config.secret(), body, Instant.now(), config.tolerance())) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "bad-signature",
                    "The " + InboundSignature.HEADER + " header is missing, stale or does not match the body");
        }
        InboundMail mail = json.readValue(body, InboundMail.class);
        validate(mail);
        return mails.receive(mail).map(outcome -> Response.accepted(outcome).type(MediaType.APPLICATION_JSON).build());
    }

    private static void validate(InboundMail mail) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (mail == null) {
            throw new ProblemException(Problem.invalid("The body must be a mail object", List.of()));
        }
        if (mail.from() == null || !EmailAddress.isDeliverable(mail.from().email() == null ? null : mail.from().email().strip())) {
            violations.add(new Problem.Violation("from.email", "must be a plain e-mail address"));
        }
        String id = mail.messageId();
        if (id == null || id.length() > MESSAGE_ID_CHARS || !id.matches("<[^<>\\s]+@[^<>\\s]+>")) {
            violations.add(new Problem.Violation("messageId", "must be a Message-ID such as <abc.123@mail.example.com>"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid("The mail cannot be read", violations));
        }
    }
}
