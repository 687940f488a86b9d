package com.helpdesk.platform.request;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

/** Outermost, so that no session or transaction interceptor inside it ever sees the cancellation. */
@Uncancellable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class UncancellableInterceptor {

    @AroundInvoke
    Object runToTheEnd(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        return result instanceof Uni<?> work ? shield(work) : result;
    }

    /** {@code work}, as a Uni whose cancellation leaves {@code work} running. */
    static <T> Uni<T> shield(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
