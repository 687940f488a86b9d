package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalAddressTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1",
            "fd12:3456::1", "::ffff:10.0.0.1", "ff02::1" })
    void ourOwnNetworksAreInternal(String address) throws UnknownHostException {
        assertThat(InternalAddress.is(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:db8::1",
            "2606:4700::1111", "::ffff:8.8.8.8" })
    void theInternetIsNot(String address) throws UnknownHostException {
        assertThat(InternalAddress.is(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "LOCALHOST.", "kafka", "printer.local", "db.internal", "metadata.google.internal",
            "ticket-service.helpdesk.svc", "ticket-service.helpdesk.svc.cluster.local", "router.home.arpa", "app.localhost" })
    void namesOfTheLocalNetworkOrClusterAreInternal(String host) {
        assertThat(InternalAddress.isInternalName(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "crm.example.com", "hooks.slack.com", "localhost.example.com", "internal.example.com" })
    void publicNamesAreNot(String host) {
        assertThat(InternalAddress.isInternalName(host)).isFalse();
    }
}
