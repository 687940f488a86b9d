package com.helpdesk.sla.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.helpdesk.sla.domain.WorkingHours;

@Schema(name = "WorkingHours", description = "A working interval in local time, [from, to)")
public record HoursJson(
        @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") @Schema(example = "09:00") String from,
        @NotNull @Pattern(regexp = TIME, message = "must be HH:mm or 24:00") @Schema(example = "13:00") String to) {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    WorkingHours toDomain() {
        return WorkingHours.of(from, to);
    }

    static HoursJson of(WorkingHours hours) {
        return new HoursJson(hours.from(), hours.to());
    }
}
