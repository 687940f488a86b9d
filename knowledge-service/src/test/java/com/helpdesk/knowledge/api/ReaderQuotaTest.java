package com.helpdesk.knowledge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReaderQuotaTest {

    private final AtomicLong now = new AtomicLong(10 * ReaderQuota.WINDOW_MILLIS + 15_000);
    private final ReaderQuota quota = new ReaderQuota(3, now::get);

    @Test
    void eachClientHasItsOwnQuotaPerMinute() {
        assertThat(quota.admit("10.0.0.1")).isTrue();
        assertThat(quota.admit("10.0.0.1")).isTrue();
        assertThat(quota.admit("10.0.0.1")).isTrue();
        assertThat(quota.admit("10.0.0.1")).isFalse();
        assertThat(quota.admit("10.0.0.2")).as("another client").isTrue();
        assertThat(quota.secondsToNextWindow()).isEqualTo(45);
    }

    @Test
    void theNextMinuteStartsAfresh() {
        for (int i = 0; i < 4; i++) {
            quota.admit("10.0.0.1");
        }
        now.addAndGet(45_000);

        assertThat(quota.admit("10.0.0.1")).isTrue();
    }
}
