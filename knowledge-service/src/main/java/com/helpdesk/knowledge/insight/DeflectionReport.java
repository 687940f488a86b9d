package com.helpdesk.knowledge.insight;

import java.time.Duration;

/**
 * @param shown    times suggestions were shown to a signed-in customer typing a request
 * @param filed    of those, times a ticket followed within the window
 * @param rate     share of showings with no ticket after them; 0 when nothing was shown
 */
public record DeflectionReport(long shown, long filed, double rate, Duration window) {

    static DeflectionReport of(long shown, long filed, Duration window) {
        return new DeflectionReport(shown, filed, shown == 0 ? 0 : (double) (shown - filed) / shown, window);
    }
}
