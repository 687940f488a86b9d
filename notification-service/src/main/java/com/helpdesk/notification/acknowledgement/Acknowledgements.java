package com.helpdesk.notification.acknowledgement;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.notification.delivery.DeliverySource;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.domain.ArticleLink;
import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailDates;
import com.helpdesk.notification.domain.MailText;
import com.helpdesk.notification.domain.MessageIds;
import com.helpdesk.notification.templates.AcknowledgementMail;
import com.helpdesk.notification.templates.MailTemplates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The acknowledgement of a new ticket. Its parts arrive on three topics in any order: the ticket
 * ({@code TicketCreated}), its first-response deadline ({@code SlaDeadlinesSet}) and suggested articles
 * ({@code ArticlesSuggested}, which knowledge-service sends for every ticket, empty when nothing fits); each is
 * merged into one row per ticket. The acknowledgement becomes due the moment all three are known, or at its
 * send-by time (ticket consumed + {@link NotificationConfig#acknowledgementWait()}) with whatever is known
 * then — never later.
 */
@ApplicationScoped
public class Acknowledgements implements DeliverySource {

    /** Enough to recognise the request; the full text is in the ticket. */
    static final int SUMMARY_CHARS = 300;

    private static final String TICKET = """
            insert into acknowledgement (ticket_id, ticket_event_id, correlation_id, stream_version, ticket_number,
                                         subject, summary, recipient, recipient_name, language, send_by, scheduled_at)
            values (:ticket, :event, :correlation, :version, :number, :subject, :summary, :recipient, :name, :language,
                    now() + make_interval(secs => :wait), case when cast(:recipient as text) is null then now() end)
            on conflict (ticket_id) do update set
                ticket_event_id = excluded.ticket_event_id, correlation_id = excluded.correlation_id,
                stream_version = excluded.stream_version, ticket_number = excluded.ticket_number,
                subject = excluded.subject, summary = excluded.summary, recipient = excluded.recipient,
                recipient_name = excluded.recipient_name, language = excluded.language, send_by = excluded.send_by,
                scheduled_at = excluded.scheduled_at
            where acknowledgement.ticket_event_id is null""";
    private static final String DEADLINE = """
            insert into acknowledgement (ticket_id, sla_known, first_response_due) values (:ticket, true, :due)
            on conflict (ticket_id) do update set sla_known = true, first_response_due = excluded.first_response_due""";
    private static final String ARTICLES = """
            insert into acknowledgement (ticket_id, articles, articles_known) values (:ticket, :articles, true)
            on conflict (ticket_id) do update set articles = excluded.articles, articles_known = true""";
    private static final String DUE = """
            select * from acknowledgement
            where ticket_event_id is not null and scheduled_at is null
              and (sla_known and articles_known or send_by <= now())
            order by send_by
            limit :limit
            for update skip locked""";
    private static final String NEXT_DUE = """
            select cast(extract(epoch from min(send_by) - now()) as double precision) from acknowledgement
            where ticket_event_id is not null and scheduled_at is null""";

    private static final TypeReference<List<ArticleLink>> ARTICLE_LINKS = new TypeReference<>() {
    };

    private final Deliveries deliveries;
    private final MailTemplates templates;
    private final NotificationConfig config;
    private final ObjectMapper json;

    Acknowledgements(Deliveries deliveries, MailTemplates templates, NotificationConfig config, ObjectMapper json) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.config = config;
        this.json = json;
    }

    /** A ticket was filed: its acknowledgement starts waiting (unless the requester left no e-mail address). */
    public Uni<Void> ticketCreated(EventEnvelope<?> event, TicketCreated ticket) {
        var requester = ticket.requester();
        String email = requester.email() == null || requester.email().isBlank() ? null : requester.email().strip();
        return execute(TICKET, query -> query
                .setParameter("ticket", UUID.fromString(event.subject()))
                .setParameter("event", event.id())
                .setParameter("correlation", event.correlationId())
                .setParameter("version", event.streamVersion())
                .setParameter("number", ticket.number())
                .setParameter("subject", MailText.singleLine(ticket.subject()))
                .setParameter("summary", MailText.summary(ticket.description(), SUMMARY_CHARS))
                .setParameter("recipient", email)
                .setParameter("name", requester.name() == null ? null : MailText.singleLine(requester.name()))
                .setParameter("language", Language.preferred(requester.language(), ticket.language()).tag())
                .setParameter("wait", config.acknowledgementWait().toMillis() / 1000.0));
    }

    /** The SLA deadlines of a ticket; the first-response one is what the acknowledgement promises. */
    public Uni<Void> deadlinesSet(UUID ticketId, Instant firstResponseDue) {
        return execute(DEADLINE, query -> query
                .setParameter("ticket", ticketId)
                .setParameter("due", firstResponseDue == null ? null : OffsetDateTime.ofInstant(firstResponseDue, ZoneOffset.UTC)));
    }

    /** Articles that may answer the ticket; the latest suggestion replaces an earlier one. */
    public Uni<Void> articlesSuggested(UUID ticketId, ArticlesSuggested suggested) {
        URI base = config.knowledgeBaseUrl();
        List<ArticleLink> links = suggested.articles().stream()
                .flatMap(article -> ArticleLink.of(article.title(), article.url(), base).stream())
                .toList();
        return execute(ARTICLES, query -> query.setParameter("ticket", ticketId).setParameter("articles", toJson(links)));
    }

    /**
     * The requester of a ticket, for later mails about it: the acknowledgement row is where we keep what
     * {@code TicketCreated} said. Empty until the ticket was consumed, or when the requester left no address.
     */
    public Uni<Optional<TicketContact>> contactOf(UUID ticketId) {
        return PendingAcknowledgement.<PendingAcknowledgement>findById(ticketId)
                .map(row -> Optional.ofNullable(row)
                        .filter(known -> known.ticketEventId != null && known.recipient != null)
                        .map(known -> new TicketContact(known.ticketNumber, known.subject, known.recipient,
                                known.recipientName, Language.preferred(known.language))));
    }

    @Override
    public Uni<Integer> prepareDue(int limit) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(DUE, PendingAcknowledgement.class)
                        .setParameter("limit", limit)
                        .getResultList())
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::schedule)
                        .collect().last()
                        .replaceWith(due.size())));
    }

    @Override
    public Uni<Optional<Duration>> untilNextDue() {
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_DUE, Double.class).getSingleResultOrNull())
                .map(DeliverySource::wait));
    }

    private Uni<Void> schedule(PendingAcknowledgement pending) {
        Language language = Language.preferred(pending.language);
        String due = pending.firstResponseDue == null ? null
                : MailDates.format(pending.firstResponseDue, config.timeZone(), language);
        var mail = new AcknowledgementMail(pending.ticketNumber, pending.recipientName, pending.subject,
                pending.summary, due, fromJson(pending.articles));
        var cause = new NewDelivery.Cause(pending.ticketEventId, pending.correlationId, pending.ticketId,
                pending.streamVersion);
        var delivery = new NewDelivery(cause, pending.recipient, AcknowledgementMail.TEMPLATE,
                templates.render(AcknowledgementMail.TEMPLATE, language, mail),
                MessageIds.thread(pending.ticketId, config.messageIdDomain()), null);
        pending.scheduledAt = Instant.now();
        return deliveries.record(delivery).replaceWithVoid();
    }

    private static Uni<Void> execute(String sql, UnaryOperator<Mutiny.Query<Object>> parameters) {
        return Panache.getSession()
                .chain(session -> parameters.apply(session.createNativeQuery(sql)).executeUpdate())
                .replaceWithVoid();
    }

    private String toJson(List<ArticleLink> links) {
        try {
            return json.writeValueAsString(links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article links are plain strings and always serialise", e);
        }
    }

    private List<ArticleLink> fromJson(String links) {
        try {
            return json.readValue(links, ARTICLE_LINKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article links are only ever written by toJson", e);
        }
    }
}
