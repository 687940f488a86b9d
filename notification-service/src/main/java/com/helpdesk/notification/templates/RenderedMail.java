package com.helpdesk.notification.templates;

/** A mail ready to send: a one-line subject, a plain-text body and its HTML alternative. */
public record RenderedMail(String subject, String text, String html) {
}
