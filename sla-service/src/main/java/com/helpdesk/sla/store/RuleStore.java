package com.helpdesk.sla.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.sla.domain.BusinessCalendar;
import com.helpdesk.sla.domain.SlaPolicy;
import com.helpdesk.sla.domain.SlaRules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Versioned policies and calendars. Writing never updates a row: a change is the next version, so every
 * clock and timeline entry can still name the exact rules it was computed with.
 */
@ApplicationScoped
public class RuleStore {

    private static final String CURRENT_POLICIES = """
            select distinct on (id) definition::text from sla_policy order by id, version desc""";
    private static final String CURRENT_CALENDARS = """
            select distinct on (id) definition::text from sla_calendar order by id, version desc""";
    private static final String POLICY_VERSIONS = """
            select definition::text from sla_policy where id = :id order by version""";
    private static final String CALENDAR_VERSIONS = """
            select definition::text from sla_calendar where id = :id order by version""";
    private static final String INSERT_POLICY = """
            insert into sla_policy (id, version, definition, created_by)
            values (:id, :version, cast(cast(:definition as text) as jsonb), :createdBy)""";
    private static final String INSERT_CALENDAR = """
            insert into sla_calendar (id, version, definition, created_by)
            values (:id, :version, cast(cast(:definition as text) as jsonb), :createdBy)""";

    private final StoredJson json;

    RuleStore(StoredJson json) {
        this.json = json;
    }

    /** The latest version of every policy and calendar, built-ins included. */
    public Uni<SlaRules> current() {
        return policies().chain(policies -> calendars().map(calendars -> SlaRules.of(policies, calendars)));
    }

    /** Stored policies at their latest version; the built-in default is not among them. */
    public Uni<List<SlaPolicy>> policies() {
        return list(CURRENT_POLICIES, null, SlaPolicy.class);
    }

    /** Stored calendars at their latest version; the built-in ones are not among them. */
    public Uni<List<BusinessCalendar>> calendars() {
        return list(CURRENT_CALENDARS, null, BusinessCalendar.class);
    }

    public Uni<List<SlaPolicy>> policyVersions(UUID id) {
        return list(POLICY_VERSIONS, id, SlaPolicy.class);
    }

    public Uni<List<BusinessCalendar>> calendarVersions(String id) {
        return list(CALENDAR_VERSIONS, id, BusinessCalendar.class);
    }

    public Uni<Optional<SlaPolicy>> policy(UUID id) {
        return policyVersions(id).map(versions -> versions.stream().reduce((older, newer) -> newer));
    }

    public Uni<Optional<BusinessCalendar>> calendar(String id) {
        return calendarVersions(id).map(versions -> versions.stream().reduce((older, newer) -> newer));
    }

    /** Stores a new version; two concurrent writers of the same version collide on the primary key. */
    public Uni<Void> add(SlaPolicy policy, String createdBy) {
        return insert(INSERT_POLICY, policy.id(), policy.version(), policy, createdBy);
    }

    public Uni<Void> add(BusinessCalendar calendar, String createdBy) {
        return insert(INSERT_CALENDAR, calendar.id(), calendar.version(), calendar, createdBy);
    }

    private Uni<Void> insert(String statement, Object id, int version, Object definition, String createdBy) {
        return Panache.getSession().chain(session -> session.createNativeQuery(statement)
                .setParameter("id", id)
                .setParameter("version", version)
                .setParameter("definition", json.write(definition))
                .setParameter("createdBy", createdBy)
                .executeUpdate())
                .replaceWithVoid();
    }

    private <T> Uni<List<T>> list(String query, Object id, Class<T> type) {
        return Panache.getSession().chain(session -> {
            var native_ = session.createNativeQuery(query, String.class);
            if (id != null) {
                native_.setParameter("id", id);
            }
            return native_.getResultList();
        }).map(rows -> rows.stream().map(row -> json.read(row, type)).toList());
    }

}
