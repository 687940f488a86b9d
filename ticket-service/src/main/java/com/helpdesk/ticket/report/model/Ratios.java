package com.helpdesk.ticket.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages as reported: exact decimals rounded half up, {@code null} when nothing to divide by. */
public final class Ratios {

    private Ratios() {
    }

    /** A percentage with one decimal, e.g. 2 of 3 → 66.7. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A per-item average with two decimals, e.g. 7 over 4 → 1.75. */
    public static BigDecimal per(long total, long items) {
        return items == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
    }

    /** Whole units, rounded half up, e.g. seconds per resolved ticket. */
    public static Long rounded(long total, long items) {
        return items == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(items), 0, RoundingMode.HALF_UP).longValue();
    }
}
