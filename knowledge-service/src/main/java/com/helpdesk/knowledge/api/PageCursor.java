package com.helpdesk.knowledge.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import com.helpdesk.knowledge.store.ArticleListing.Position;
import com.helpdesk.platform.problem.ProblemException;

/** Opaque page cursors: clients pass back what they were given and never build one. */
final class PageCursor {

    private PageCursor() {
    }

    static String encode(Position position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position.updatedAt() + "|" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code null} for the first page. */
    static Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-cursor", "'after' is not a cursor this API gave out");
        }
    }
}
