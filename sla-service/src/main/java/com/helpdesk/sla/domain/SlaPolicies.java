package com.helpdesk.sla.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The policies in force (the latest version of each) and the rule that picks one for a ticket: the most
 * specific match wins; among equally specific ones the stored policy beats the built-in default and then the
 * lowest id, so the choice never depends on storage order.
 */
public record SlaPolicies(List<SlaPolicy> current) {

    private static final Comparator<SlaPolicy> PREFERENCE = Comparator
            .comparingInt((SlaPolicy policy) -> policy.match().specificity()).reversed()
            .thenComparing(policy -> policy.id().equals(SlaPolicy.DEFAULT.id()))
            .thenComparing(SlaPolicy::id);

    public SlaPolicies {
        current = List.copyOf(current);
    }

    public SlaPolicy select(TicketProfile ticket) {
        return current.stream()
                .filter(policy -> policy.match().matches(ticket))
                .min(PREFERENCE)
                .orElse(SlaPolicy.DEFAULT);
    }
}
