package com.helpdesk.notification.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.notification")
public interface NotificationConfig {

    /**
     * How long the acknowledgement of a new ticket waits for its SLA first-response deadline. It goes out
     * as soon as the deadline is known, and at the latest this long after the ticket was consumed, without it.
     */
    @WithDefault("5s")
    Duration acknowledgementWait();

    /**
     * The zone in which mails state times. Tickets carry no zone of their own; the desk's home zone is the
     * one its customers are promised answers in. Mails name the zone next to the time.
     */
    @WithDefault("Europe/Moscow")
    ZoneId timeZone();

    /** The right-hand side of every Message-ID we generate, so replies can be matched to their ticket. */
    @WithDefault("helpdesk.localhost")
    String messageIdDomain();

    /** Where relative knowledge-base links (e.g. {@code /kb/reset-password}) point to in mails. */
    @WithDefault("http://localhost:8085")
    URI knowledgeBaseUrl();

    Sender sender();

    Inbound inbound();

    Survey survey();

    Webhooks webhooks();

    Staff staff();

    /** The inbound e-mail webhook, which the mail provider calls for every mail to the support address. */
    interface Inbound {

        /**
         * The secret shared with the mail provider, which signs each post with it. The default is for
         * development only; every deployment sets {@code HELPDESK_NOTIFICATION_INBOUND_SECRET}.
         */
        @WithDefault("dev-inbound-secret")
        String secret();

        /** Larger posts are refused with 413 before they are parsed. */
        @WithDefault("1048576")
        int maxBytes();

        /** How far a post's signed timestamp may be from our clock; older ones are replays. */
        @WithDefault("5m")
        Duration tolerance();
    }

    /** The satisfaction survey linked from the resolution mail. */
    interface Survey {

        /** Signs survey links. Development default; deployments set {@code HELPDESK_NOTIFICATION_SURVEY_SECRET}. */
        @WithDefault("dev-survey-secret")
        String secret();

        /** Where customers reach this service from outside; survey links start with it. */
        @WithDefault("http://localhost:8084")
        URI publicBaseUrl();
    }

    /** Outgoing webhooks to other systems. */
    interface Webhooks {

        /** Failed deliveries in a row after which a subscription is disabled, until an admin enables it again. */
        @WithDefault("10")
        int disableAfterFailures();

        /** How long a receiver may take to answer. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Hosts (names or addresses, as the URL writes them) that receive webhooks although they are internal, e.g.
         * a receiver inside the company network, or loopback on a developer's machine. None by default: every
         * other internal address or name is refused.
         */
        Optional<Set<String>> internalHostsAllowed();
    }

    /**
     * The staff directory: Keycloak, the identity source, read through its Admin REST API with this service's own
     * client credentials (realm client {@code notification-service}, service account with {@code view-users} and
     * {@code view-realm}).
     */
    interface Staff {

        /** The realm, {@code <keycloak>/realms/<realm>}; by default the one whose tokens the API accepts. */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        URI realmUrl();

        @WithDefault("notification-service")
        String clientId();

        /** Development default; deployments set {@code HELPDESK_NOTIFICATION_STAFF_CLIENT_SECRET}. */
        @WithDefault("dev-notification-service-secret")
        String clientSecret();

        /** The realm role whose holders are told of their teams' SLA warnings and breaches. */
        @WithDefault("supervisor")
        String supervisorRole();

        /**
         * The user attribute naming the teams a supervisor looks after; a supervisor without it is told about
         * every team.
         */
        @WithDefault("teams")
        String teamsAttribute();

        /** How long the directory's answers are reused: a changed e-mail or locale shows after at most this. */
        @WithDefault("5m")
        Duration cacheTtl();

        /**
         * How long an SLA alert waits for its ticket when the SLA event came first (the topics are consumed
         * independently); after that it goes out with what is known, to every supervisor.
         */
        @WithDefault("1m")
        Duration ticketWait();

        /** Connect and answer timeout of one directory call. */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Sender {

        /**
         * The longest the sender sleeps. Consumed events wake it at once and it wakes at the next known send
         * time, so this bounds only how late it sees rows written by another replica or a lapsed claim.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Deliveries one claim takes; a pass keeps claiming until it finds fewer. */
        @WithDefault("50")
        int batchSize();

        /**
         * How long a claimed delivery belongs to the sender that claimed it. A sender that dies holding claims
         * delays those deliveries by at most this much. A send is abandoned after half of it, so a claim
         * never lapses while its mail is still being talked over with the server.
         */
        @WithDefault("60s")
        Duration lease();

        /** The wait after the first failed attempt; it doubles with every further failure (with jitter). */
        @WithDefault("2s")
        Duration initialBackOff();

        /** The longest wait between two attempts. */
        @WithDefault("10m")
        Duration maxBackOff();

        /** Attempts before a delivery is given up as FAILED and {@code NotificationFailed} is published. */
        @WithDefault("8")
        int maxAttempts();

        /**
         * <b>Test hook, never set in production.</b> The process halts (as by {@code kill -9}) right after it
         * committed its first claim, before sending anything — so the crash test can show the delivery is still
         * sent exactly once by the next process.
         */
        @WithDefault("false")
        boolean crashAfterClaim();
    }
}
