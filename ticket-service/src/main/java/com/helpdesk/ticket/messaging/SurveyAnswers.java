package com.helpdesk.ticket.messaging;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.domain.TicketRuleViolation;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * The requester's answer to the satisfaction survey becomes their rating of the ticket. notification-service
 * vouches for the respondent (the survey link was signed and sent to the requester alone), so the rating is
 * made in the requester's name.
 */
@ApplicationScoped
public class SurveyAnswers {

    private static final Logger LOG = Logger.getLogger(SurveyAnswers.class);

    private final Tickets tickets;

    SurveyAnswers(Tickets tickets) {
        this.tickets = tickets;
    }

    Uni<Void> answered(EventEnvelope<?> event, SurveyAnswered answer) {
        UUID id = UUID.fromString(event.subject());
        return tickets.current(id).chain(ticket -> {
            String requester = ticket.exists() ? ticket.requester().userId() : null;
            if (requester == null) {
                // the domain lets only a requester with an account rate; the answer stays in notification's survey
                LOG.warnf("Survey answer for ticket %s not recorded as a rating: its requester has no user id", id);
                return Uni.createFrom().voidItem();
            }
            return tickets.handle(id, new TicketCommand.Rate(requester, answer.score(), answer.comment()),
                            OptionalLong.empty(), Causation.reactingTo(event, event.actor()))
                    .replaceWithVoid()
                    // rated already (e.g. in the portal) or reopened meanwhile: the rule stands, the answer is not retried
                    .onFailure(TicketRuleViolation.class).recoverWithUni(refused -> {
                        LOG.infof("Survey answer for ticket %s not recorded as a rating: %s", id, refused.getMessage());
                        return Uni.createFrom().voidItem();
                    });
        });
    }
}
