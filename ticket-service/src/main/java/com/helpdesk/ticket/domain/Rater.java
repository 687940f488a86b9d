package com.helpdesk.ticket.domain;

import com.helpdesk.events.ticket.Requester;

/**
 * Who rates a ticket. Only its requester may, and a requester is known either by account (signed in to the
 * portal) or only by address (a ticket opened by mail has no account behind it).
 */
public sealed interface Rater {

    boolean isRequesterOf(Requester requester);

    /** Signed in: the token's subject. */
    record Account(String userId) implements Rater {
        public boolean isRequesterOf(Requester requester) {
            return requester.userId() != null && requester.userId().equals(userId);
        }
    }

    /** Answered the signed, single-use survey link that was mailed to this address, and to it alone. */
    record SurveyRespondent(String email) implements Rater {
        public boolean isRequesterOf(Requester requester) {
            return requester.email() != null && requester.email().equalsIgnoreCase(email);
        }
    }
}
