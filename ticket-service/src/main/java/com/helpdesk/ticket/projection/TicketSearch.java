package com.helpdesk.ticket.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.helpdesk.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Lists tickets from the read model with filters and keyset (cursor) paging. */
@ApplicationScoped
public class TicketSearch {

    private static final String COLUMNS = """
            id, number, subject, description, status, priority, category, channel, language, tags, requester_id,
            requester_email, filed_by, team, line, assignee_id, merged_into, rated, version, created_at, updated_at,
            first_response_due, resolution_due, sla_warning, sla_breached""";

    /**
     * @param onlyFor null for staff; otherwise the caller's id: they see tickets they asked or filed
     */
    public Uni<TicketPage> find(TicketFilter filter, String onlyFor, TicketSort sort, int limit, String cursor) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (onlyFor != null) {
            where.add("(requester_id = :me or filed_by = :me)");
            parameters.put("me", onlyFor);
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status in (:statuses)");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (!filter.priorities().isEmpty()) {
            where.add("priority in (:priorities)");
            parameters.put("priorities", List.copyOf(filter.priorities()));
        }
        equal(where, parameters, "team", filter.team());
        equal(where, parameters, "assignee_id", filter.assignee());
        equal(where, parameters, "requester_id", filter.requester());
        if (filter.category() != null) {
            where.add("(category = :category or category like :categoryPrefix)");
            parameters.put("category", filter.category());
            parameters.put("categoryPrefix", filter.category() + ".%");
        }
        if (filter.text() != null) {
            where.add("search @@ websearch_to_tsquery('simple', :text)");
            parameters.put("text", filter.text());
        }
        range(where, parameters, "created_at", ">=", "createdFrom", filter.createdFrom());
        range(where, parameters, "created_at", "<", "createdTo", filter.createdTo());
        range(where, parameters, "updated_at", ">=", "updatedFrom", filter.updatedFrom());
        range(where, parameters, "updated_at", "<", "updatedTo", filter.updatedTo());
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            where.add("(" + sort.column + ", id) " + (sort.descending ? "<" : ">") + " (:cursorAt, :cursorId)");
            parameters.put("cursorAt", OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC));
            parameters.put("cursorId", after.id());
        }
        String direction = sort.descending ? " desc" : " asc";
        String sql = "select " + COLUMNS + " from ticket_view join ticket_sla on ticket_sla.ticket_id = ticket_view.id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + sort.column + direction + ", id" + direction + " limit " + (limit + 1);
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, TicketView.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        })).map(rows -> page(rows, limit, sort));
    }

    private static TicketPage page(List<TicketView> rows, int limit, TicketSort sort) {
        if (rows.size() <= limit) {
            return new TicketPage(rows, null);
        }
        List<TicketView> page = rows.subList(0, limit);
        TicketView last = page.get(limit - 1);
        Instant at = sort.column.equals("created_at") ? last.createdAt : last.updatedAt;
        return new TicketPage(List.copyOf(page), new Cursor(at, last.id).encode());
    }

    private static void equal(List<String> where, Map<String, Object> parameters, String column, String value) {
        if (value != null) {
            String name = column.replace("_", "");
            where.add(column + " = :" + name);
            parameters.put(name, value);
        }
    }

    private static void range(List<String> where, Map<String, Object> parameters, String column, String operator,
            String name, Instant value) {
        if (value != null) {
            where.add(column + " " + operator + " :" + name);
            parameters.put(name, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /** Where the previous page ended: opaque to callers. */
    record Cursor(Instant at, UUID id) {

        String encode() {
            String plain = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-cursor",
                        "The cursor is not one this API handed out");
            }
        }
    }
}
