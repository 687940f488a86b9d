package com.helpdesk.sla.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The policies and calendars in force when a clock moves. */
public record SlaRules(SlaPolicies policies, Map<String, BusinessCalendar> calendars) {

    public static SlaRules of(List<SlaPolicy> policies, List<BusinessCalendar> calendars) {
        return new SlaRules(new SlaPolicies(policies), Stream.concat(BuiltInCalendars.ALL.stream(), calendars.stream())
                .collect(Collectors.toMap(BusinessCalendar::id, Function.identity(), (builtIn, stored) -> builtIn)));
    }

    public SlaPolicy policyFor(TicketProfile ticket) {
        return policies.select(ticket);
    }

    /** A calendar removed from the rules falls back to 24/7 rather than leave tickets without deadlines. */
    public BusinessCalendar calendar(String id) {
        return calendars.getOrDefault(id, BuiltInCalendars.ALWAYS);
    }
}
