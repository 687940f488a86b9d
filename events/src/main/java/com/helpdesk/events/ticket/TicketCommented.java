package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A comment was added to the conversation.
 *
 * @param attachmentRefs references to attachments kept in object storage; events never carry the files
 */
@EventType("helpdesk.ticket.commented.v1")
public record TicketCommented(
        UUID commentId,
        String authorId,
        AuthorRole authorRole,
        Visibility visibility,
        String body,
        List<String> attachmentRefs) implements TicketEvent {

    public TicketCommented {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(body, "body");
        attachmentRefs = attachmentRefs == null ? List.of() : List.copyOf(attachmentRefs);
    }
}
