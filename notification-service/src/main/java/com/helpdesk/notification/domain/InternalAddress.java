package com.helpdesk.notification.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * Addresses and host names that lead into our own networks rather than to another company's system: loopback,
 * private (RFC 1918, IPv6 unique-local), link-local (which holds the clouds' metadata endpoint
 * 169.254.169.254), carrier-grade NAT, unspecified and multicast addresses, and the names clusters and LANs
 * use for their own hosts. A webhook must not be a way to make this service call them.
 */
public final class InternalAddress {

    private static final String[] INTERNAL_NAME_SUFFIXES = { ".localhost", ".local", ".internal", ".svc", ".cluster.local", ".home.arpa" };

    private InternalAddress() {
    }

    public static boolean is(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local (isSiteLocalAddress knows only the old fec0::/10)
        }
        return false;
    }

    /** A host name (not an address) that by convention names a host of the local network or cluster. */
    public static boolean isInternalName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || !name.contains(".")) {
            return true; // single-label names resolve through the local search domains
        }
        for (String suffix : INTERNAL_NAME_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
