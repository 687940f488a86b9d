package com.helpdesk.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.InternalAddress;

/**
 * Keeps webhook calls out of our own networks. Subscribers choose the URL and this service calls it from inside
 * the cluster, so without this an integration client could make it call internal services or the cloud's
 * metadata endpoint (server-side request forgery). A subscription may not name an internal address or host
 * name; and as a name may point elsewhere later, each call first resolves the host and is refused if any of
 * its addresses is internal. Hosts in {@code webhooks.internal-hosts-allowed} are exempt.
 */
@ApplicationScoped
public class ReceiverGuard {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String INTERNAL = "is an internal address; webhook receivers must be reachable from the internet";

    private final Set<String> allowed;

    ReceiverGuard(NotificationConfig config) {
        this.allowed = config.webhooks().internalHostsAllowed().orElse(Set.of()).stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Why a subscription may not name {@code url}; empty if it may. Reads the URL alone: no DNS. */
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (isAllowed(host)) {
            return Optional.empty();
        }
        if (!isLiteral(host)) {
            return InternalAddress.isInternalName(host) ? Optional.of(INTERNAL) : Optional.empty();
        }
        return literal(host).map(address -> InternalAddress.is(address) ? INTERNAL : null)
                .or(() -> Optional.of("is not a valid IP address"));
    }

    /**
     * Why a call to {@code url} must not be made now: the internal address its host resolves to. Blocks on DNS,
     * so call it off the event loop. A host that does not resolve is left to the call, which fails and is retried.
     */
    public Optional<String> refusalOfResolved(URI url) {
        String host = url.getHost();
        if (isAllowed(host)) {
            return Optional.empty();
        }
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).filter(InternalAddress::is).findFirst()
                    .map(address -> host + " resolves to the internal address " + address.getHostAddress());
        } catch (UnknownHostException unresolved) {
            return Optional.empty();
        }
    }

    private boolean isAllowed(String host) {
        return allowed.contains(host.toLowerCase(Locale.ROOT));
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || IPV4_LITERAL.matcher(host).matches();
    }

    /** The address an address literal writes; empty if it is none (InetAddress would then ask DNS for it). */
    private static Optional<InetAddress> literal(String host) {
        if (!host.startsWith("[") && Arrays.stream(host.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }
}
