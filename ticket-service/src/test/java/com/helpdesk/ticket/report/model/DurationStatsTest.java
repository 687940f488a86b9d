package com.helpdesk.ticket.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DurationStatsTest {

    @Test
    void nearestRankPercentilesAreObservedValues() {
        List<Long> sorted = List.of(10L, 20L, 30L, 40L);
        // rank ceil(p/100 · 4): p50 → 2, p90 → 4, p25 → 1, p75 → 3, p100 → 4
        assertThat(DurationStats.percentile(sorted, 50)).isEqualTo(20);
        assertThat(DurationStats.percentile(sorted, 90)).isEqualTo(40);
        assertThat(DurationStats.percentile(sorted, 25)).isEqualTo(10);
        assertThat(DurationStats.percentile(sorted, 75)).isEqualTo(30);
        assertThat(DurationStats.percentile(sorted, 100)).isEqualTo(40);
    }

    @Test
    void ofTenValuesTheNinetiethPercentileIsTheNinth() {
        List<Long> oneToTen = LongStream.rangeClosed(1, 10).boxed().toList();
        assertThat(DurationStats.percentile(oneToTen, 90)).isEqualTo(9); // rank ceil(9.0) = 9
        assertThat(DurationStats.percentile(oneToTen, 91)).isEqualTo(10); // rank ceil(9.1) = 10
        assertThat(DurationStats.percentile(oneToTen, 50)).isEqualTo(5);
    }

    @Test
    void sortsAndRoundsTheMeanHalfUp() {
        // unsorted in, 1 + 2 = 3 / 2 = 1.5 → 2
        assertThat(DurationStats.of(List.of(2L, 1L))).isEqualTo(new DurationStats(2L, 1L, 2L));
        // 1 + 1 + 2 = 4 / 3 = 1.33 → 1
        assertThat(DurationStats.of(List.of(2L, 1L, 1L))).isEqualTo(new DurationStats(1L, 1L, 2L));
        assertThat(DurationStats.of(List.of(7L))).isEqualTo(new DurationStats(7L, 7L, 7L));
    }

    @Test
    void noValuesNoFigures() {
        assertThat(DurationStats.of(List.of())).isEqualTo(new DurationStats(null, null, null));
        assertThatThrownBy(() -> DurationStats.percentile(List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosRoundHalfUpAndNeverDivideByZero() {
        assertThat(Ratios.percent(2, 3)).hasToString("66.7");
        assertThat(Ratios.percent(1, 8)).hasToString("12.5");
        assertThat(Ratios.percent(1, 16)).hasToString("6.3"); // 6.25 → 6.3
        assertThat(Ratios.per(1, 6)).hasToString("0.17");
        assertThat(Ratios.rounded(5, 2)).isEqualTo(3L);
        assertThat(Ratios.percent(1, 0)).isNull();
        assertThat(Ratios.per(1, 0)).isNull();
        assertThat(Ratios.rounded(1, 0)).isNull();
    }
}
