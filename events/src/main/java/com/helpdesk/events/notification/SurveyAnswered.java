package com.helpdesk.events.notification;

import java.util.Objects;

import com.helpdesk.events.EventType;

/**
 * The requester answered the satisfaction survey linked from the resolution mail. The link's signed,
 * single-use token proves who answered; ticket-service records it as the requester's rating. The envelope's
 * subject is the ticket id.
 *
 * @param score      1 (very unhappy) to 5 (very happy)
 * @param respondent the requester's e-mail address the survey was sent to
 */
@EventType("helpdesk.notification.survey-answered.v1")
public record SurveyAnswered(int score, String comment, String respondent) implements NotificationEvent {

    public SurveyAnswered {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5: " + score);
        }
        Objects.requireNonNull(respondent, "respondent");
    }
}
