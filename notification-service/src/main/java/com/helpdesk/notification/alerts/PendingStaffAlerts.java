package com.helpdesk.notification.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.notification.delivery.DeliverySource;
import com.helpdesk.notification.delivery.Detached;
import com.helpdesk.notification.delivery.Dispatch;
import com.helpdesk.notification.domain.RetryPolicy;
import com.helpdesk.notification.projection.TicketFactsProjection;
import com.helpdesk.notification.staff.StaffDirectory;
import com.helpdesk.notification.staff.StaffMember;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Turns recorded staff alerts into ordinary deliveries, one per address the {@link StaffDirectory} names, each in
 * its recipient's language. The sender's pass claims due alerts (a lease, like the deliveries') and this prepares
 * them detached from the pass: a Keycloak that is slow or gone holds up neither the pass nor the requesters'
 * acknowledgements waiting in it. An alert the directory cannot answer for waits for its next attempt with the
 * deliveries' back-off; after the last it fails with {@code NotificationFailed}. An SLA alert whose ticket had not
 * been seen yet (the SLA topic ran ahead) waits for the ticket, at most {@code staff.ticket-wait}.
 */
@ApplicationScoped
public class PendingStaffAlerts implements DeliverySource {

    private static final Logger LOG = Logger.getLogger(PendingStaffAlerts.class);

    private static final String CLAIM = """
            update staff_alert set claim_token = :token, claimed_until = now() + make_interval(secs => :lease),
                                   attempts = attempts + 1
            where cause_event_id in (select a.cause_event_id from staff_alert a
                                     where a.prepared_at is null and a.failed_at is null and a.next_attempt_at <= now()
                                       and (a.claimed_until is null or a.claimed_until < now())
                                       and (a.ticket_known or a.created_at <= now() - make_interval(secs => :ticketWait)
                                            or exists (select 1 from ticket_facts f where f.ticket_id = a.ticket_id))
                                     order by a.next_attempt_at
                                     limit :limit
                                     for update of a skip locked)""";
    private static final String PREPARED = """
            update staff_alert set prepared_at = now(), claim_token = null, claimed_until = null, last_error = null
            where cause_event_id = :id and claim_token = :token""";
    private static final String RETRY = """
            update staff_alert set next_attempt_at = now() + make_interval(secs => :wait), claim_token = null,
                                   claimed_until = null, last_error = :error
            where cause_event_id = :id and claim_token = :token""";
    private static final String FAILED = """
            update staff_alert set failed_at = now(), claim_token = null, claimed_until = null, last_error = :error
            where cause_event_id = :id and claim_token = :token""";
    private static final String NEXT_DUE = """
            select cast(extract(epoch from min(greatest(a.next_attempt_at, coalesce(a.claimed_until, a.next_attempt_at),
                            case when a.ticket_known or f.ticket_id is not null then a.next_attempt_at
                                 else a.created_at + make_interval(secs => :ticketWait) end)) - now())
                        as double precision)
            from staff_alert a left join ticket_facts f on f.ticket_id = a.ticket_id
            where a.prepared_at is null and a.failed_at is null""";

    private final StaffDirectory directory;
    private final TicketFactsProjection tickets;
    private final StaffMails mails;
    private final Deliveries deliveries;
    private final Dispatch dispatch;
    private final Vertx vertx;
    private final NotificationConfig config;
    private final RetryPolicy retry;
    private final RandomGenerator jitter = RandomGenerator.getDefault();

    PendingStaffAlerts(StaffDirectory directory, TicketFactsProjection tickets, StaffMails mails, Deliveries deliveries,
            Dispatch dispatch, Vertx vertx, NotificationConfig config) {
        this.directory = directory;
        this.tickets = tickets;
        this.mails = mails;
        this.deliveries = deliveries;
        this.dispatch = dispatch;
        this.vertx = vertx;
        this.config = config;
        var sender = config.sender();
        this.retry = new RetryPolicy(sender.initialBackOff(), sender.maxBackOff(), sender.maxAttempts());
    }

    /**
     * Claims the due alerts and prepares them detached from this pass; answers 0, since none becomes deliverable
     * within it. The preparation wakes the sender when it is done.
     */
    @Override
    public Uni<Integer> prepareDue(int limit) {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(CLAIM)
                                .setParameter("token", token)
                                .setParameter("lease", seconds(config.sender().lease()))
                                .setParameter("ticketWait", seconds(config.staff().ticketWait()))
                                .setParameter("limit", limit)
                                .executeUpdate())
                        .chain(claimed -> claimed == 0
                                ? Uni.createFrom().item(List.<StaffAlert>of())
                                : StaffAlert.<StaffAlert>list("claimToken", token)))
                .invoke(claimed -> {
                    if (!claimed.isEmpty()) {
                        Detached.run(vertx, () -> Multi.createFrom().iterable(claimed)
                                .onItem().transformToUniAndConcatenate(this::prepare)
                                .collect().last()
                                .subscribe().with(done -> dispatch.wake()));
                    }
                })
                .replaceWith(0);
    }

    @Override
    public Uni<Optional<Duration>> untilNextDue() {
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_DUE, Double.class)
                        .setParameter("ticketWait", seconds(config.staff().ticketWait()))
                        .getSingleResultOrNull())
                .map(DeliverySource::wait));
    }

    /**
     * Asks the directory, then records the deliveries or the next attempt. An SLA alert recorded before its ticket
     * was seen first learns the ticket's team and assignee. Any other failure leaves the alert to its lapsing claim.
     */
    private Uni<Void> prepare(StaffAlert alert) {
        Uni<Void> ticket = alert.ticketKnown ? Uni.createFrom().voidItem()
                : Panache.withSession(() -> tickets.of(alert.ticketId)).invoke(alert::learn).replaceWithVoid();
        return ticket.chain(() -> recipients(alert))
                .onItemOrFailure().transformToUni((recipients, failure) -> failure == null
                        ? Panache.withTransaction(() -> deliver(alert, recipients))
                        : Panache.withTransaction(() -> retryLater(alert, failure)))
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "Staff alert %s could not be prepared; retried after its claim lapses",
                            alert.causeEventId);
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<StaffRecipients> recipients(StaffAlert alert) {
        Uni<Optional<StaffMember>> assignee = alert.assignee == null
                ? Uni.createFrom().item(Optional.empty())
                : directory.member(alert.assignee);
        return assignee.chain(found -> (alert.supervisors
                        ? directory.supervisorsOf(alert.team)
                        : Uni.createFrom().item(List.<StaffMember>of()))
                .map(supervisors -> new StaffRecipients(found, supervisors)));
    }

    private Uni<Void> deliver(StaffAlert alert, StaffRecipients recipients) {
        return transition(PREPARED, alert, null, null).chain(moved -> {
            if (!moved) {
                return Uni.createFrom().voidItem();
            }
            List<StaffMember> to = recipients.distinct();
            if (to.isEmpty()) {
                LOG.warnf("Staff alert %s (%s, ticket %s) has nobody to tell: %s", alert.causeEventId, alert.kind,
                        alert.ticketId, alert.intendedRecipients());
                return Uni.createFrom().voidItem();
            }
            return mails.aboutTicket(alert).chain(ticket -> Multi.createFrom().iterable(to)
                    .onItem().transformToUniAndConcatenate(member -> deliveries.record(mails.mail(alert, ticket, member,
                            recipients)))
                    .collect().last().replaceWithVoid());
        });
    }

    private Uni<Void> retryLater(StaffAlert alert, Throwable failure) {
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Optional<Duration> wait = retry.nextAfter(alert.attempts, jitter);
        if (wait.isPresent()) {
            LOG.warnf("Staff alert %s (%s, ticket %s) waits for the staff directory after attempt %d: %s; next in %s",
                    alert.causeEventId, alert.kind, alert.ticketId, alert.attempts, error, wait.get());
            return transition(RETRY, alert, error, wait.get()).replaceWithVoid();
        }
        LOG.errorf("Staff alert %s (%s, ticket %s) given up after %d attempts: %s", alert.causeEventId, alert.kind,
                alert.ticketId, alert.attempts, error);
        return transition(FAILED, alert, error, null).chain(moved -> moved
                ? deliveries.receipt(alert.cause(), new NotificationFailed(UUID.randomUUID(), alert.causeEventId,
                        NotificationChannel.EMAIL, alert.intendedRecipients(), alert.kind.template(), error,
                        alert.attempts))
                : Uni.createFrom().voidItem());
    }

    /** Only the pass holding the alert's claim moves it on: one whose lease ran out changes nothing. */
    private static Uni<Boolean> transition(String sql, StaffAlert alert, String error, Duration wait) {
        return Panache.getSession().chain(session -> {
            var update = session.createNativeQuery(sql)
                    .setParameter("id", alert.causeEventId)
                    .setParameter("token", alert.claimToken);
            if (error != null) {
                update.setParameter("error", error);
            }
            if (wait != null) {
                update.setParameter("wait", seconds(wait));
            }
            return update.executeUpdate();
        }).map(updated -> updated == 1);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
