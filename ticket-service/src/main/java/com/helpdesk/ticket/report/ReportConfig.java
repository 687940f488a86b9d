package com.helpdesk.ticket.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.helpdesk.ticket.report.model.BusinessHours;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.reports")
public interface ReportConfig {

    /** The working week business times in reports are counted in. */
    Hours businessHours();

    interface Hours {

        @WithDefault("UTC")
        ZoneId zone();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> days();

        /** Working intervals of each working day, e.g. {@code 09:00-13:00,14:00-18:00}. */
        @WithDefault("09:00-18:00")
        List<String> hours();

        /** Dates off, e.g. {@code 2026-01-01,2026-05-01}. */
        Optional<Set<LocalDate>> holidays();

        default BusinessHours toBusinessHours() {
            return new BusinessHours(zone(), days(), hours().stream().map(BusinessHours.Interval::parse).toList(),
                    holidays().orElse(Set.of()));
        }
    }
}
