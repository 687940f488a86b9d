package com.helpdesk.sla.domain;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;

/**
 * What a policy is chosen by. {@code entitlementExpired} is true when the requester's free support ended
 * before the ticket was filed; the ticket is still served, under the policy configured for that case.
 */
public record TicketProfile(Priority priority, CustomerTier tier, String category, Channel channel, String team,
        boolean entitlementExpired) {

    public TicketProfile withPriority(Priority changed) {
        return new TicketProfile(changed, tier, category, channel, team, entitlementExpired);
    }

    public TicketProfile withCategory(String changed) {
        return new TicketProfile(priority, tier, changed, channel, team, entitlementExpired);
    }

    public TicketProfile withTeam(String changed) {
        return new TicketProfile(priority, tier, category, channel, changed, entitlementExpired);
    }
}
