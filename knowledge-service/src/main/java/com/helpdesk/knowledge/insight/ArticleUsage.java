package com.helpdesk.knowledge.insight;

import java.util.UUID;

/** One line of an article usage report. */
public record ArticleUsage(UUID id, String locale, String title, String status, long views, int helpful,
        int notHelpful, int solvedTickets) {
}
