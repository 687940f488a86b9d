package com.helpdesk.sla.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;

import com.helpdesk.platform.problem.ProblemException;
import com.helpdesk.sla.domain.BuiltInCalendars;
import com.helpdesk.sla.domain.BusinessCalendar;
import com.helpdesk.sla.domain.SlaPolicy;
import com.helpdesk.sla.store.RuleStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Calendars and policies as supervisors edit them: creating is version 1, every revision the next version.
 * Built-in ones are read-only; a stored catch-all policy takes over from the built-in default.
 */
@ApplicationScoped
public class RuleBook {

    private final RuleStore store;

    RuleBook(RuleStore store) {
        this.store = store;
    }

    public Uni<List<BusinessCalendar>> calendars() {
        return Panache.withSession(() -> store.calendars()
                .map(stored -> Stream.concat(BuiltInCalendars.ALL.stream(), stored.stream()).toList()));
    }

    public Uni<Optional<BusinessCalendar>> calendar(String id) {
        Optional<BusinessCalendar> builtIn = BuiltInCalendars.ALL.stream().filter(c -> c.id().equals(id)).findFirst();
        return builtIn.isPresent() ? Uni.createFrom().item(builtIn) : Panache.withSession(() -> store.calendar(id));
    }

    public Uni<BusinessCalendar> createCalendar(String id, IntFunction<BusinessCalendar> definition, String by) {
        if (BuiltInCalendars.isBuiltIn(id)) {
            return Uni.createFrom().failure(builtIn("Calendar " + id));
        }
        return Panache.withTransaction(() -> store.calendar(id).chain(existing -> {
            if (existing.isPresent()) {
                throw ProblemException.ruleViolated("calendar-exists", "Calendar " + id + " exists; PUT revises it");
            }
            BusinessCalendar created = definition.apply(1);
            return store.add(created, by).replaceWith(created);
        }));
    }

    public Uni<BusinessCalendar> reviseCalendar(String id, IntFunction<BusinessCalendar> definition, String by) {
        if (BuiltInCalendars.isBuiltIn(id)) {
            return Uni.createFrom().failure(builtIn("Calendar " + id));
        }
        return Panache.withTransaction(() -> store.calendar(id).chain(existing -> {
            BusinessCalendar current = existing.orElseThrow(() -> ProblemException.notFound("Calendar " + id));
            BusinessCalendar revised = definition.apply(current.version() + 1);
            return store.add(revised, by).replaceWith(revised);
        }));
    }

    public Uni<List<SlaPolicy>> policies() {
        return Panache.withSession(() -> store.policies()
                .map(stored -> Stream.concat(Stream.of(SlaPolicy.DEFAULT), stored.stream()).toList()));
    }

    public Uni<Optional<SlaPolicy>> policy(UUID id) {
        return SlaPolicy.DEFAULT.id().equals(id) ? Uni.createFrom().item(Optional.of(SlaPolicy.DEFAULT))
                : Panache.withSession(() -> store.policy(id));
    }

    public Uni<List<SlaPolicy>> policyVersions(UUID id) {
        return SlaPolicy.DEFAULT.id().equals(id) ? Uni.createFrom().item(List.of(SlaPolicy.DEFAULT))
                : Panache.withSession(() -> store.policyVersions(id));
    }

    /** Joins the caller's transaction (an idempotent request's), or starts one. */
    public Uni<SlaPolicy> createPolicy(SlaPolicy policy, String by) {
        return Panache.withTransaction(() -> requireCalendar(policy.calendarId())
                .chain(() -> store.add(policy, by)).replaceWith(policy));
    }

    public Uni<SlaPolicy> revisePolicy(UUID id, IntFunction<SlaPolicy> definition, String by) {
        if (SlaPolicy.DEFAULT.id().equals(id)) {
            return Uni.createFrom().failure(builtIn("The default policy"));
        }
        return Panache.withTransaction(() -> store.policy(id).chain(existing -> {
            SlaPolicy current = existing.orElseThrow(() -> ProblemException.notFound("Policy " + id));
            SlaPolicy revised = definition.apply(current.version() + 1);
            return requireCalendar(revised.calendarId()).chain(() -> store.add(revised, by)).replaceWith(revised);
        }));
    }

    private Uni<Void> requireCalendar(String id) {
        Uni<Boolean> exists = BuiltInCalendars.isBuiltIn(id) ? Uni.createFrom().item(true)
                : store.calendar(id).map(Optional::isPresent);
        return exists.invoke(found -> {
            if (!found) {
                throw new ProblemException(Status.BAD_REQUEST, "unknown-calendar", "No calendar " + id);
            }
        }).replaceWithVoid();
    }

    private static ProblemException builtIn(String what) {
        return ProblemException.ruleViolated("built-in", what + " is built in and cannot be changed; add your own instead");
    }
}
