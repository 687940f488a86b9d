package com.helpdesk.ticket.report.model;

import java.util.List;

/** A report row flattened for CSV: one or more lines of cells, in the order of the report's columns. */
public interface CsvRow {

    List<List<Object>> lines();
}
