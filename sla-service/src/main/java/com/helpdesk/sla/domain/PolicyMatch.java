package com.helpdesk.sla.domain;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;

/**
 * Which tickets a policy is for; an absent criterion matches anything. A category prefix matches the category
 * itself and everything below it: {@code it} matches {@code it.access}, not {@code itsm}.
 *
 * @param entitlementExpired when set, matches only tickets whose requester's entitlement has (or has not) ended
 */
public record PolicyMatch(Priority priority, CustomerTier tier, String categoryPrefix, Channel channel, String team,
        Boolean entitlementExpired) {

    public static final PolicyMatch ANY = new PolicyMatch(null, null, null, null, null, null);

    public boolean matches(TicketProfile ticket) {
        return (priority == null || priority == ticket.priority())
                && (tier == null || tier == ticket.tier())
                && (categoryPrefix == null || inCategory(ticket.category()))
                && (channel == null || channel == ticket.channel())
                && (team == null || team.equals(ticket.team()))
                && (entitlementExpired == null || entitlementExpired == ticket.entitlementExpired());
    }

    /**
     * How specific the match is: more criteria win, then a deeper category prefix; the policy with the higher
     * value is chosen.
     */
    public int specificity() {
        int criteria = count(priority) + count(tier) + count(categoryPrefix) + count(channel) + count(team)
                + count(entitlementExpired);
        int depth = categoryPrefix == null ? 0 : categoryPrefix.split("\\.").length;
        return criteria * 100 + depth;
    }

    private boolean inCategory(String category) {
        return category != null && (category.equals(categoryPrefix) || category.startsWith(categoryPrefix + "."));
    }

    private static int count(Object criterion) {
        return criterion == null ? 0 : 1;
    }
}
