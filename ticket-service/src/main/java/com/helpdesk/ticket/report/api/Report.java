package com.helpdesk.ticket.report.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.helpdesk.ticket.report.model.CsvRow;

/**
 * A report as served: what was asked and one row per group.
 *
 * @param columns the CSV header, in the order of each row's cells
 */
public record Report<R extends CsvRow>(String report, Instant from, Instant to, String zone, String groupBy,
        Instant asOf, List<R> rows, @JsonIgnore List<String> columns) {
}
