package com.helpdesk.notification.staff;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.SupervisedTeams;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;

/**
 * Who the staff are, asked of Keycloak — the identity source, so addresses are never copied into events or other
 * services. Reads users through the Admin REST API with this service's client credentials and remembers answers for
 * {@link NotificationConfig.Staff#cacheTtl()}. Any failure to get an answer (unreachable, timeout, refused
 * credentials) fails the returned {@code Uni} with {@link StaffDirectoryUnavailable}; a user Keycloak does not know
 * is not a failure.
 *
 * <p>The service-account token and the answers are kept here by hand because {@code quarkus-oidc-client} (which
 * would manage the token) has no 3.37.x on our Maven mirror, and {@code quarkus-cache} only a 3.37.3 not yet
 * proved with the rest (see DEPENDENCIES.md).
 */
@ApplicationScoped
public class StaffDirectory {

    private static final int PAGE = 100;
    /** Renew the token this long before Keycloak says it expires, so no call goes out with a stale one. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private record Token(String authorization, Instant renewAt) {
    }

    private final KeycloakApi keycloak;
    private final NotificationConfig.Staff config;
    private final String realm;
    private final InstantSource clock = InstantSource.system();
    private final AtomicReference<Token> token = new AtomicReference<>();
    private final ExpiringCache<String, Optional<StaffMember>> members;
    private final ExpiringCache<String, List<KeycloakUser>> roleHolders;

    StaffDirectory(NotificationConfig config) {
        this.config = config.staff();
        URI realmUrl = this.config.realmUrl();
        String path = realmUrl.getPath();
        int realms = path.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("helpdesk.notification.staff.realm-url must end in /realms/<realm>: " + realmUrl);
        }
        this.realm = path.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        long timeout = this.config.timeout().toMillis();
        this.keycloak = QuarkusRestClientBuilder.newBuilder()
                .baseUri(realmUrl.resolve(path.substring(0, realms) + "/"))
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(KeycloakApi.class);
        this.members = new ExpiringCache<>(this.config.cacheTtl(), clock);
        this.roleHolders = new ExpiringCache<>(this.config.cacheTtl(), clock);
    }

    /** The staff member with this user id; empty if Keycloak knows no such enabled user with a usable address. */
    public Uni<Optional<StaffMember>> member(String userId) {
        return members.get(userId, () -> authorized(authorization -> keycloak.user(authorization, realm, userId))
                .map(KeycloakUser::asStaffMember)
                .onFailure(StaffDirectory::notFound).recoverWithItem(Optional.empty()));
    }

    /** The supervisors who look after {@code team} (every supervisor when it is null), see {@link SupervisedTeams}. */
    public Uni<List<StaffMember>> supervisorsOf(String team) {
        return roleHolders.get(config.supervisorRole(), () -> usersInRole(0, new ArrayList<>()))
                .map(supervisors -> supervisors.stream()
                        .filter(user -> SupervisedTeams.covers(user.attribute(config.teamsAttribute()), team))
                        .flatMap(user -> user.asStaffMember().stream())
                        .toList());
    }

    private Uni<List<KeycloakUser>> usersInRole(int first, List<KeycloakUser> found) {
        return authorized(authorization -> keycloak.usersInRole(authorization, realm, config.supervisorRole(), false,
                first, PAGE))
                .chain(page -> {
                    found.addAll(page);
                    return page.size() < PAGE ? Uni.createFrom().item(found) : usersInRole(first + PAGE, found);
                });
    }

    /** Calls Keycloak with a bearer token of our service account; any failure becomes {@link StaffDirectoryUnavailable}. */
    private <T> Uni<T> authorized(Function<String, Uni<T>> call) {
        return authorization()
                .chain(authorization -> call.apply(authorization))
                .onFailure(failure -> status(failure) == 401).invoke(() -> token.set(null))
                .onFailure(failure -> !notFound(failure)).transform(StaffDirectoryUnavailable::new);
    }

    private Uni<String> authorization() {
        Token current = token.get();
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return Uni.createFrom().item(current.authorization());
        }
        return keycloak.token(realm, "client_credentials", config.clientId(), config.clientSecret())
                .map(granted -> {
                    Duration lifetime = Duration.ofSeconds(granted.expiresIn());
                    Duration margin = lifetime.compareTo(TOKEN_MARGIN.multipliedBy(2)) > 0 ? TOKEN_MARGIN : lifetime.dividedBy(2);
                    Token fresh = new Token("Bearer " + granted.value(), clock.instant().plus(lifetime).minus(margin));
                    token.set(fresh);
                    return fresh.authorization();
                });
    }

    private static boolean notFound(Throwable failure) {
        return status(failure) == 404;
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException answer && answer.getResponse() != null
                ? answer.getResponse().getStatus() : 0;
    }
}
