package com.helpdesk.ticket.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class HeatmapCellTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theCellIsTheWallClockOfTheZone() {
        // Fri 2026-03-13 23:30Z is Saturday 00:30 in Berlin (UTC+1) and Saturday 02:30 in Moscow (UTC+3)
        Instant lateFriday = Instant.parse("2026-03-13T23:30:00Z");
        assertThat(HeatmapReport.cell(lateFriday, ZoneId.of("UTC"))).containsExactly(4, 23);
        assertThat(HeatmapReport.cell(lateFriday, BERLIN)).containsExactly(5, 0);
        assertThat(HeatmapReport.cell(lateFriday, ZoneId.of("Europe/Moscow"))).containsExactly(5, 2);
        // Kathmandu is UTC+05:45: 23:30Z is 05:15 next day
        assertThat(HeatmapReport.cell(lateFriday, ZoneId.of("Asia/Kathmandu"))).containsExactly(5, 5);
    }

    @Test
    void theSkippedHourIsEmptyAndTheRepeatedHourHoldsBoth() {
        // Sunday 2026-03-29: 00:59Z is 01:59 CET, 01:00Z is already 03:00 CEST — hour 2 never happens
        assertThat(HeatmapReport.cell(Instant.parse("2026-03-29T00:59:00Z"), BERLIN)).containsExactly(6, 1);
        assertThat(HeatmapReport.cell(Instant.parse("2026-03-29T01:00:00Z"), BERLIN)).containsExactly(6, 3);
        // Sunday 2026-10-25: 00:30Z (02:30 CEST) and 01:30Z (02:30 CET) both fall in hour 2
        assertThat(HeatmapReport.cell(Instant.parse("2026-10-25T00:30:00Z"), BERLIN)).containsExactly(6, 2);
        assertThat(HeatmapReport.cell(Instant.parse("2026-10-25T01:30:00Z"), BERLIN)).containsExactly(6, 2);
    }
}
