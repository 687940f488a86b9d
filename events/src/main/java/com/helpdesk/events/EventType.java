package com.helpdesk.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical type name an event record travels under, e.g. {@code helpdesk.ticket.created.v1}.
 *
 * <p>The name, not the Java class, is the contract: a record may be renamed or moved freely, but a
 * published name never changes meaning. A breaking change to the payload gets a new {@code .vN} name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
