package com.helpdesk.events;

/**
 * An incoming record cannot be turned into an event: a missing or invalid header, malformed JSON, or a
 * payload that breaks the record's invariants. Consumers send such records to their dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
