package com.helpdesk.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field that receives the {@link TopicPublisher} of the broker the application under test talks to
 * ({@link KafkaBroker#publisher()}): shared by the module's tests and closed with the broker, never by a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectTopicPublisher {
}
