package com.helpdesk.ticket.messaging;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.ticket.domain.Rater;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.domain.TicketRuleViolation;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * The requester's answer to the satisfaction survey becomes their rating of the ticket. notification-service
 * vouches for the respondent: the survey link was signed and mailed to the requester's address alone, so an
 * answer counts as the requester's even for a ticket opened by mail, whose requester has no account.
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
        return tickets.handle(id, new TicketCommand.Rate(new Rater.SurveyRespondent(answer.respondent()), answer.score(),
                        answer.comment()), OptionalLong.empty(), Causation.reactingTo(event, event.actor()))
                .replaceWithVoid()
                // rated already (e.g. in the portal), reopened meanwhile, not the requester's address, or a ticket
                // this store does not hold: retrying cannot change the answer
                .onFailure(refused -> refused instanceof TicketRuleViolation || refused instanceof ProblemException)
                .recoverWithUni(refused -> {
                    LOG.infof("Survey answer for ticket %s not recorded as a rating: %s", id, refused.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }
}
