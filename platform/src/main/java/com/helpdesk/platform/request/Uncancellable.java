package com.helpdesk.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A REST resource whose work runs to its end even when the client hangs up. Quarkus REST cancels the
 * returned {@code Uni} on a closed connection, and Hibernate Reactive 3.4.1 may then lose the pool
 * connection the work was waiting for or holding (quarkusio/quarkus#51576, hibernate-reactive#4133). The
 * fault suite saw it: ticket-service restarted under a retry storm, clients timed out while requests
 * queued for connections, and every connection of the pool leaked within a minute. Finishing the work
 * costs little — the client retries with its Idempotency-Key and gets the stored answer.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Uncancellable {
}
