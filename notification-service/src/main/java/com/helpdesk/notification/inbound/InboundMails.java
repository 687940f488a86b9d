package com.helpdesk.notification.inbound;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.AutomaticMail;
import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailText;
import com.helpdesk.notification.domain.TicketReference;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Decides what an incoming mail is: nothing (automatic mail, or a Message-ID already received), a public
 * comment on the ticket it names — only when the sender is that ticket's requester or one of the people the
 * mail that opened it was copied to — or a new ticket. Never a comment on someone else's ticket: a stranger
 * who replies to a forwarded mail opens a ticket of their own. The decision is published as
 * {@link EmailReceived} through the outbox, in the transaction that records the mail; ticket-service makes it
 * a comment or a ticket.
 */
@ApplicationScoped
public class InboundMails {

    static final String ACTOR = "service:notification-service";
    /** ticket-service's limits for a ticket's subject and description. */
    private static final int SUBJECT_CHARS = 200;
    private static final int TEXT_CHARS = 65_536;
    private static final Pattern TICKET_NUMBERS = Pattern.compile("\\s*\\[HD-\\d{4}-\\d{6,}]\\s*");

    private static final String KNOWN = "select ticket_id from inbound_mail where message_id = :id";
    private static final String RECORD = """
            insert into inbound_mail (message_id, ticket_id, reply, from_address, outcome)
            values (:id, :ticket, :reply, :from, :outcome) on conflict (message_id) do nothing""";
    private static final String BY_NUMBER = """
            select ticket_id from acknowledgement where ticket_number = :number and ticket_event_id is not null""";
    private static final String BY_MESSAGE_ID = "select ticket_id from delivery where message_id = :id limit 1";
    private static final String MAY_ADD = """
            select exists(select 1 from acknowledgement where ticket_id = :ticket and lower(recipient) = :from)
                or exists(select 1 from ticket_participant where ticket_id = :ticket and email = :from)""";
    private static final String PARTICIPANT = """
            insert into ticket_participant (ticket_id, email) values (:ticket, :email) on conflict do nothing""";

    private final Outbox outbox;
    private final URI source;
    private final String messageIdDomain;
    private final String ourAddress;

    InboundMails(Outbox outbox, OutboxConfig outboxConfig, NotificationConfig config,
            @ConfigProperty(name = "quarkus.mailer.from") String ourAddress) {
        this.outbox = outbox;
        this.source = URI.create(outboxConfig.source());
        this.messageIdDomain = config.messageIdDomain();
        this.ourAddress = ourAddress;
    }

    /** Takes a signed, well-formed mail (see {@link InboundEmailResource}) and answers what became of it. */
    public Uni<InboundOutcome> receive(InboundMail mail) {
        String from = mail.from().email().strip().toLowerCase(Locale.ROOT);
        Optional<String> automatic = AutomaticMail.reason(mail.headers(), from, mail.messageId(), messageIdDomain, ourAddress);
        if (automatic.isPresent()) {
            return Uni.createFrom().item(InboundOutcome.ignored(automatic.get()));
        }
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> single(session, KNOWN, "id", mail.messageId())
                .chain(known -> known.isPresent()
                        ? Uni.createFrom().item(InboundOutcome.duplicate(known.get()))
                        : namedTicket(session, mail)
                                .chain(named -> named.isEmpty() ? Uni.createFrom().item(Optional.<UUID>empty())
                                        : mayAdd(session, named.get(), from).map(allowed -> allowed ? named : Optional.<UUID>empty()))
                                .chain(commentOn -> accept(session, mail, from, commentOn)))));
    }

    private Uni<InboundOutcome> accept(Mutiny.Session session, InboundMail mail, String from, Optional<UUID> commentOn) {
        boolean reply = commentOn.isPresent();
        UUID ticket = commentOn.orElseGet(UUID::randomUUID);
        String outcome = reply ? InboundOutcome.COMMENTED : InboundOutcome.OPENED;
        return session.createNativeQuery(RECORD)
                .setParameter("id", mail.messageId()).setParameter("ticket", ticket).setParameter("reply", reply)
                .setParameter("from", from).setParameter("outcome", outcome)
                .executeUpdate()
                .chain(recorded -> {
                    if (recorded == 0) {
                        // the same mail, posted twice at once: the other request recorded it
                        return single(session, KNOWN, "id", mail.messageId()).map(known -> InboundOutcome.duplicate(known.orElse(null)));
                    }
                    return (reply ? Uni.createFrom().voidItem() : participants(session, ticket, from, mail))
                            .chain(() -> outbox.enqueue(EventEnvelope.of(source, ticket.toString(), 0,
                                    Causation.startedBy(ACTOR), received(mail, from, ticket, reply))))
                            .replaceWith(new InboundOutcome(outcome, ticket, null));
                });
    }

    private EmailReceived received(InboundMail mail, String from, UUID ticket, boolean reply) {
        String text = mail.text() != null && !mail.text().isBlank() ? mail.text() : MailText.fromHtml(mail.html());
        String subject = MailText.singleLine(mail.subject());
        if (!reply) {
            // a new ticket gets its own number; another ticket's number in its subject would only mislead replies
            subject = MailText.singleLine(TICKET_NUMBERS.matcher(subject).replaceAll(" "));
        }
        if (subject.isBlank()) {
            subject = "(no subject)";
        }
        String name = mail.from().name() == null || mail.from().name().isBlank() ? null : MailText.singleLine(mail.from().name());
        return new EmailReceived(ticket, reply, mail.messageId(), from, name, copied(mail, from), cut(subject, SUBJECT_CHARS),
                MailText.body(text, TEXT_CHARS),
                Language.writtenIn(Objects.toString(mail.subject(), "") + " " + text).map(Language::tag).orElse(null));
    }

    /** The ticket the mail names: by our Message-IDs it replies to (most reliable), else by the number in its subject. */
    private Uni<Optional<UUID>> namedTicket(Mutiny.Session session, InboundMail mail) {
        List<String> ids = TicketReference.messageIds(mail.inReplyTo(), mail.references());
        for (String id : ids) {
            Optional<UUID> thread = TicketReference.threadTicket(id, messageIdDomain);
            if (thread.isPresent()) {
                return Uni.createFrom().item(thread);
            }
        }
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> single(session, BY_MESSAGE_ID, "id", id))
                .filter(Optional::isPresent)
                .collect().first()
                .chain(byHeader -> byHeader != null ? Uni.createFrom().item(byHeader)
                        : TicketReference.number(mail.subject())
                                .map(number -> single(session, BY_NUMBER, "number", number))
                                .orElseGet(() -> Uni.createFrom().item(Optional.empty())));
    }

    private static Uni<Boolean> mayAdd(Mutiny.Session session, UUID ticket, String from) {
        return session.createNativeQuery(MAY_ADD, Boolean.class)
                .setParameter("ticket", ticket).setParameter("from", from)
                .getSingleResult();
    }

    /** The sender and the CCs of the mail that opened a ticket may add to it by mail later. */
    private Uni<Void> participants(Mutiny.Session session, UUID ticket, String from, InboundMail mail) {
        Set<String> people = new LinkedHashSet<>();
        people.add(from);
        people.addAll(copied(mail, from));
        return Multi.createFrom().iterable(people)
                .onItem().transformToUniAndConcatenate(email -> session.createNativeQuery(PARTICIPANT)
                        .setParameter("ticket", ticket).setParameter("email", email).executeUpdate())
                .collect().last().replaceWithVoid();
    }

    /** The CC addresses, lower-case, without the sender, our own address, or duplicates. */
    private List<String> copied(InboundMail mail, String from) {
        Set<String> cc = new LinkedHashSet<>();
        for (InboundMail.Address address : mail.cc()) {
            if (address != null && address.email() != null) {
                String email = address.email().strip().toLowerCase(Locale.ROOT);
                if (!email.isEmpty() && !email.equals(from) && !email.equalsIgnoreCase(ourAddress)) {
                    cc.add(email);
                }
            }
        }
        return new ArrayList<>(cc);
    }

    private static Uni<Optional<UUID>> single(Mutiny.Session session, String sql, String parameter, Object value) {
        return session.createNativeQuery(sql, UUID.class).setParameter(parameter, value).getResultList()
                .map(rows -> rows.stream().findFirst());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
