package com.helpdesk.events;

/**
 * The record's type name is not in this codec's registry — typically a newer producer published a type
 * (or version) this consumer was built before. Retrying will not help; upgrading the consumer will.
 */
public class UnknownEventTypeException extends UnreadableEventException {

    private final String type;

    public UnknownEventTypeException(String type) {
        super("unknown event type '" + type + "'");
        this.type = type;
    }

    public String type() {
        return type;
    }
}
