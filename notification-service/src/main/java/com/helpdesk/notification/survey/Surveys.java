package com.helpdesk.notification.survey;

import java.net.URI;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.notification.acknowledgement.TicketContact;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The CSAT survey: offered with the resolution mail, answered once through its signed link, and reported to
 * ticket-service as {@link SurveyAnswered} (through the outbox, in the transaction that spends the link).
 */
@ApplicationScoped
public class Surveys {

    private static final String ACTOR = "service:notification-service";
    private static final String OFFER = """
            insert into survey (id, ticket_id, correlation_id, stream_version, ticket_number, respondent, language)
            values (:id, :ticket, :correlation, :version, :number, :respondent, :language)
            on conflict (id) do nothing""";
    private static final String ANSWER = """
            update survey set answered_at = now(), score = :score, comment = :comment
            where id = :id and answered_at is null""";

    private final Outbox outbox;
    private final URI source;
    private final NotificationConfig.Survey config;

    Surveys(Outbox outbox, OutboxConfig outboxConfig, NotificationConfig config) {
        this.outbox = outbox;
        this.source = URI.create(outboxConfig.source());
        this.config = config.survey();
    }

    /** Offers the survey of a resolution (in the caller's transaction) and answers the link to it. */
    public Uni<String> offer(EventEnvelope<?> resolved, TicketContact requester) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OFFER)
                        .setParameter("id", resolved.id())
                        .setParameter("ticket", UUID.fromString(resolved.subject()))
                        .setParameter("correlation", resolved.correlationId())
                        .setParameter("version", resolved.streamVersion())
                        .setParameter("number", requester.number())
                        .setParameter("respondent", requester.email())
                        .setParameter("language", requester.language().tag())
                        .executeUpdate())
                .replaceWith(link(resolved.id()));
    }

    String link(UUID survey) {
        String base = config.publicBaseUrl().toString().replaceAll("/+$", "");
        return base + "/survey/" + SurveyToken.of(survey, config.secret());
    }

    /** The survey a link names; 404 if we did not sign it or it no longer exists, 410 once answered. */
    public Uni<Survey> open(String token) {
        return Panache.withSession(() -> find(token)).invoke(survey -> {
            if (survey.answeredAt != null) {
                throw new ProblemException(Response.Status.GONE, "survey-answered", "This survey has already been answered");
            }
        });
    }

    /** Records the answer and tells ticket-service; 409 if the link was already used. */
    public Uni<Survey> answer(String token, int score, String comment) {
        return Panache.withTransaction(() -> find(token).chain(survey -> Panache.getSession()
                .chain(session -> session.createNativeQuery(ANSWER)
                        .setParameter("id", survey.id).setParameter("score", score).setParameter("comment", comment)
                        .executeUpdate())
                .chain(answered -> {
                    if (answered == 0) {
                        return Uni.createFrom().failure(ProblemException.ruleViolated("survey-answered",
                                "This survey has already been answered"));
                    }
                    var causation = new Causation(ACTOR, survey.correlationId, survey.id);
                    return outbox.enqueue(EventEnvelope.of(source, survey.ticketId.toString(), survey.streamVersion,
                            causation, new SurveyAnswered(score, comment, survey.respondent))).replaceWith(survey);
                })));
    }

    private Uni<Survey> find(String token) {
        return SurveyToken.verify(token, config.secret())
                .map(id -> Survey.<Survey>findById(id))
                .orElseGet(() -> Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Survey"));
    }
}
